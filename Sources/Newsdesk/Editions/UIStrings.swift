import Foundation
import LeafKit
import NewsText

/// The words of the interface in one language, read once from `Data/Locales/<language>.json`. Adding an edition's
/// language is adding one file there; `CatalogueTests` fails when a file lacks a key of `en.json` or when a template
/// or a builder asks for a key no file has.
///
/// A file maps keys to texts, or to plural forms by CLDR category (`{"one": "{n} comment", "other": "{n} comments"}`).
/// `{name}` in a text is filled by `text(_:_:)`, `{n}` by `plural(_:_:)`. Templates read the plain texts as
/// `layout.strings.<key>`.
struct UIStrings: Sendable, Encodable, LeafDataRepresentable {
    let language: String
    let texts: [String: String]
    let plurals: [String: [String: String]]
    /// The `msg.` keys with `{name}` slots: messages with figures in them, matched against the English text.
    let patterns: [MessagePattern]
    /// The texts as templates see them, built once: every page hands the catalogue to its template, and encoding
    /// a thousand strings per render was a measurable part of rendering a page.
    let leafData: LeafData

    init(language: String, texts: [String: String], plurals: [String: [String: String]]) {
        self.language = language
        self.texts = texts
        self.plurals = plurals
        leafData = .dictionary(texts.mapValues { .string($0) })
        patterns = (Array(texts.keys) + Array(plurals.keys))
            .filter { $0.hasPrefix("msg.") && $0.contains("{") }.sorted()
            .map { MessagePattern(key: $0, english: String($0.dropFirst(4))) }
    }

    /// The text for `key`; a key missing from the catalogue shows itself (and fails `CatalogueTests`).
    func text(_ key: String) -> String { texts[key] ?? key }

    /// `text(key)` escaped for HTML, for pages written in Swift (a translation may hold `&` or quotes).
    func escaped(_ key: String) -> String { HTML.escape(text(key)) }

    /// The text for `key` with each `{name}` replaced by its value.
    func text(_ key: String, _ values: [String: String]) -> String {
        Self.fill(text(key)) { values[String($0)] }
    }

    /// `template` with each `{name}` slot that `value` knows replaced, in one pass over the template: a value put in
    /// is never searched again, so a reader's name that holds `{n}` stays as typed. Slots it does not know stay.
    /// (Foundation's `replacingOccurrences`, once per slot, was a fortieth of rendering an article with comments.)
    static func fill(_ template: String, _ value: (Substring) -> String?) -> String {
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        guard template.utf8.contains(open) else { return template }
        var out = ""
        out.reserveCapacity(template.utf8.count + 16)
        var rest = template[...]
        // Braces are ASCII, so these byte positions are character boundaries.
        while let start = rest.utf8.firstIndex(of: open), let end = rest.utf8[start...].firstIndex(of: close) {
            if let filled = value(rest[rest.utf8.index(after: start)..<end]) {
                out += rest[..<start]
                out += filled
            } else {
                out += rest[...end]
            }
            rest = rest[rest.utf8.index(after: end)...]
        }
        out += rest
        return out
    }

    /// A message a service wrote in English (a field's error, a refusal), in this language when the catalogue has it
    /// under `msg.<the English text>`, gettext-style: services keep one language for the API, pages translate what
    /// they show. A message with figures in it has its entry with slots, `msg.wait {n} seconds`, whose value may be
    /// plural forms chosen by `{n}`; a message the catalogue lacks stays as it is.
    func message(_ english: String) -> String { translated(english) ?? english }

    /// The message in this language, or nil when the catalogue has no entry for it.
    func translated(_ english: String) -> String? {
        if let text = texts["msg." + english] { return text }
        for pattern in patterns {
            guard let values = pattern.match(english) else { continue }
            var form = texts[pattern.key]
            if let forms = plurals[pattern.key] {
                let n = Int(values["n", default: ""].filter(\.isNumber)) ?? 0
                form = forms[PluralRules.category(n, language: language).rawValue] ?? forms["other"]
            }
            guard let form else { continue }
            return Self.fill(form) { name in
                guard let value = values[String(name)] else { return nil }
                return name == "n" ? Int(value.filter(\.isNumber)).map(number) ?? value : value
            }
        }
        return nil
    }

    /// A whole number as this language groups its digits: `1,000`, `12 500` (Russian groups from five digits).
    /// Western digits in every edition, Arabic too (the README says why).
    func number(_ n: Int) -> String {
        let digits = String(abs(n))
        guard digits.count > 4 || (digits.count == 4 && language.prefix(2) != "ru") else { return n < 0 ? "-" + digits : digits }
        let separator = language.prefix(2) == "ru" ? "\u{00A0}" : ","
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (n < 0 ? "-" : "") + groups.joined(separator: separator)
    }

    /// The form of `key` for the count `n` by the language's plural rules, with `{n}` replaced by the number.
    func plural(_ key: String, _ n: Int) -> String {
        guard let forms = plurals[key] else { return key }
        let form = forms[PluralRules.category(n, language: language).rawValue] ?? forms["other"] ?? key
        return Self.fill(form) { $0 == "n" ? number(n) : nil }
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

/// An English message with slots (`wait {n} seconds`), matched against a message a service wrote: `{n}` takes a
/// number (digits and commas), any other slot any text. Slots are separated by words, as in every catalogue entry.
struct MessagePattern: Sendable {
    enum Piece: Sendable, Equatable { case literal(String), slot(String) }
    let key: String
    let pieces: [Piece]

    init(key: String, english: String) {
        self.key = key
        var pieces: [Piece] = []
        var rest = Substring(english)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { pieces.append(.literal(String(rest[..<open]))) }
            pieces.append(.slot(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(.literal(String(rest))) }
        self.pieces = pieces
    }

    /// The slots' values when `text` is this message, else nil.
    func match(_ text: String) -> [String: String]? {
        var values: [String: String] = [:]
        return match(pieces[...], Substring(text), &values) ? values : nil
    }

    private func match(_ pieces: ArraySlice<Piece>, _ text: Substring, _ values: inout [String: String]) -> Bool {
        guard let first = pieces.first else { return text.isEmpty }
        switch first {
        case .literal(let l):
            return text.hasPrefix(l) && match(pieces.dropFirst(), text.dropFirst(l.count), &values)
        case .slot(let name):
            // Try each place where the slot could end: after one character up to the whole rest.
            var end = text.startIndex
            while end < text.endIndex {
                end = text.index(after: end)
                let value = text[..<end]
                if name == "n", !value.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ",") }) || !(value.first?.isNumber ?? false) { break }
                if match(pieces.dropFirst(), text[end...], &values) {
                    values[name] = String(value)
                    return true
                }
            }
            return false
        }
    }
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
