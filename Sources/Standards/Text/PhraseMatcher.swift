import Foundation

/// Matches short phrase patterns against a comment's tokens in one pass.
///
/// Pattern syntax, one pattern per line, `rule weight | tokens`:
/// `word` matches the word, `stem*` any word starting with `stem`, `(a|b*|c)` any of them,
/// `~N` skips up to N words, `#` any number. Lines starting with `//` are comments.
struct PhraseMatcher: Sendable {
    indirect enum Part: Sendable {
        case word(UInt64)
        case stem(UInt64, Int)
        /// Alternatives, each a sequence of parts; `optional` allows matching nothing.
        case any([[Part]], optional: Bool)
        case gap(Int)
        case number
    }

    struct Entry: Sendable {
        var rule: Rule
        var weight: Double
        var parts: [Part]
        var text: String
    }

    struct Match: Sendable {
        var rule: Rule
        var weight: Double
        var start: Int   // scalar offsets
        var end: Int
        var firstToken: Int
        var lastToken: Int
        var pattern: String
    }

    private(set) var entries: [Entry] = []
    private var byWord: [UInt64: [Int]] = [:]
    private var byStem: [UInt64: [Int]] = [:]   // key mixes stem hash and length
    private var stemLengths: [Int] = []
    private var numberStarts: [Int] = []

    init(_ source: String) {
        for raw in source.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("//") { continue }
            let halves = line.split(separator: "|", maxSplits: 1)
            guard halves.count == 2 else { preconditionFailure("bad lexicon line: \(line)") }
            let head = halves[0].split(separator: " ")
            guard head.count == 2, let rule = Rule(rawValue: String(head[0])), let weight = Double(head[1]) else {
                preconditionFailure("bad lexicon head: \(line)")
            }
            let parts = PhraseMatcher.parse(String(halves[1]))
            add(Entry(rule: rule, weight: weight, parts: parts, text: String(halves[1]).trimmingCharacters(in: .whitespaces)))
        }
    }

    /// Splits a pattern into top-level items, keeping `( … )` groups (with an optional trailing `?`) whole.
    private static func items(_ pattern: String) -> [String] {
        var out: [String] = []
        var current = ""
        var depth = 0
        for ch in pattern {
            if ch == "(" { depth += 1 }
            if ch == ")" { depth -= 1 }
            if ch == " " && depth == 0 {
                if !current.isEmpty { out.append(current); current = "" }
            } else { current.append(ch) }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// Words inside a pattern are split the way comments are tokenised: "don't" stays one word, "e-mail" is two.
    private static func words(_ text: String) -> [Part] {
        if text == "#" { return [.number] }
        if text.hasPrefix("~"), let n = Int(text.dropFirst()) { return [.gap(n)] }
        if text.hasSuffix("*") {
            let folded = text.dropLast().unicodeScalars.map(Chars.fold)
            return [.stem(WordHash.of(folded), folded.count)]
        }
        let scan = TextScan(text)
        return scan.tokens.map { .word($0.hash) }
    }

    static func parse(_ pattern: String) -> [Part] {
        var parts: [Part] = []
        for item in items(pattern) {
            if item.hasPrefix("(") {
                let optional = item.hasSuffix("?")
                let inner = item.dropFirst().dropLast(optional ? 2 : 1)
                let alts = inner.split(separator: "|").map { alt in
                    alt.split(separator: " ").flatMap { words(String($0)) }
                }
                parts.append(.any(alts.filter { !$0.isEmpty }, optional: optional))
            } else {
                parts.append(contentsOf: words(item))
            }
        }
        return parts
    }

    private static func stemKey(_ h: UInt64, _ len: Int) -> UInt64 { h ^ (UInt64(len) &* 0x9E37_79B9_7F4A_7C15) }

    private mutating func index(_ part: Part, _ idx: Int) {
        switch part {
        case .word(let h): byWord[h, default: []].append(idx)
        case .stem(let h, let len):
            byStem[PhraseMatcher.stemKey(h, len), default: []].append(idx)
            if !stemLengths.contains(len) { stemLengths.append(len); stemLengths.sort() }
        case .any(let alts, let optional):
            precondition(!optional, "a pattern cannot start with an optional group")
            for a in alts { if let first = a.first { index(first, idx) } }
        case .number: numberStarts.append(idx)
        case .gap: preconditionFailure("a pattern cannot start with a gap")
        }
    }

    mutating func add(_ entry: Entry) {
        guard let first = entry.parts.first else { return }
        entries.append(entry)
        index(first, entries.count - 1)
    }

    static func matches(_ part: Part, _ t: Token, _ scan: TextScan) -> Bool {
        switch part {
        case .word(let h): return t.hash == h
        case .stem(let h, let len): return scan.hashedLength(t) >= len && scan.prefixHash(t, length: len) == h
        case .number: return t.digits > 0 && t.letters == 0
        case .any, .gap: return false
        }
    }

    /// Tries to match `parts[p...]` then `rest` from token `i`; returns the index after the last token matched.
    private func match(_ parts: ArraySlice<Part>, _ rest: [ArraySlice<Part>], _ i: Int, _ tokens: [Token], _ scan: TextScan) -> Int? {
        guard let part = parts.first else {
            guard let next = rest.last else { return i }
            return match(next, Array(rest.dropLast()), i, tokens, scan)
        }
        let tail = parts.dropFirst()
        switch part {
        case .gap(let n):
            for skip in 0...n where i + skip <= tokens.count {
                if let end = match(tail, rest, i + skip, tokens, scan) { return end }
            }
            return nil
        case .any(let alts, let optional):
            for alt in alts {
                if let end = match(alt[...], rest + [tail], i, tokens, scan) { return end }
            }
            return optional ? match(tail, rest, i, tokens, scan) : nil
        default:
            guard i < tokens.count, PhraseMatcher.matches(part, tokens[i], scan) else { return nil }
            return match(tail, rest, i + 1, tokens, scan)
        }
    }

    func find(in scan: TextScan) -> [Match] {
        var attempts = 0
        return find(in: scan, attempts: &attempts)
    }

    /// `attempts` counts candidate patterns tried, so tests can check the work grows linearly with the text.
    func find(in scan: TextScan, attempts: inout Int) -> [Match] {
        var out: [Match] = []
        let tokens = scan.tokens
        var candidates: [Int] = []
        for i in tokens.indices {
            let t = tokens[i]
            candidates.removeAll(keepingCapacity: true)
            if let list = byWord[t.hash] { candidates.append(contentsOf: list) }
            if t.letters == 0 && t.digits > 0 { candidates.append(contentsOf: numberStarts) }
            if !stemLengths.isEmpty {
                var h = WordHash.seed, taken = 0, li = 0
                var k = t.start
                while k < t.end && li < stemLengths.count {
                    if scan.kinds[k] != .mark {
                        h = WordHash.step(h, scan.folded[k]); taken += 1
                        if taken == stemLengths[li] {
                            if let list = byStem[PhraseMatcher.stemKey(h, taken)] { candidates.append(contentsOf: list) }
                            li += 1
                        }
                    }
                    k += 1
                }
            }
            guard !candidates.isEmpty else { continue }
            var seen = Set<Int>()
            for e in candidates where seen.insert(e).inserted {
                attempts += 1
                let entry = entries[e]
                if let next = match(entry.parts[...], [], i, tokens, scan), next > i {
                    let last = next - 1
                    out.append(Match(rule: entry.rule, weight: entry.weight, start: t.start, end: tokens[last].end,
                                     firstToken: i, lastToken: last, pattern: entry.text))
                }
            }
        }
        return out
    }
}
