import Foundation

/// The words of the interface in one language, read once from `Data/Locales/<language>.json`. Adding an edition's
/// language is adding one file there; `CatalogueTests` fails when a file lacks a key of `en.json` or when a template
/// or a builder asks for a key no file has.
///
/// A file maps keys to texts, or to plural forms by CLDR category (`{"one": "{n} comment", "other": "{n} comments"}`).
/// `{name}` in a text is filled by `text(_:_:)`, `{n}` by `plural(_:_:)`. Templates read the plain texts as
/// `layout.strings.<key>`.
struct UIStrings: Sendable, Encodable {
    let language: String
    let texts: [String: String]
    let plurals: [String: [String: String]]

    /// The text for `key`; a key missing from the catalogue shows itself (and fails `CatalogueTests`).
    func text(_ key: String) -> String { texts[key] ?? key }

    /// The text for `key` with each `{name}` replaced by its value.
    func text(_ key: String, _ values: [String: String]) -> String {
        values.reduce(text(key)) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
    }

    /// A message a service wrote in English (a field's error, a refusal), in this language when the catalogue has it
    /// under `msg.<the English text>`, gettext-style: services keep one language for the API, pages translate what
    /// they show. A message with figures in it (a wait in seconds) has no entry and stays as it is.
    func message(_ english: String) -> String { texts["msg." + english] ?? english }

    /// The form of `key` for the count `n` by the language's plural rules, with `{n}` replaced by the number.
    func plural(_ key: String, _ n: Int) -> String {
        guard let forms = plurals[key] else { return key }
        let form = forms[PluralRules.category(n, language: language).rawValue] ?? forms["other"] ?? key
        return form.replacingOccurrences(of: "{n}", with: String(n))
    }

    /// Templates see the plain texts as a dictionary: `layout.strings.allNews`.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(texts)
    }

    static func `for`(language: String) -> UIStrings {
        let code = String(language.prefix(2)).lowercased()
        return Catalogue.bundled[code] ?? Catalogue.bundled["en"] ?? UIStrings(language: "en", texts: [:], plurals: [:])
    }

    static var english: UIStrings { .for(language: "en") }
    static var russian: UIStrings { .for(language: "ru") }
}

/// The catalogue files, read from the bundle once.
enum Catalogue {
    static let bundled: [String: UIStrings] = {
        guard let folder = Bundle.module.url(forResource: "en", withExtension: "json", subdirectory: "Data/Locales")?
            .deletingLastPathComponent() else { return [:] }
        return (try? load(from: folder)) ?? [:]
    }()

    /// Every `<language>.json` in the folder.
    static func load(from folder: URL) throws -> [String: UIStrings] {
        var result: [String: UIStrings] = [:]
        for file in try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        where file.pathExtension == "json" {
            let language = file.deletingPathExtension().lastPathComponent
            result[language] = try parse(Data(contentsOf: file), language: language)
        }
        return result
    }

    static func parse(_ data: Data, language: String) throws -> UIStrings {
        let raw = try JSONDecoder().decode([String: Entry].self, from: data)
        var texts: [String: String] = [:]
        var plurals: [String: [String: String]] = [:]
        for (key, entry) in raw {
            switch entry {
            case .text(let t): texts[key] = t
            case .plural(let forms): plurals[key] = forms
            }
        }
        return UIStrings(language: language, texts: texts, plurals: plurals)
    }

    enum Entry: Decodable {
        case text(String)
        case plural([String: String])

        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let t = try? c.decode(String.self) { self = .text(t) } else { self = .plural(try c.decode([String: String].self)) }
        }
    }
}

/// CLDR plural categories for whole numbers, for the languages the site has catalogues for.
enum PluralRules {
    enum Category: String, CaseIterable { case zero, one, two, few, many, other }

    static func category(_ n: Int, language: String) -> Category {
        let n = abs(n)
        let mod10 = n % 10, mod100 = n % 100
        switch language.prefix(2) {
        case "ru", "uk":
            if mod10 == 1 && mod100 != 11 { return .one }
            if (2...4).contains(mod10) && !(12...14).contains(mod100) { return .few }
            return .many
        case "ar":
            if n == 0 { return .zero }
            if n == 1 { return .one }
            if n == 2 { return .two }
            if (3...10).contains(mod100) { return .few }
            if (11...99).contains(mod100) { return .many }
            return .other
        default:
            return n == 1 ? .one : .other
        }
    }

    /// The categories a catalogue in this language must give for each plural key.
    static func categories(language: String) -> [Category] {
        switch language.prefix(2) {
        case "ru", "uk": [.one, .few, .many]
        case "ar": [.zero, .one, .two, .few, .many, .other]
        default: [.one, .other]
        }
    }
}
