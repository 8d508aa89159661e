import Foundation
import Vapor

/// Every address the app serves, in one place. Each case names the pattern a controller registers and the methods
/// it answers; `Paths` builds every link (in Swift and in the values handed to templates) by filling the same
/// pattern, so a route and the links to it cannot drift. Named `SiteRoute` so it is never taken for Vapor's `Route`.
enum SiteRoute: String, CaseIterable, Sendable {
    // Reader pages, in every edition: `/news` for the default edition, `/ru/news` for the others.
    case front, allNews, section, tag, article, multimedia, gallery
    case shortLink, media, sitemap, sitemapPart, newsSitemap, robots, health, readiness, metrics
    case editionRSS, editionAtom, editionJSON, sectionRSS, sectionAtom, sectionJSON, tagRSS, tagAtom, tagJSON
    case search

    // Accounts
    case accountRegister, accountConfirm, accountLogin, accountLogout, accountRecover, accountReset
    case accountSettings, accountSettingsName, accountSettingsPassword, accountSettingsEmail, accountSettingsAvatar, accountSettingsLanguage
    case accountConfirmEmailChange, accountDelete, accountRestore, accountTwoFactor, accountUnblock
    case privacy, communityStandards
    case accountOpenIDStart, accountOpenIDCallback, accountOpenIDContinue, accountOpenIDLink, accountOpenIDCreate
    case accountOpenIDSecondFactor, accountOpenIDUnlink

    // Administration
    case adminUsers, adminUserRole, adminMail

    // Discussion
    case thread, threadLive, commentFragment, commentEdit, commentDelete, commentLike, commentReport

    // The moderation desk
    case moderationQueue, moderationDecision, moderationEdit, moderationMember, moderationBlock, moderationDeleteMember
    case moderationBulk, moderationUnblockRequests, moderationUnblockDecision, moderationAudit, moderationPolicy
    case moderationReport, moderationLive

    // JSON API v1
    case apiArticles, apiArticle, apiEditions, apiSessions, apiCurrentSession, apiMe, apiOpenAPI
    case apiArticleComments, apiComment, apiCommentLike, apiCommentReports
    case apiModerationQueue, apiModerationDecision, apiModerationComment, apiModerationBlocks, apiModerationUnblockDecision
    case apiUnblockRequests
    case apiArticleRevisions, apiNewsroomArticles, apiMedia, apiGalleries, apiGallery
    case apiSearch, apiSearchSuggest

    // The newsroom
    case newsroomHome, newsroomNewArticle, newsroomArticle, newsroomPreview, newsroomRevisions, newsroomRestore
    case newsroomMedia, newsroomGalleries, newsroomGallery, newsroomSections, newsroomPicks

    // Live: the live feed page, live-blog entries (API and newsroom) and their streams
    case live, apiLiveEntries, apiLiveEntry, apiLiveEntriesStream, apiLiveStream, newsroomLive, newsroomLiveEntry
    // Old addresses of imported WordPress posts (`/?p=ID` and `/slug/` are answered by the front page's routes)
    case wordpressDatePermalink

    /// The path pattern; `:name` is a parameter, filled in order by `path`.
    var segments: [String] {
        switch self {
        case .front: []
        case .allNews: ["news"]
        case .section: ["section", ":slug"]
        case .tag: ["tag", ":slug"]
        case .article: ["articles", ":slug"]
        case .multimedia: ["multimedia"]
        case .gallery: ["multimedia", ":slug"]
        case .shortLink: ["s", ":code"]
        case .media: ["media", ":file"]
        case .sitemap: ["sitemap.xml"]
        case .sitemapPart: ["sitemaps", ":file"]
        case .newsSitemap: ["news-sitemap.xml"]
        case .health: ["healthz"]
        case .readiness: ["readyz"]
        case .metrics: ["metrics"]
        case .editionRSS: ["rss.xml"]
        case .editionAtom: ["atom.xml"]
        case .editionJSON: ["feed.json"]
        case .sectionRSS: ["section", ":slug", "rss.xml"]
        case .sectionAtom: ["section", ":slug", "atom.xml"]
        case .sectionJSON: ["section", ":slug", "feed.json"]
        case .tagRSS: ["tag", ":slug", "rss.xml"]
        case .tagAtom: ["tag", ":slug", "atom.xml"]
        case .tagJSON: ["tag", ":slug", "feed.json"]
        case .robots: ["robots.txt"]
        case .search: ["search"]

        case .accountRegister: ["account", "register"]
        case .accountConfirm: ["account", "confirm"]
        case .accountLogin: ["account", "login"]
        case .accountLogout: ["account", "logout"]
        case .accountRecover: ["account", "recover"]
        case .accountReset: ["account", "reset"]
        case .accountSettings: ["account", "settings"]
        case .accountSettingsName: ["account", "settings", "name"]
        case .accountSettingsPassword: ["account", "settings", "password"]
        case .accountSettingsEmail: ["account", "settings", "email"]
        case .accountSettingsAvatar: ["account", "settings", "avatar"]
        case .accountSettingsLanguage: ["account", "settings", "language"]
        case .accountConfirmEmailChange: ["account", "confirm-email-change"]
        case .accountDelete: ["account", "delete"]
        case .accountRestore: ["account", "restore"]
        case .accountTwoFactor: ["account", "two-factor"]
        case .accountUnblock: ["account", "unblock"]
        case .privacy: ["privacy"]
        case .communityStandards: ["community-standards"]
        case .accountOpenIDStart: ["account", "oidc", ":provider", "start"]
        case .accountOpenIDCallback: ["account", "oidc", ":provider", "callback"]
        case .accountOpenIDContinue: ["account", "oidc", "continue"]
        case .accountOpenIDLink: ["account", "oidc", "link"]
        case .accountOpenIDCreate: ["account", "oidc", "create"]
        case .accountOpenIDSecondFactor: ["account", "oidc", "second-factor"]
        case .accountOpenIDUnlink: ["account", "oidc", "unlink"]

        case .adminUsers: ["admin", "users"]
        case .adminUserRole: ["admin", "users", ":id", "role"]
        case .adminMail: ["admin", "mail"]

        case .thread: ["threads", ":id"]
        case .threadLive: ["threads", ":id", "live"]
        case .commentFragment: ["comments", ":id", "fragment"]
        case .commentEdit: ["comments", ":id", "edit"]
        case .commentDelete: ["comments", ":id", "delete"]
        case .commentLike: ["comments", ":id", "like"]
        case .commentReport: ["comments", ":id", "report"]

        case .moderationQueue: ["moderation"]
        case .moderationDecision: ["moderation", "comments", ":id", "decision"]
        case .moderationEdit: ["moderation", "comments", ":id", "edit"]
        case .moderationMember: ["moderation", "members", ":id"]
        case .moderationBlock: ["moderation", "members", ":id", "block"]
        case .moderationDeleteMember: ["moderation", "members", ":id", "delete"]
        case .moderationBulk: ["moderation", "bulk"]
        case .moderationUnblockRequests: ["moderation", "unblock-requests"]
        case .moderationUnblockDecision: ["moderation", "unblock-requests", ":id", "decision"]
        case .moderationAudit: ["moderation", "audit"]
        case .moderationPolicy: ["moderation", "policy"]
        case .moderationReport: ["moderation", "report"]
        case .moderationLive: ["moderation", "live"]

        case .apiArticles: ["api", "v1", "articles"]
        case .apiArticle: ["api", "v1", "articles", ":id"]
        case .apiEditions: ["api", "v1", "editions"]
        case .apiSessions: ["api", "v1", "sessions"]
        case .apiCurrentSession: ["api", "v1", "sessions", "current"]
        case .apiMe: ["api", "v1", "me"]
        case .apiOpenAPI: ["api", "v1", "openapi.json"]
        case .apiArticleComments: ["api", "v1", "articles", ":id", "comments"]
        case .apiComment: ["api", "v1", "comments", ":id"]
        case .apiCommentLike: ["api", "v1", "comments", ":id", "like"]
        case .apiCommentReports: ["api", "v1", "comments", ":id", "reports"]
        case .apiModerationQueue: ["api", "v1", "moderation", "queue"]
        case .apiModerationDecision: ["api", "v1", "moderation", "comments", ":id", "decision"]
        case .apiModerationComment: ["api", "v1", "moderation", "comments", ":id"]
        case .apiModerationBlocks: ["api", "v1", "moderation", "members", ":id", "blocks"]
        case .apiModerationUnblockDecision: ["api", "v1", "moderation", "unblock-requests", ":id", "decision"]
        case .apiUnblockRequests: ["api", "v1", "unblock-requests"]
        case .apiArticleRevisions: ["api", "v1", "articles", ":id", "revisions"]
        case .apiNewsroomArticles: ["api", "v1", "newsroom", "articles"]
        case .apiMedia: ["api", "v1", "media"]
        case .apiGalleries: ["api", "v1", "galleries"]
        case .apiGallery: ["api", "v1", "galleries", ":id"]
        case .apiSearch: ["api", "v1", "search"]
        case .apiSearchSuggest: ["api", "v1", "search", "suggest"]

        case .newsroomHome: ["newsroom"]
        case .newsroomNewArticle: ["newsroom", "articles", "new"]
        case .newsroomArticle: ["newsroom", "articles", ":id"]
        case .newsroomPreview: ["newsroom", "preview"]
        case .newsroomRevisions: ["newsroom", "articles", ":id", "revisions"]
        case .newsroomRestore: ["newsroom", "articles", ":id", "restore"]
        case .newsroomMedia: ["newsroom", "media"]
        case .newsroomGalleries: ["newsroom", "galleries"]
        case .newsroomGallery: ["newsroom", "galleries", ":id"]
        case .newsroomSections: ["newsroom", "sections"]
        case .newsroomPicks: ["newsroom", "picks"]

        case .live: ["live"]
        case .apiLiveEntries: ["api", "v1", "articles", ":id", "live-entries"]
        case .apiLiveEntry: ["api", "v1", "live-entries", ":id"]
        case .apiLiveEntriesStream: ["api", "v1", "articles", ":id", "live-entries", "stream"]
        case .apiLiveStream: ["api", "v1", "live", "stream"]
        case .newsroomLive: ["newsroom", "articles", ":id", "live"]
        case .newsroomLiveEntry: ["newsroom", "live-entries", ":id"]
        // `/2024/05/01/slug/`. The first segment shares its place in the router with the `/:edition` prefix of
        // reader pages, and the router allows one parameter name per place, so the year is read as "edition".
        case .wordpressDatePermalink: [":edition", ":month", ":day", ":slug"]
        }
    }

    /// The methods the address answers; registering any other is a programming error.
    var methods: [HTTPMethod] {
        switch self {
        case .accountRegister, .accountLogin, .accountRecover, .accountReset, .accountDelete, .accountRestore,
             .accountTwoFactor, .accountUnblock, .moderationPolicy, .apiArticleComments, .accountOpenIDStart:
            [.GET, .POST]
        case .accountOpenIDLink, .accountOpenIDCreate, .accountOpenIDSecondFactor, .accountOpenIDUnlink: [.POST]
        case .accountLogout, .accountSettingsName, .accountSettingsPassword, .accountSettingsEmail, .accountSettingsAvatar, .accountSettingsLanguage,
             .adminUserRole, .thread, .commentEdit, .commentDelete, .commentLike, .commentReport,
             .moderationDecision, .moderationEdit, .moderationBlock, .moderationDeleteMember, .moderationBulk,
             .moderationUnblockDecision, .apiSessions, .apiCommentLike, .apiCommentReports, .apiModerationDecision,
             .apiModerationBlocks, .apiModerationUnblockDecision, .apiUnblockRequests:
            [.POST]
        case .apiCurrentSession: [.DELETE]
        case .apiArticles: [.GET, .POST]
        case .apiArticle: [.GET, .PATCH]
        case .apiMedia: [.GET, .POST]
        case .apiGalleries: [.POST]
        case .apiGallery: [.PATCH]
        case .newsroomNewArticle, .newsroomArticle, .newsroomMedia, .newsroomGalleries, .newsroomGallery, .newsroomSections,
             .newsroomPicks: [.GET, .POST]
        case .newsroomPreview, .newsroomRestore: [.POST]
        case .apiComment: [.PATCH, .DELETE]
        case .apiModerationComment: [.PATCH]
        case .apiLiveEntries, .newsroomLive: [.GET, .POST]
        case .apiLiveEntry: [.PATCH, .DELETE]
        case .newsroomLiveEntry: [.POST]
        default: [.GET]
        }
    }

    /// Reader pages exist in every edition: registered as they are and again under `/:edition`.
    var isPerEdition: Bool {
        [.front, .allNews, .section, .tag, .article, .multimedia, .gallery, .editionRSS, .editionAtom, .editionJSON,
         .sectionRSS, .sectionAtom, .sectionJSON, .tagRSS, .tagAtom, .tagJSON, .search, .live].contains(self)
    }

    /// Account and policy pages: one address for the default edition and one under `/:edition` for the others, so
    /// a reader who registers from the Russian edition stays in it. Unlike reader pages they also take forms.
    var isAlsoInEditions: Bool {
        [.accountRegister, .accountConfirm, .accountLogin, .accountRecover, .accountReset, .accountSettings,
         .accountSettingsName, .accountSettingsPassword, .accountSettingsEmail, .accountSettingsAvatar, .accountSettingsLanguage,
         .accountConfirmEmailChange, .accountDelete, .accountRestore, .accountTwoFactor, .accountUnblock,
         .privacy, .communityStandards].contains(self)
    }

    /// The pattern written as a path ("/comments/:id/fragment"), for scripts that fill in the parameter themselves.
    var patternPath: String { "/" + segments.joined(separator: "/") }

    /// What a controller registers (without the `:edition` prefix of other editions).
    var pattern: [PathComponent] { segments.map(PathComponent.init(stringLiteral:)) }

    /// The address with its parameters filled in order, each percent-encoded as one path segment, in the edition
    /// whose path prefix is given ("" or "/ru"), with the query's non-nil values form-encoded in the order given.
    func path(_ parameters: String..., edition prefix: String = "", query: KeyValuePairs<String, String?> = [:],
              fragment: String? = nil) -> String {
        // One string written in one pass: a page builds a few hundred addresses (four per comment).
        var values = parameters.makeIterator()
        var path = prefix
        path.reserveCapacity(prefix.utf8.count + 48)
        let segments = self.segments
        if segments.isEmpty { path += "/" }
        for segment in segments {
            path += "/"
            guard segment.utf8.first == UInt8(ascii: ":") else { path += segment; continue }
            guard let value = values.next() else { preconditionFailure("\(self) needs a value for \(segment)") }
            // Slugs, codes and ids are plain ASCII: nothing to encode, and Foundation's encoder was 2% of a page.
            if value.utf8.allSatisfy(Self.isUnreservedByte) {
                path += value
            } else {
                path += value.addingPercentEncoding(withAllowedCharacters: Self.segmentCharacters) ?? ""
            }
        }
        precondition(values.next() == nil, "\(self) has fewer parameters than given")
        var separator = "?"
        for (key, value) in query {
            guard let value else { continue }
            path += separator
            path += Self.formEncode(key)
            path += "="
            path += Self.formEncode(value)
            separator = "&"
        }
        if let fragment { path += "#" + fragment }
        return path
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
    /// RFC 3986 `pchar` without `%`: a value can never add or end a segment.
    private static let segmentCharacters = unreserved.union(CharacterSet(charactersIn: "!$&'()*+,;=:@"))
    /// Query values keep `/` and `:` readable (`next=/articles/x`); `&`, `=`, `+`, `#`, `?` and `%` are encoded, and
    /// a space is `+`, as HTML forms send it.
    private static let queryCharacters = unreserved.union(CharacterSet(charactersIn: "/:@!$'()*,; "))

    /// `unreserved` as bytes: letters, digits, `-`, `.`, `_`, `~`.
    static func isUnreservedByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
            || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "~")
    }

    private static func formEncode(_ value: String) -> String {
        if value.utf8.allSatisfy(isUnreservedByte) { return value }
        return (value.addingPercentEncoding(withAllowedCharacters: queryCharacters) ?? "").replacingOccurrences(of: " ", with: "+")
    }
}
