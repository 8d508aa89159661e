/// Every reader-facing address is built here and nowhere else, so links in views and routes cannot drift.
/// `prefix` is the edition's path prefix: "" for the default edition, "/ru" for others.
enum Paths {
    static func front(_ prefix: String) -> String { prefix.isEmpty ? "/" : prefix + "/" }
    static func allNews(_ prefix: String) -> String { prefix + "/news" }
    static func section(_ prefix: String, _ slug: String) -> String { prefix + "/section/" + slug }
    static func tag(_ prefix: String, _ slug: String) -> String { prefix + "/tag/" + slug }
    static func article(_ prefix: String, _ slug: String) -> String { prefix + "/articles/" + slug }
    static func multimedia(_ prefix: String) -> String { prefix + "/multimedia" }
    static func gallery(_ prefix: String, _ slug: String) -> String { prefix + "/multimedia/" + slug }
    static func short(_ code: String) -> String { "/s/" + code }
    static func media(_ fileName: String) -> String { "/media/" + fileName }
    static func asset(_ name: String) -> String { "/static/" + name }
    static let sitemap = "/sitemap.xml"

    /// Route patterns, registered once for the default edition and once under `/:edition`.
    enum Pattern {
        static let allNews: [String] = ["news"]
        static let section: [String] = ["section", ":slug"]
        static let tag: [String] = ["tag", ":slug"]
        static let article: [String] = ["articles", ":slug"]
        static let multimedia: [String] = ["multimedia"]
        static let gallery: [String] = ["multimedia", ":slug"]
    }
}
