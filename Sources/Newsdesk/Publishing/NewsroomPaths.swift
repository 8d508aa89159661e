/// The newsroom's addresses, each built from its `SiteRoute`.
enum NewsroomPaths {
    static let home = SiteRoute.newsroomHome.path()
    static func home(status: String? = nil, edition: String? = nil, section: String? = nil, query: String? = nil, author: Int? = nil) -> String {
        SiteRoute.newsroomHome.path(query: ["status": status, "edition": edition, "section": section, "q": query,
                                            "author": author.map(String.init)])
    }
    static let newArticle = SiteRoute.newsroomNewArticle.path()
    static let preview = SiteRoute.newsroomPreview.path()
    static func article(_ id: Int) -> String { SiteRoute.newsroomArticle.path(String(id)) }
    static func article(_ id: Int, done: String) -> String { SiteRoute.newsroomArticle.path(String(id), query: ["done": done]) }
    static func revisions(_ id: Int, from: Int? = nil, to: Int? = nil) -> String {
        SiteRoute.newsroomRevisions.path(String(id), query: ["from": from.map(String.init), "to": to.map(String.init)])
    }
    static func restore(_ id: Int) -> String { SiteRoute.newsroomRestore.path(String(id)) }
    static let media = SiteRoute.newsroomMedia.path()
    static func media(query: String?, after: Int? = nil, done: String? = nil) -> String {
        SiteRoute.newsroomMedia.path(query: ["q": query, "after": after.map(String.init), "done": done])
    }
    static func sections(edition: String? = nil, done: String? = nil) -> String {
        SiteRoute.newsroomSections.path(query: ["edition": edition, "done": done])
    }
    static func picks(edition: String? = nil, done: String? = nil) -> String {
        SiteRoute.newsroomPicks.path(query: ["edition": edition, "done": done])
    }
    static let galleries = SiteRoute.newsroomGalleries.path()
    static func gallery(_ id: Int) -> String { SiteRoute.newsroomGallery.path(String(id)) }
    static func gallery(_ id: Int, done: String) -> String { SiteRoute.newsroomGallery.path(String(id), query: ["done": done]) }
}
