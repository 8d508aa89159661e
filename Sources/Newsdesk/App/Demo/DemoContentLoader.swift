import Foundation

/// Reads the demo content from the resource folder `Data/Demo`:
///
/// - `editions.json`: the edition folders in seeding order, e.g. `["en", "ru"]`;
/// - `<code>/edition.json`: the edition's name, language, time zone, sections, article order and galleries;
/// - `<code>/articles/<key>.md`: one article each, `key: value` front matter between `---` lines, then the Markdown
///   body. Lists (`tags`, `related`) are comma-separated.
///
/// See `Data/Demo/README.md` for the fields.
enum DemoContentLoader {
    enum Failure: Error, CustomStringConvertible {
        case missing(String)
        case invalid(file: String, problem: String)

        var description: String {
            switch self {
            case .missing(let path): "demo content: \(path) is missing"
            case .invalid(let file, let problem): "demo content: \(file): \(problem)"
            }
        }
    }

    /// The demo editions shipped in the Newsdesk bundle, in seeding order.
    static func bundled() throws -> [DemoEdition] {
        try load(from: try bundledFolder())
    }

    /// The `Data/Demo` folder inside the Newsdesk bundle.
    static func bundledFolder() throws -> URL {
        guard let index = Bundle.module.url(forResource: "editions", withExtension: "json", subdirectory: "Data/Demo") else {
            throw Failure.missing("Data/Demo/editions.json in the Newsdesk bundle")
        }
        return index.deletingLastPathComponent()
    }

    /// An edition's own version of a policy page, `<code>/policies/<slug>.md`: its first line `# Title`, then the
    /// Markdown text; nil when the edition has none.
    static func policy(edition code: String, slug: String) throws -> (title: String, body: String)? {
        let url = try bundledFolder().appendingPathComponent(code).appendingPathComponent("policies").appendingPathComponent(slug + ".md")
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let text = try read(url)
        guard text.hasPrefix("# "), let newline = text.firstIndex(of: "\n") else {
            throw Failure.invalid(file: "\(code)/policies/\(slug).md", problem: "the first line must be '# Title'")
        }
        return (String(text[text.index(text.startIndex, offsetBy: 2)..<newline]), String(text[newline...]).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    static func load(from root: URL) throws -> [DemoEdition] {
        let codes = try decode([String].self, at: root.appendingPathComponent("editions.json"))
        return try codes.map { try edition(in: root.appendingPathComponent($0, isDirectory: true)) }
    }

    static func edition(in folder: URL) throws -> DemoEdition {
        let file = try decode(EditionFile.self, at: folder.appendingPathComponent("edition.json"))
        let articles = try file.articles.map { key in
            let url = folder.appendingPathComponent("articles").appendingPathComponent("\(key).md")
            let parsed = try article(from: try read(url), file: "\(file.code)/articles/\(key).md")
            guard parsed.key == key else {
                throw Failure.invalid(file: url.lastPathComponent, problem: "front matter names key \(parsed.key)")
            }
            return parsed
        }
        return DemoEdition(code: file.code, name: file.name, language: file.language, timeZone: file.timeZone,
                           isDefault: file.isDefault, sections: file.sections, articles: articles, galleries: file.galleries)
    }

    /// Parses one article file: front matter, then the body (surrounding blank lines dropped).
    static func article(from text: String, file: String) throws -> DemoArticle {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        guard lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") else {
            throw Failure.invalid(file: file, problem: "no front matter between --- lines")
        }
        var fields = FrontMatter(file: file)
        for line in lines[1..<end] { try fields.add(line) }
        let body = lines[(end + 1)...].joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        let article = DemoArticle(
            key: try fields.string("key"), section: try fields.string("section"), title: try fields.string("title"),
            summary: try fields.string("summary"), body: body, tags: try fields.list("tags"),
            author: try fields.string("author"), hoursAgo: try fields.int("hours_ago"),
            photo: DemoPhoto(scene: try fields.scene("photo_scene"), caption: try fields.string("photo_caption"),
                             credit: try fields.string("photo_credit"), alt: try fields.string("photo_alt")),
            recommended: try fields.bool("recommended"), related: try fields.list("related"))
        try fields.requireAllUsed()
        return article
    }

    private struct EditionFile: Decodable {
        let code: String
        let name: String
        let language: String
        let timeZone: String
        let isDefault: Bool
        let sections: [DemoSection]
        let articles: [String]
        let galleries: [DemoGallery]
    }

    private static func decode<T: Decodable>(_ type: T.Type, at url: URL) throws -> T {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do {
            return try decoder.decode(type, from: Data(try read(url).utf8))
        } catch let error as DecodingError {
            throw Failure.invalid(file: url.lastPathComponent, problem: "\(error)")
        }
    }

    private static func read(_ url: URL) throws -> String {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw Failure.missing(url.path) }
        return text
    }
}

/// `key: value` lines; each key once, each one read exactly once, so a misspelt key is an error, not a default.
private struct FrontMatter {
    let file: String
    private var values: [String: String] = [:]
    private var used: Set<String> = []

    init(file: String) { self.file = file }

    mutating func add(_ line: Substring) throws {
        guard !line.allSatisfy(\.isWhitespace) else { return }
        guard let colon = line.firstIndex(of: ":") else { throw invalid("line without a key: \(line)") }
        let key = String(line[..<colon])
        guard values[key] == nil else { throw invalid("\(key) appears twice") }
        values[key] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }

    mutating func string(_ key: String) throws -> String {
        guard let value = values[key] else { throw invalid("\(key) is missing") }
        used.insert(key)
        return value
    }

    mutating func list(_ key: String) throws -> [String] {
        try string(key).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    mutating func int(_ key: String) throws -> Int {
        guard let value = Int(try string(key)) else { throw invalid("\(key) is not a whole number") }
        return value
    }

    mutating func bool(_ key: String) throws -> Bool {
        switch try string(key) {
        case "true": return true
        case "false": return false
        default: throw invalid("\(key) is neither true nor false")
        }
    }

    mutating func scene(_ key: String) throws -> DemoScene {
        let name = try string(key)
        guard let scene = DemoScene(rawValue: name) else { throw invalid("unknown \(key) \(name)") }
        return scene
    }

    func requireAllUsed() throws {
        let unknown = Set(values.keys).subtracting(used)
        guard unknown.isEmpty else { throw invalid("unknown keys \(unknown.sorted().joined(separator: ", "))") }
    }

    private func invalid(_ problem: String) -> DemoContentLoader.Failure { .invalid(file: file, problem: problem) }
}
