/// The addresses of the Live feature, each built from its `SiteRoute`.
enum LivePaths {
    static func live(_ prefix: String) -> String { SiteRoute.live.path(edition: prefix) }
    /// The live feed's stream of an edition.
    static func feedStream(edition code: String, after lastEventID: Int? = nil) -> String {
        SiteRoute.apiLiveStream.path(query: ["edition": code, "last_event_id": lastEventID.map(String.init)])
    }
    static func entries(_ articleID: Int) -> String { SiteRoute.apiLiveEntries.path(String(articleID)) }
    static func entry(_ id: Int) -> String { SiteRoute.apiLiveEntry.path(String(id)) }
    static func entriesStream(_ articleID: Int) -> String { SiteRoute.apiLiveEntriesStream.path(String(articleID)) }
    /// Older entries of a live blog's page, without JavaScript.
    static func olderEntries(_ prefix: String, slug: String, before cursor: String) -> String {
        SiteRoute.article.path(slug, edition: prefix, query: ["entries": cursor], fragment: "live-entries")
    }
    static func newsroom(_ articleID: Int, done: String? = nil) -> String {
        SiteRoute.newsroomLive.path(String(articleID), query: ["done": done])
    }
    static func newsroomEntry(_ id: Int) -> String { SiteRoute.newsroomLiveEntry.path(String(id)) }
}
