import Foundation

/// Matches short phrase patterns against a comment's tokens in one pass.
///
/// Pattern syntax, one pattern per line, `rule weight | tokens`:
/// `word` matches the word, `stem*` any word starting with `stem`, `(a|b*|c d)` any of them (an alternative may be
/// several words), `(…)?` optionally, `~N` skips up to N words, `#` any number. Lines starting with `//` are comments.
///
/// Patterns are compiled into flat arrays of plain values (no references), so matching does no reference
/// counting: the profile of an earlier, tree-shaped version was dominated by retain/release.
struct PhraseMatcher: Sendable {
    enum Part: Sendable {
        case word(UInt64)
        case stem(UInt64, Int32, opening: UInt64)   // hash, length, hash of the first two letters
        case any(Int32)        // index into `groups`
        case gap(Int32)
        case number
    }

    /// Single-word alternatives of a `( … )` group. Multi-word alternatives are expanded into separate patterns
    /// when compiling, so matching is a plain recursion with no continuations.
    struct Group: Sendable {
        var stemMask: UInt16 = 0      // bit n set: the group has a stem of n letters
        var optional = false
    }

    struct Entry: Sendable {
        var rule: Rule
        var weight: Double
        var parts: Range<Int32>
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

    private var parts: [Part] = []
    private var groups: [Group] = []
    private var groupWords = HashTable()   // key: group + word hash
    private var groupStems = HashTable()   // key: group + stem key
    private var starts: [[UInt64]] = []    // per group: its single words (for indexing patterns that start with it)
    private var stemStarts: [[(hash: UInt64, length: Int, opening: UInt64)]] = []
    private(set) var entries: [Entry] = []
    private(set) var texts: [String] = []
    private var lists: [[Int32]] = []          // while building
    private var listItems: [Int32] = []         // after building: all lists end to end
    private var listRanges: [Range<Int>] = []
    private var byWord = HashTable()
    private var byStem = HashTable()
    private var stemLengths: [Int] = []
    private var stemOpenings = HashTable()   // first two letters of every starting stem
    private var numberStarts: [Int32] = []

    static let maxStem = 15

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
            add(rule: rule, weight: weight, pattern: String(halves[1]).trimmingCharacters(in: .whitespaces))
        }
        // Flat arrays read without touching a nested array's reference count in the hot loop.
        for list in lists {
            listRanges.append(listItems.count..<(listItems.count + list.count))
            listItems.append(contentsOf: list)
        }
        lists = []
    }

    // MARK: compiling

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
        if text.hasPrefix("~"), let n = Int32(text.dropFirst()) { return [.gap(n)] }
        if text.hasSuffix("*") {
            let folded = text.dropLast().unicodeScalars.map(Chars.fold)
            precondition(folded.count >= 2 && folded.count <= maxStem, "stem too short or long: \(text)")
            return [.stem(WordHash.of(folded), Int32(folded.count), opening: WordHash.of(folded.prefix(2)))]
        }
        return TextScan(text).tokens.map { .word($0.hash) }
    }

    @inline(__always)
    static func stemKey(_ h: UInt64, _ len: Int) -> UInt64 { h ^ (UInt64(len) &* 0x9E37_79B9_7F4A_7C15) }
    @inline(__always)
    static func groupKey(_ g: Int32, _ k: UInt64) -> UInt64 { k ^ (UInt64(UInt32(bitPattern: g)) &* 0xC2B2_AE3D_27D4_EB4F) }

    /// Compiles a pattern into one or more part sequences (one per combination of multi-word alternatives).
    private mutating func compile(_ pattern: String) -> [[Part]] {
        var variants: [[Part]] = [[]]
        for item in PhraseMatcher.items(pattern) {
            guard item.hasPrefix("(") else {
                let ws = PhraseMatcher.words(item)
                variants = variants.map { $0 + ws }
                continue
            }
            let optional = item.hasSuffix("?")
            let inner = item.dropFirst().dropLast(optional ? 2 : 1)
            let g = Int32(groups.count)
            groups.append(Group(optional: optional))
            starts.append([]); stemStarts.append([])
            var singles = false
            var choices: [[Part]] = []
            for alt in inner.split(separator: "|") {
                let ws = alt.split(separator: " ").flatMap { PhraseMatcher.words(String($0)) }
                switch (ws.count, ws.first) {
                case (1, .word(let h)?):
                    groupWords.insert(PhraseMatcher.groupKey(g, h)); singles = true
                    starts[Int(g)].append(h)
                case (1, .stem(let h, let len, let opening)?):
                    groupStems.insert(PhraseMatcher.groupKey(g, PhraseMatcher.stemKey(h, Int(len))))
                    groups[Int(g)].stemMask |= 1 << UInt16(len)
                    stemStarts[Int(g)].append((h, Int(len), opening))
                    singles = true
                case (0, _): continue
                default: choices.append(ws)
                }
            }
            if singles || optional { choices.insert([.any(g)], at: 0) }
            variants = variants.flatMap { v in choices.map { v + $0 } }
        }
        return variants
    }

    private mutating func add(rule: Rule, weight: Double, pattern: String) {
        for variant in compile(pattern) where !variant.isEmpty {
            let idx = Int32(entries.count)
            let lo = Int32(parts.count)
            parts.append(contentsOf: variant)
            entries.append(Entry(rule: rule, weight: weight, parts: lo..<Int32(parts.count)))
            texts.append(pattern)
            switch variant[0] {
            case .word(let h): PhraseMatcher.append(idx, to: &byWord, lists: &lists, key: h)
            case .stem(let h, let len, let opening): indexStem(idx, h, Int(len), opening)
            case .number: numberStarts.append(idx)
            case .gap: preconditionFailure("a pattern cannot start with a gap: \(pattern)")
            case .any(let g):
                precondition(!groups[Int(g)].optional, "a pattern cannot start with an optional group: \(pattern)")
                starts[Int(g)].forEach { key in PhraseMatcher.append(idx, to: &byWord, lists: &lists, key: key) }
                stemStarts[Int(g)].forEach { indexStem(idx, $0.hash, $0.length, $0.opening) }
            }
        }
    }

    private mutating func indexStem(_ idx: Int32, _ h: UInt64, _ len: Int, _ opening: UInt64) {
        stemOpenings.insert(opening)
        PhraseMatcher.append(idx, to: &byStem, lists: &lists, key: PhraseMatcher.stemKey(h, len))
        if !stemLengths.contains(len) { stemLengths.append(len); stemLengths.sort() }
    }

    private static func append(_ idx: Int32, to table: inout HashTable, lists: inout [[Int32]], key: UInt64) {
        if let l = table[key] {
            if lists[Int(l)].last != idx { lists[Int(l)].append(idx) }
        } else {
            table[key] = Int32(lists.count)
            lists.append([idx])
        }
    }

    // MARK: matching

    @inline(__always)
    private func groupHas(_ g: Int32, _ t: Token, _ scan: TextScan) -> Bool {
        if groupWords.contains(PhraseMatcher.groupKey(g, t.hash)) { return true }
        let mask = groups[Int(g)].stemMask
        guard mask != 0 else { return false }
        var h = WordHash.seed, length = 0
        var k = t.start
        while k < t.end && length < PhraseMatcher.maxStem {
            if scan.kinds[k] != .mark {
                h = WordHash.step(h, scan.folded[k]); length += 1
                if mask & (1 << UInt16(length)) != 0,
                   groupStems.contains(PhraseMatcher.groupKey(g, PhraseMatcher.stemKey(h, length))) { return true }
            }
            k += 1
        }
        return false
    }

    @inline(__always)
    private static func stemMatches(_ h: UInt64, _ len: Int, _ t: Token, _ scan: TextScan) -> Bool {
        t.end - t.start >= len && scan.prefixHash(t, length: len) == h
    }

    /// Matches `parts[p..<end]` from token `i`; returns the index after the last token matched.
    private func match(_ p: Int, _ end: Int, _ i: Int, _ scan: TextScan) -> Int? {
        if p == end { return i }
        let count = scan.tokens.count
        switch parts[p] {
        case .gap(let n):
            for skip in 0...Int(n) where i + skip <= count {
                if let e = match(p + 1, end, i + skip, scan) { return e }
            }
            return nil
        case .any(let g):
            if i < count, groupHas(g, scan.tokens[i], scan), let e = match(p + 1, end, i + 1, scan) { return e }
            return groups[Int(g)].optional ? match(p + 1, end, i, scan) : nil
        case .word(let h):
            guard i < count, scan.tokens[i].hash == h else { return nil }
            return match(p + 1, end, i + 1, scan)
        case .stem(let h, let len, _):
            guard i < count, PhraseMatcher.stemMatches(h, Int(len), scan.tokens[i], scan) else { return nil }
            return match(p + 1, end, i + 1, scan)
        case .number:
            guard i < count, scan.tokens[i].digits > 0, scan.tokens[i].letters == 0 else { return nil }
            return match(p + 1, end, i + 1, scan)
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
        var candidates: [Int32] = []
        for i in tokens.indices {
            let t = tokens[i]
            candidates.removeAll(keepingCapacity: true)
            if let l = byWord[t.hash] { candidates.append(contentsOf: listItems[listRanges[Int(l)]]) }
            if t.letters == 0 && t.digits > 0 { candidates.append(contentsOf: numberStarts) }
            if !stemLengths.isEmpty && t.letters > 0 {
                var h = WordHash.seed, taken = 0, li = 0
                var k = t.start
                while k < t.end && li < stemLengths.count {
                    if scan.kinds[k] != .mark {
                        h = WordHash.step(h, scan.folded[k]); taken += 1
                        if taken == 2 && !stemOpenings.contains(h) { break }
                        if taken == stemLengths[li] {
                            if let l = byStem[PhraseMatcher.stemKey(h, taken)] { candidates.append(contentsOf: listItems[listRanges[Int(l)]]) }
                            li += 1
                        }
                    }
                    k += 1
                }
            }
            guard !candidates.isEmpty else { continue }
            if candidates.count > 1 { candidates.sort() }
            var previous: Int32 = -1
            for e in candidates where e != previous {
                previous = e
                attempts += 1
                let entry = entries[Int(e)]
                // The index already matched the first part against this token: continue from the second.
                if let next = match(Int(entry.parts.lowerBound) + 1, Int(entry.parts.upperBound), i + 1, scan), next > i {
                    out.append(Match(rule: entry.rule, weight: entry.weight, start: t.start, end: tokens[next - 1].end,
                                     firstToken: i, lastToken: next - 1, pattern: texts[Int(e)]))
                }
            }
        }
        return out
    }
}
