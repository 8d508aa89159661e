/// The newsroom's addresses, built here and nowhere else.
enum NewsroomPaths {
    static let home = "/newsroom"
    static let newArticle = "/newsroom/articles/new"
    static let preview = "/newsroom/preview"
    static func article(_ id: Int) -> String { "/newsroom/articles/\(id)" }
    static func revisions(_ id: Int) -> String { "/newsroom/articles/\(id)/revisions" }
    static func restore(_ id: Int) -> String { "/newsroom/articles/\(id)/restore" }
    static let media = "/newsroom/media"
    static let galleries = "/newsroom/galleries"
    static func gallery(_ id: Int) -> String { "/newsroom/galleries/\(id)" }
    static let sections = "/newsroom/sections"
    static let picks = "/newsroom/picks"
}
