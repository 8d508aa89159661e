import Foundation

/// What a reader typed into the search box, understood: words that must all appear, `"quoted phrases"` whose words
/// must appear together in order, and `-word` or `-"phrase"` exclusions. A word written with inner punctuation
/// (`covid-19`, `e-mail`) is a phrase of its parts. Words are folded; stems are taken per edition language.
public struct SearchQuery: Sendable, Equatable {
    /// Each required part: one word, or the words of a phrase.
    public var required: [[String]]
    public var excluded: [[String]]

    public static let maxLength = 200
    public static let maxTerms = 16

    public enum Problem: Error, Equatable, Sendable {
        case empty, tooLong, nothingToFind, tooManyWords

        /// What the reader should do, in plain words.
        public var message: String {
            switch self {
            case .empty: "Type a word or two to search for."
            case .tooLong: "A search can be at most \(SearchQuery.maxLength) characters long."
            case .nothingToFind: "Add a word to look for: a search cannot only leave words out."
            case .tooManyWords: "Use at most \(SearchQuery.maxTerms) words."
            }
        }
    }

    public init(required: [[String]], excluded: [[String]] = []) {
        self.required = required
        self.excluded = excluded
    }

    public static func parse(_ raw: String) throws(Problem) -> SearchQuery {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw .empty }
        guard text.count <= maxLength else { throw .tooLong }
        var query = SearchQuery(required: [], excluded: [])
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c.isWhitespace { i = text.index(after: i); continue }
            var negate = false
            var start = i
            if c == "-" || c == "\u{2212}" {
                negate = true
                start = text.index(after: i)
                guard start < text.endIndex, !text[start].isWhitespace else { i = start; continue }
            }
            let part: Substring
            if start < text.endIndex, isQuote(text[start]) {
                let open = text.index(after: start)
                let close = text[open...].firstIndex(where: isQuote) ?? text.endIndex
                part = text[open..<close]
                i = close < text.endIndex ? text.index(after: close) : close
            } else {
                let end = text[start...].firstIndex(where: \.isWhitespace) ?? text.endIndex
                part = text[start..<end]
                i = end
            }
            let words = SearchText.tokens(String(part), language: "").map(\.folded)
            guard !words.isEmpty else { continue }
            if negate { query.excluded.append(words) } else { query.required.append(words) }
        }
        guard query.required.count + query.excluded.count > 0 else { throw .nothingToFind }
        guard !query.required.isEmpty else { throw .nothingToFind }
        guard query.required.joined().count + query.excluded.joined().count <= maxTerms else { throw .tooManyWords }
        return query
    }

    private static func isQuote(_ c: Character) -> Bool { c == "\"" || c == "“" || c == "”" || c == "«" || c == "»" }

    /// The query with every word replaced by its stem in `language`.
    public func stemmed(language: String) -> SearchQuery {
        SearchQuery(required: required.map { $0.map { SearchText.stem($0, language: language) } },
                    excluded: excluded.map { $0.map { SearchText.stem($0, language: language) } })
    }

    /// Every required word, flattened: what the snippet highlights and "did you mean" checks.
    public var requiredWords: [String] { required.flatMap { $0 } }

    /// The query written back in the syntax PostgreSQL's `websearch_to_tsquery` reads: only folded words, quotes
    /// and minus signs, so nothing the reader typed reaches the parser unchecked.
    public var websearch: String {
        func part(_ words: [String]) -> String { words.count == 1 ? words[0] : "\"" + words.joined(separator: " ") + "\"" }
        return (required.map(part) + excluded.map { "-" + part($0) }).joined(separator: " ")
    }

    /// The query as the reader could have typed it, with `replacements` (folded word -> word) applied: the
    /// "did you mean" text.
    public func replacing(_ replacements: [String: String]) -> String {
        func part(_ words: [String]) -> String {
            let w = words.map { replacements[$0] ?? $0 }
            return w.count == 1 ? w[0] : "\"" + w.joined(separator: " ") + "\""
        }
        return (required.map(part) + excluded.map { "-" + part($0) }).joined(separator: " ")
    }
}

extension SearchText {
    /// A passage of `text` around the words whose stems are in `stems`, at most about `maxLength` characters,
    /// HTML-escaped, each matched word wrapped in `<mark>`. Without a match, the start of the text.
    public static func snippet(_ text: String, stems: Set<String>, language: String, maxLength: Int = 220) -> String {
        let tokens = tokens(text, language: language)
        let matched = tokens.indices.filter { stems.contains(tokens[$0].stem) }
        // The window starting a little before the matched word that has the most matches after it.
        var start = text.startIndex
        if let first = matched.first {
            var bestCount = 0
            var bestStart = tokens[first].range.lowerBound
            for m in matched {
                let from = tokens[m].range.lowerBound
                let limit = text.index(from, offsetBy: maxLength, limitedBy: text.endIndex) ?? text.endIndex
                let count = matched.filter { tokens[$0].range.lowerBound >= from && tokens[$0].range.upperBound <= limit }.count
                if count > bestCount { bestCount = count; bestStart = from }
            }
            // Back up to a few words before, or the start of the sentence.
            let lead = text.index(bestStart, offsetBy: -40, limitedBy: text.startIndex) ?? text.startIndex
            if let sentence = text[lead..<bestStart].lastIndex(where: { $0 == "." || $0 == "!" || $0 == "?" || $0 == "\n" }) {
                start = text.index(after: sentence)
            } else if let space = text[lead..<bestStart].firstIndex(where: \.isWhitespace), lead > text.startIndex {
                start = space
            } else {
                start = lead
            }
        }
        while start < text.endIndex, text[start].isWhitespace { start = text.index(after: start) }
        var end = text.index(start, offsetBy: maxLength, limitedBy: text.endIndex) ?? text.endIndex
        if end < text.endIndex, let space = text[start..<end].lastIndex(where: \.isWhitespace), space > start { end = space }
        var html = start > text.startIndex ? "… " : ""
        var cursor = start
        for m in matched where tokens[m].range.lowerBound >= start && tokens[m].range.upperBound <= end {
            html += HTML.escape(String(text[cursor..<tokens[m].range.lowerBound]))
            html += "<mark>" + HTML.escape(String(text[tokens[m].range])) + "</mark>"
            cursor = tokens[m].range.upperBound
        }
        html += HTML.escape(String(text[cursor..<end]))
        if end < text.endIndex { html += " …" }
        return html
    }

    /// The edit distance between two words (insertions, deletions, substitutions, and swaps of neighbours),
    /// or nil once it exceeds `limit`.
    public static func distance(_ a: String, _ b: String, limit: Int) -> Int? {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) <= limit ? max(a.count, b.count) : nil }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var v = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { v = min(v, previous2[j - 2] + 1) }
                current[j] = v
                rowMin = min(rowMin, v)
            }
            if rowMin > limit { return nil }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
