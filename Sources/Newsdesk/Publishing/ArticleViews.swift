import Foundation

/// What readers' pages and the API need of an image.
struct ImageRef: Sendable, Equatable {
    let path: String
    let alt: String
    let caption: String
    let credit: String
    let width: Int
    let height: Int
    /// The sizes made by the media library (none for pictures stored before it).
    var variants: [ImageVariant] = []

    func with(caption: String, credit: String) -> ImageRef {
        ImageRef(path: path, alt: alt, caption: caption, credit: credit, width: width, height: height, variants: variants)
    }

    /// `srcset` of the WebP sizes, nil when there are none.
    var webpSrcset: String? {
        let webp = variants.filter { $0.format == "webp" }.sorted { $0.width < $1.width }
        return webp.isEmpty ? nil : webp.map { Paths.media($0.fileName) + " \($0.width)w" }.joined(separator: ", ")
    }
}

struct SectionRef: Sendable, Equatable {
    let id: Int
    let name: String
    let slug: String
}

struct TagRef: Sendable, Equatable {
    let id: Int
    let name: String
    let slug: String
}

/// An article as listings show it. Always a visible article.
struct ArticleSummary: Sendable, Equatable {
    let id: Int
    let editionID: Int
    let title: String
    let slug: String
    let summary: String
    let section: SectionRef
    let byline: String
    let publishedAt: Date
    let revisedAt: Date?
    let image: ImageRef?
    let shortCode: String
    let views: Int
    let comments: Int
    /// A live blog whose coverage is running: "LIVE" on its card.
    var isLive: Bool = false
    /// A live blog, running or ended: its page shows entries.
    var isLiveBlog: Bool = false
    var liveEnded: Bool = false
}

/// An article with everything its page shows.
struct ArticleDetail: Sendable {
    let summary: ArticleSummary
    let bodyHTML: String
    let readingMinutes: Int
    let tags: [TagRef]
    let related: [ArticleSummary]
    let commentsClosed: Bool
    /// The editors' correction note, shown under the body.
    var correction: String? = nil
}

enum ArticleLookup: Sendable {
    case found(ArticleDetail)
    /// The slug is an old one: the article now lives at this slug.
    case moved(slug: String)
    case notFound
}

enum FeedFilter: Sendable, Equatable {
    case edition(Int)
    case section(Int)
    case tag(Int)
    /// Every edition: the sitemap and the API without `edition=`.
    case everywhere
}

/// The stories of an edition's front page (and of the article page's side column), read together.
struct FrontPageStories: Sendable {
    let latest: [ArticleSummary]
    let recommended: [ArticleSummary]
    /// Every section asked for, in order, with its newest stories (possibly none).
    let sections: [(section: SectionRef, stories: [ArticleSummary])]
}
