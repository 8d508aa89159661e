import Foundation

/// View models: plain values, everything already formatted, so templates only place them.

struct NavItem: Encodable, Sendable {
    let label: String
    let url: String
    let current: Bool
}

struct EditionLink: Encodable, Sendable {
    let code: String
    let name: String
    let url: String
    let language: String
    let current: Bool
}

struct LayoutModel: Encodable, Sendable {
    let lang: String
    /// "rtl" for right-to-left languages (Arabic), else "ltr": from the catalogue.
    var dir = "ltr"
    /// The edition's offset from UTC now, for the header clock's script.
    var utcOffsetMinutes = 0
    let siteName: String
    let editionName: String
    let title: String
    let description: String
    let canonicalURL: String?
    let homeURL: String
    let nav: [NavItem]
    let editions: [EditionLink]
    let strings: UIStrings
    let clock: String
    let og: OpenGraph?
    let jsonLD: String?
    let year: Int
    /// The signed-in member's header part; nil on pages shared by anonymous readers.
    let member: MemberBadge?
    let csrf: String?
    var links: SiteLinks = .standard
    /// Feeds announced for feed readers: the edition's, and the section's or tag's on their pages.
    var feeds: [FeedLinkModel] = []
    /// The header's search box; nil only on pages built without an edition (none today).
    var search: SearchBoxModel? = nil

    private enum CodingKeys: String, CodingKey { case top, bottom, strings, links, search, siteName, editionName }

    /// Templates see the frame as two finished parts (`LayoutHTML`, placed by `layout.leaf`) and only the values
    /// a page's own content uses: nothing else of the frame is encoded for Leaf.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        let html = LayoutHTML(model: self)
        try c.encode(html.top, forKey: .top)
        try c.encode(html.bottom, forKey: .bottom)
        try c.encode(strings, forKey: .strings)
        try c.encode(links, forKey: .links)
        try c.encodeIfPresent(search, forKey: .search)
        try c.encode(siteName, forKey: .siteName)
        try c.encode(editionName, forKey: .editionName)
    }
}

/// The site's own addresses that templates need on every page, so no template writes an address itself.
struct SiteLinks: Encodable, Sendable {
    let login: String
    let register: String
    let logout: String
    let settings: String
    let moderation: String
    var newsroom: String = NewsroomPaths.home
    let privacy: String
    let communityStandards: String
    /// The moderators' address readers can write to (the footer's contact).
    var moderatorsAddress = SiteLinks.moderatorsAddress
    /// A published comment as HTML, with `:id` for the page's script to fill in.
    let commentFragment: String
    let sitemap: String
    let stylesheet: String
    let icon: String
    let scripts: [String]

    static let standard = SiteLinks.in("")

    static let moderatorsAddress = "moderators@newsdesk.test"

    /// The links of an edition: account and policy pages keep the reader in it.
    static func `in`(_ prefix: String) -> SiteLinks {
        SiteLinks(
            login: Paths.login(prefix), register: Paths.register(prefix), logout: Paths.logout, settings: Paths.settings(prefix),
            moderation: Paths.moderationQueue(), privacy: Paths.privacy(prefix), communityStandards: Paths.communityStandards(prefix),
            commentFragment: SiteRoute.commentFragment.patternPath,
            sitemap: Paths.sitemap, stylesheet: Paths.asset("site.css"), icon: Paths.asset("favicon.svg"),
            scripts: ["site.js", "search.js", "captcha.js", "discussion.js", "moderation.js"].map(Paths.asset))
    }
}

struct MemberBadge: Encodable, Sendable {
    let greeting: String
    let displayName: String
    let avatar: String?
    let initial: String
    let isAdmin: Bool
    let isDesk: Bool
    /// Journalists, editors and admins see the newsroom link.
    var isNewsroom: Bool = false
}

struct OpenGraph: Encodable, Sendable {
    let type: String
    let title: String
    let description: String
    let url: String
    let image: String?
    let imageAlt: String?
    let publishedTime: String?
    let modifiedTime: String?
    let section: String?
}

struct ImageModel: Encodable, Sendable {
    let src: String
    let alt: String
    let width: Int
    let height: Int
    let caption: String
    let credit: String
    /// WebP sizes of a library photo (`src` is then its JPEG), with the widths the layout shows it at.
    var srcset: String? = nil
    var sizes: String? = nil
}

struct CardModel: Encodable, Sendable {
    let title: String
    let url: String
    let summary: String
    let sectionName: String
    let sectionURL: String
    let time: String
    let dateLabel: String
    let iso: String
    let image: ImageModel?
    let views: Int
    let comments: Int
    /// A live blog whose coverage is running: a "LIVE" badge.
    var live = false
    var liveBadge: String? = nil
}

struct SectionBlockModel: Encodable, Sendable {
    let name: String
    let url: String
    let lead: CardModel
    let items: [CardModel]
}

struct GalleryTeaserModel: Encodable, Sendable {
    let title: String
    let url: String
    let summary: String
    let photoCount: Int
    let cover: ImageModel?
    let dateLabel: String
    /// "8 photos" in the edition's language.
    var photosLabel = ""
}

struct FrontPageModel: Encodable, Sendable {
    let layout: LayoutModel
    let top: CardModel?
    let latest: [CardModel]
    let recommended: [CardModel]
    let sections: [SectionBlockModel]
    let multimedia: [GalleryTeaserModel]
    let allNewsURL: String
    let multimediaURL: String
}

struct FeedPageModel: Encodable, Sendable {
    let layout: LayoutModel
    let heading: String
    let kicker: String?
    let items: [CardModel]
    let nextURL: String?
    let firstURL: String?
}

struct TagLinkModel: Encodable, Sendable {
    let name: String
    let url: String
}

struct ShareLinkModel: Encodable, Sendable {
    let label: String
    let url: String
}

struct ArticlePageModel: Encodable, Sendable {
    let layout: LayoutModel
    let id: Int
    let title: String
    let summary: String
    let sectionName: String
    let sectionURL: String
    let byline: String
    let published: String
    let publishedISO: String
    let updated: String?
    let updatedISO: String?
    let image: ImageModel?
    let bodyHTML: String
    let readingMinutes: Int
    let tags: [TagLinkModel]
    let related: [CardModel]
    let views: Int
    let comments: Int
    let shortURL: String
    let canonicalURL: String
    let share: [ShareLinkModel]
    let discussion: DiscussionModel
    var correction: String? = nil
    /// A live blog's entries, key events and stream.
    var live: LiveBlogModel? = nil
    /// The counters in the edition's language and plural forms: "1 view", "3 комментария", "5 min read".
    var viewsLabel = ""
    var commentsLabel = ""
    var readingLabel = ""
    var side = ArticleSideModel()
}

/// The article page's side column (below the article on phones).
struct ArticleSideModel: Encodable, Sendable {
    var latest: [CardModel] = []
    var recommended: [CardModel] = []
    var multimedia: [GalleryTeaserModel] = []
    var allNewsURL = ""
    var multimediaURL = ""
}

struct PhotoModel: Encodable, Sendable {
    let anchor: String
    let position: Int
    let total: Int
    let image: ImageModel
    let prevAnchor: String?
    let nextAnchor: String?
}

struct GalleryPageModel: Encodable, Sendable {
    let layout: LayoutModel
    let title: String
    let summary: String
    let published: String
    let publishedISO: String
    let photos: [PhotoModel]
    let multimediaURL: String
}

struct MultimediaPageModel: Encodable, Sendable {
    let layout: LayoutModel
    let heading: String
    let galleries: [GalleryTeaserModel]
}

struct ErrorPageModel: Encodable, Sendable {
    let layout: LayoutModel
    let status: Int
    let heading: String
    let text: String
    let homeURL: String
    let homeLabel: String
}
