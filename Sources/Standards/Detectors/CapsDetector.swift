import Foundation

/// caps: a comment written fully or mostly in capital letters.
///
/// Counts cased letters only (caseless scripts such as CJK or Arabic never count), skips links, e-mail addresses,
/// @mentions and short acronyms (NATO, USA, COVID), and needs enough letters to judge, so "OMG" or "LOL YES" pass.
enum CapsDetector {
    static let minimumCasedLetters = 16
    static let minimumUpperWords = 3
    static let ratio = 0.72

    static func detect(_ scan: TextScan, excluded: [Range<Int>], messages: Messages.Catalog) -> Finding? {
        var upper = 0, cased = 0, upperWords = 0, casedWords = 0
        var first = -1, last = -1
        var ex = 0
        for t in scan.tokens where t.letters > 0 && !t.script.isCaseless {
            while ex < excluded.count && excluded[ex].upperBound <= t.start { ex += 1 }
            if ex < excluded.count && excluded[ex].contains(t.start) { continue }
            if t.start > 0, scan.scalars[t.start - 1] == "@" || scan.scalars[t.start - 1] == "#" { continue }
            let lower = t.letters - t.upper
            casedWords += 1
            if t.upper == t.letters && t.letters >= 2 {
                // Acronyms (NATO, USA) count like any word: inside lower-case text the ratio stays low.
                upper += t.upper; cased += t.letters; upperWords += 1
                if first < 0 { first = t.start }
                last = t.end
            } else {
                upper += t.upper
                cased += t.upper + lower
            }
        }
        guard cased >= minimumCasedLetters, upperWords >= minimumUpperWords, casedWords >= 3 else { return nil }
        let r = Double(upper) / Double(cased)
        guard r >= ratio else { return nil }
        // Mostly-acronym texts ("NATO, EU and USA") are rare; still require most words in capitals.
        guard Double(upperWords) / Double(casedWords) >= 0.6 else { return nil }
        return Finding(rule: .caps, start: max(0, first), end: max(first, last), confidence: min(0.99, 0.6 + r * 0.4),
                       message: messages.text(for: .caps))
    }
}

/// no_sentences: a long comment that is not broken into sentences.
///
/// A sentence ends at . ! ? … ; (and their CJK/Arabic forms), a line break, or a run of emoji after a word. Links
/// and numbers do not end sentences. Short comments never count; CJK text is measured in characters.
enum NoSentencesDetector {
    static let maximumRunWords = 70
    static let unpunctuatedMinimumWords = 30
    static let maximumCJKRun = 140

    @inline(__always)
    static func isTerminator(_ v: UInt32) -> Bool {
        switch v {
        case 0x2E, 0x21, 0x3F, 0x3B, 0x2026, 0x3002, 0xFF01, 0xFF1F, 0xFF0E, 0x061F, 0x06D4, 0x0964, 0xFF1B: true
        default: false
        }
    }

    static func detect(_ scan: TextScan, excluded: [Range<Int>], messages: Messages.Catalog) -> Finding? {
        if let f = noWords(scan, excluded: excluded, messages: messages) { return f }
        var run = 0, maxRun = 0, runStart = 0, bestStart = 0, bestEnd = 0
        var cjkRun = 0, maxCJK = 0
        var words = 0, anyPunct = false
        var ex = 0
        var i = 0
        let n = scan.count
        var ti = 0
        let tokens = scan.tokens
        while i < n {
            while ex < excluded.count && excluded[ex].upperBound <= i { ex += 1 }
            if ex < excluded.count && excluded[ex].contains(i) { i = excluded[ex].upperBound; continue }
            let k = scan.kinds[i]
            if ti < tokens.count && tokens[ti].start == i {
                let t = tokens[ti]
                ti += 1
                if t.script == .han || t.script == .kana { cjkRun += 1; maxCJK = max(maxCJK, cjkRun) }
                else if t.letters > 0 {
                    if run == 0 { runStart = t.start }
                    run += 1; words += 1
                    if run > maxRun { maxRun = run; bestStart = runStart; bestEnd = t.end }
                }
                i = t.end
                continue
            }
            let v = scan.scalars[i].value
            if k == .newline || k == .emoji || (isTerminator(v) && !(i + 1 < n && scan.kinds[i + 1] == .digit && i > 0 && scan.kinds[i - 1] == .digit)) {
                if k != .emoji || run >= 3 { run = 0; cjkRun = 0 }
                if k != .emoji { anyPunct = true }
            } else if k == .punct && v != 0x27 && v != 0x22 { anyPunct = true }
            while ti < tokens.count && tokens[ti].start < i { ti += 1 }
            i += 1
        }
        let flagged = maxRun >= maximumRunWords || (!anyPunct && words >= unpunctuatedMinimumWords) || maxCJK >= maximumCJKRun
        guard flagged else { return nil }
        let confidence = maxRun >= maximumRunWords ? min(0.95, 0.7 + Double(maxRun - maximumRunWords) / 200) : 0.8
        let (s, e) = maxCJK >= maximumCJKRun ? (0, n) : (bestStart, bestEnd)
        return Finding(rule: .noSentences, start: s, end: e, confidence: confidence, message: messages.text(for: .noSentences))
    }

    /// Symbols that make up one emoji rather than count as one: joiners, variation selectors, skin tones.
    @inline(__always)
    private static func isEmojiPart(_ v: UInt32) -> Bool {
        v == 0x200D || (0xFE00...0xFE0F).contains(v) || (0x1F3FB...0x1F3FF).contains(v) || (0xE0020...0xE007F).contains(v)
    }

    /// A comment with no words at all: three or more emoji or punctuation marks ("😂😂😂", "?????", "..."), or one to
    /// three words that are all keyboard mashing ("asdfghjkl", "jjjjjjjj", "ааааааа"). Links and e-mail addresses are
    /// not words and not marks (a bare link is commercial_links, not this); one emoji, "ok", "lol", "hmmm" or
    /// "Nooooo" are not judged.
    static func noWords(_ scan: TextScan, excluded: [Range<Int>], messages: Messages.Catalog) -> Finding? {
        let n = scan.count
        guard n > 0, n <= 400 else { return nil }
        var ex = 0, symbols = 0, words = 0, junk = 0
        var ti = 0
        let tokens = scan.tokens
        var i = 0
        while i < n {
            while ex < excluded.count && excluded[ex].upperBound <= i { ex += 1 }
            if ex < excluded.count && excluded[ex].contains(i) { i = excluded[ex].upperBound; continue }
            while ti < tokens.count && tokens[ti].end <= i { ti += 1 }
            if ti < tokens.count && tokens[ti].start == i {
                let t = tokens[ti]
                if t.letters > 0 || t.digits > 0 {
                    words += 1
                    if words > 3 { return nil }
                    if t.digits == 0 && isMash(scan, t) { junk += 1 } else { return nil }
                }
                i = t.end
                continue
            }
            switch scan.kinds[i] {
            case .emoji, .punct, .other:
                // A text emoticon (":-)", "^_^") is one symbol, like the emoji it stands for.
                if let length = emoticon(at: i, scan) { symbols += 1; i += length; continue }
                if !isEmojiPart(scan.scalars[i].value) { symbols += 1 }
            default: break
            }
            i += 1
        }
        let flagged = words > 0 ? junk == words : symbols >= 3
        guard flagged else { return nil }
        return Finding(rule: .noSentences, start: 0, end: n, confidence: 0.8, message: messages.text(for: .noSentences))
    }

    private static let emoticons: [[UInt32]] = [":-)", ":-(", ";-)", ":-/", ":-|", ":-*", ":')", ":'(", "^_^", "-_-",
                                                "^^", ":)", ":(", ";)", ":/", ":|", ":*", "=)", "=("]
        .map { $0.unicodeScalars.map(\.value) }

    /// The length of the text emoticon starting at `i`, if one does (longest first).
    private static func emoticon(at i: Int, _ scan: TextScan) -> Int? {
        for e in emoticons where i + e.count <= scan.count {
            var k = 0
            while k < e.count && scan.scalars[i + k].value == e[k] { k += 1 }
            if k == e.count { return k }
        }
        return nil
    }

    private static let keyboardRows: [[UInt32]] = ["qwertyuiop", "asdfghjkl", "zxcvbnm", "йцукенгшщзхъ", "фывапролджэ",
                                                   "ячсмитьбю"].map { $0.unicodeScalars.map(\.value) }
    private static let rowPosition: [UInt32: (row: Int, column: Int)] = {
        var m: [UInt32: (row: Int, column: Int)] = [:]
        for (r, row) in keyboardRows.enumerated() { for (c, v) in row.enumerated() { m[v] = (r, c) } }
        return m
    }()

    /// Keyboard mashing: one letter six or more times ("jjjjjj", "аааааа"), five or more neighbouring keys of one
    /// keyboard row in order ("asdfg", "фывап"), or six or more Latin/Cyrillic letters with no vowel and at least
    /// four different letters ("sdkjfhsdkjf" has vowels; "xkcdfgh" does not).
    static func isMash(_ scan: TextScan, _ t: Token) -> Bool {
        guard t.letters >= 5, t.letters == t.length, t.script == .latin || t.script == .cyrillic else { return false }
        let f = scan.folded[t.start..<t.end]
        if t.letters >= 6 && f.allSatisfy({ $0 == f.first }) { return true }
        var run = 1, best = 1
        var previous: (row: Int, column: Int)? = nil
        var vowels = 0
        var distinct: Set<UInt32> = []
        for v in f {
            distinct.insert(v)
            if FloodDetector.vowels.contains(v) { vowels += 1 }
            let p = rowPosition[v]
            if let p, let q = previous, p.row == q.row, abs(p.column - q.column) == 1 { run += 1 } else { run = 1 }
            best = max(best, run)
            previous = p
        }
        if best >= 5 { return true }
        return t.letters >= 6 && vowels == 0 && distinct.count >= 4
    }
}
