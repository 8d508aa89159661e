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

/// Addresses taken from the outside (a log-in's `next`) must stay on this site.
enum LocalPath {
    /// The path when it is a plain local path (`/news?x=1#c`), nil for anything a browser could read as another
    /// site: scheme-relative `//host`, backslashes, and whitespace or control characters, which browsers drop
    /// (so `/\t/evil.example` would become `//evil.example`).
    static func validated(_ raw: String?) -> String? {
        guard let raw, raw.hasPrefix("/"), raw.utf8.count <= 2048 else { return nil }
        for scalar in raw.unicodeScalars {
            if scalar == "\\" || scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
                || scalar.properties.generalCategory == .format {
                return nil
            }
        }
        if raw.hasPrefix("//") { return nil }
        // A percent-encoded slash, backslash or control character right after the first slash is decoded by some
        // servers and proxies on the way; refuse rather than guess.
        let lowered = raw.lowercased()
        for bad in ["/%2f", "/%5c", "/%09", "/%0a", "/%0d", "/%00", "/%20"] where lowered.hasPrefix(bad) { return nil }
        return raw
    }
}
