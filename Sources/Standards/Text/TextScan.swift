import Foundation

/// The writing system of a letter, as far as the detectors care.
enum Script: UInt8 {
    case none, latin, cyrillic, greek, arabic, hebrew, han, kana, hangul, other

    /// Scripts without letter case: caps never applies to them.
    var isCaseless: Bool {
        switch self {
        case .arabic, .hebrew, .han, .kana, .hangul, .other, .none: true
        case .latin, .cyrillic, .greek: false
        }
    }
}

/// One word of a comment: a run of letters, digits and combining marks (apostrophes inside a word are kept).
struct Token: Sendable {
    var start: Int          // scalar offset in the original text
    var end: Int            // exclusive
    var hash: UInt64        // FNV-1a of the folded (lower-cased) scalars
    var letters: Int
    var digits: Int
    var upper: Int
    var script: Script

    var length: Int { end - start }
    var isWord: Bool { letters > 0 }
}

/// Character-level facts about one scalar, computed without allocating.
enum CharKind: UInt8 { case letter, digit, mark, space, newline, punct, emoji, other }

enum Chars {
    @inline(__always)
    static func kind(_ s: Unicode.Scalar) -> CharKind {
        let v = s.value
        if v < 0x80 {
            if (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) { return .letter }
            if v >= 0x30 && v <= 0x39 { return .digit }
            if v == 0x0A || v == 0x0D { return .newline }
            if v == 0x20 || v == 0x09 || v == 0x0B || v == 0x0C { return .space }
            return .punct
        }
        if v >= 0x400 && v <= 0x4FF { return v >= 0x483 && v <= 0x489 ? .mark : .letter }
        if v == 0x2028 || v == 0x2029 || v == 0x85 { return .newline }
        let p = s.properties
        if p.isWhitespace { return .space }
        switch p.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return .letter
        case .decimalNumber, .letterNumber, .otherNumber: return .digit
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol:
            return .punct
        case .otherSymbol: return p.isEmoji ? .emoji : .other
        case .format: return (v == 0x200D || v == 0xFE0F) ? .emoji : .other
        default: return .other
        }
    }

    @inline(__always)
    static func script(_ v: UInt32) -> Script {
        if v < 0x250 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || v >= 0xC0 ? .latin : .none }
        if v >= 0x400 && v <= 0x52F { return .cyrillic }
        if v >= 0x370 && v <= 0x3FF { return .greek }
        if (v >= 0x600 && v <= 0x6FF) || (v >= 0x750 && v <= 0x77F) || (v >= 0xFB50 && v <= 0xFEFF) { return .arabic }
        if v >= 0x590 && v <= 0x5FF { return .hebrew }
        if (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x20000 && v <= 0x2FFFF) { return .han }
        if v >= 0x3040 && v <= 0x30FF { return .kana }
        if (v >= 0xAC00 && v <= 0xD7AF) || (v >= 0x1100 && v <= 0x11FF) { return .hangul }
        if v >= 0x1E00 && v <= 0x1EFF { return .latin }
        return .other
    }

    /// Lower-case one scalar; fast for ASCII, Latin-1 and Cyrillic, Unicode tables otherwise. `ё` folds to `е`.
    @inline(__always)
    static func fold(_ s: Unicode.Scalar) -> UInt32 {
        let v = s.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) ? v + 32 : v }
        if v >= 0x410 && v <= 0x42F { return v + 32 }
        if v >= 0x430 && v <= 0x44F { return v }
        if v == 0x451 || v == 0x401 { return 0x435 }
        if v == 0x2019 || v == 0x2BC { return 0x27 }
        if v >= 0x400 && v <= 0x40F { return v + 80 }
        if v >= 0xC0 && v <= 0xDE && v != 0xD7 { return v + 32 }
        if v < 0xC0 { return v }
        let p = s.properties
        if p.isUppercase || p.generalCategory == .titlecaseLetter {
            let lower = p.lowercaseMapping.unicodeScalars
            if lower.count == 1, let first = lower.first { return first.value }
        }
        return v
    }

    @inline(__always)
    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        if v >= 0x400 && v <= 0x42F { return true }
        if v >= 0x430 && v <= 0x4FF { return v >= 0x460 && v & 1 == 0 }
        return s.properties.isUppercase
    }

    @inline(__always)
    static func isLower(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        if v >= 0x430 && v <= 0x45F { return true }
        if v >= 0x400 && v <= 0x42F { return false }
        return s.properties.isLowercase
    }
}

/// FNV-1a over folded scalars: how lexicon words and tokens are compared without building strings.
enum WordHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func step(_ h: UInt64, _ v: UInt32) -> UInt64 { (h ^ UInt64(v)) &* 0x0000_0100_0000_01B3 }

    static func of<S: Sequence>(_ values: S) -> UInt64 where S.Element == UInt32 {
        var h = seed
        for v in values { h = step(h, v) }
        return h
    }

    static func of(_ word: String) -> UInt64 { of(word.unicodeScalars.map(Chars.fold)) }
}

/// A comment scanned once: scalars, folded scalars and word tokens. Every detector reads this.
struct TextScan {
    let scalars: [Unicode.Scalar]
    let folded: [UInt32]
    let kinds: [CharKind]
    let tokens: [Token]

    /// Decodes into the buffers; returns the number of scalars, or -1 when the string has no contiguous UTF-8.
    private static func decode(_ text: String, _ sBuf: UnsafeMutableBufferPointer<Unicode.Scalar>,
                               _ fBuf: UnsafeMutableBufferPointer<UInt32>,
                               _ kBuf: UnsafeMutableBufferPointer<CharKind>) -> Int {
        let asciiKinds = TextScan.asciiKinds, asciiFolded = TextScan.asciiFolded   // hoisted: one lazy-init check
        return text.utf8.withContiguousStorageIfAvailable { bytes -> Int in
            var i = 0, out = 0
            let n = bytes.count
            while i < n {
                let b0 = bytes[i]
                if b0 < 0x80 {
                    sBuf[out] = Unicode.Scalar(b0)
                    kBuf[out] = asciiKinds[Int(b0)]
                    fBuf[out] = asciiFolded[Int(b0)]
                    out += 1; i += 1
                    continue
                }
                var v: UInt32
                var len: Int
                if b0 >= 0xF0 { v = UInt32(b0 & 0x07); len = 4 } else if b0 >= 0xE0 { v = UInt32(b0 & 0x0F); len = 3 } else { v = UInt32(b0 & 0x1F); len = 2 }
                if i + len > n { len = n - i }
                for k in 1..<max(1, len) { v = (v << 6) | UInt32(bytes[i + k] & 0x3F) }
                let s = Unicode.Scalar(v) ?? "\u{FFFD}"
                sBuf[out] = s
                kBuf[out] = Chars.kind(s)
                fBuf[out] = Chars.fold(s)
                out += 1; i += max(1, len)
            }
            return out
        } ?? -1
    }

    /// Kind and folded value of each ASCII byte, so plain-ASCII comments (most English ones) skip the Unicode tables.
    private static let asciiKinds: [CharKind] = (0..<128).map { Chars.kind(Unicode.Scalar(UInt8($0))) }
    private static let asciiFolded: [UInt32] = (0..<128).map { Chars.fold(Unicode.Scalar(UInt8($0))) }

    init(_ text: String) {
        // One pass over the scalars, written straight into the three arrays (UTF-8 length bounds their number).
        // Native strings are contiguous, valid UTF-8: decoding the bytes directly is much faster than iterating
        // `unicodeScalars`, and ASCII goes through a table.
        let bound = text.utf8.count
        var count = 0
        var folded: [UInt32] = [], kinds: [CharKind] = []
        var scalars = [Unicode.Scalar](unsafeUninitializedCapacity: bound) { sBuf, sCount in
            folded = [UInt32](unsafeUninitializedCapacity: bound) { fBuf, fCount in
                kinds = [CharKind](unsafeUninitializedCapacity: bound) { kBuf, kCount in
                    count = TextScan.decode(text, sBuf, fBuf, kBuf)
                    kCount = max(count, 0)
                }
                fCount = max(count, 0)
            }
            sCount = max(count, 0)
        }
        if count < 0 {
            scalars = Array(text.unicodeScalars)
            folded = scalars.map(Chars.fold)
            kinds = scalars.map(Chars.kind)
        }
        self.scalars = scalars
        self.folded = folded
        self.kinds = kinds
        self.tokens = TextScan.tokenize(scalars, folded, kinds)
    }

    private static func isApostrophe(_ v: UInt32) -> Bool { v == 0x27 || v == 0x2019 || v == 0x02BC }

    private static func tokenize(_ scalars: [Unicode.Scalar], _ folded: [UInt32], _ kinds: [CharKind]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5 + 1)
        var i = 0
        let n = scalars.count
        while i < n {
            let k = kinds[i]
            guard k == .letter || k == .digit else { i += 1; continue }
            var t = Token(start: i, end: i, hash: WordHash.seed, letters: 0, digits: 0, upper: 0, script: .none)
            var j = i
            while j < n {
                let kj = kinds[j]
                if kj == .letter || kj == .digit || (kj == .mark && j > i) {
                    // Scripts without spaces between words: every Han/kana scalar is its own token.
                    let sc = Chars.script(scalars[j].value)
                    if kj == .letter, sc == .han || sc == .kana, j > i { break }
                    if kj == .letter {
                        t.letters += 1
                        if t.script == .none || t.script == .other { t.script = sc }
                        if Chars.isUpper(scalars[j]) { t.upper += 1 }
                    } else if kj == .digit { t.digits += 1 }
                    if kj != .mark { t.hash = WordHash.step(t.hash, folded[j]) }
                    j += 1
                    if kj == .letter, sc == .han || sc == .kana { break }
                } else if isApostrophe(scalars[j].value), j > i, j + 1 < n, kinds[j + 1] == .letter,
                          kinds[j - 1] == .letter {
                    t.hash = WordHash.step(t.hash, folded[j])
                    j += 1
                } else { break }
            }
            t.end = j
            tokens.append(t)
            i = j
        }
        return tokens
    }

    var count: Int { scalars.count }

    func string(_ range: Range<Int>) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[max(0, range.lowerBound)..<min(scalars.count, range.upperBound)])
        return String(v)
    }

    func foldedString(_ range: Range<Int>) -> String {
        var v = String.UnicodeScalarView()
        for i in max(0, range.lowerBound)..<min(folded.count, range.upperBound) {
            if let s = Unicode.Scalar(folded[i]) { v.append(s) }
        }
        return String(v)
    }

    /// Hash of the first `length` folded scalars of a token (for stem matching).
    func prefixHash(_ t: Token, length: Int) -> UInt64 {
        var h = WordHash.seed
        var i = t.start, taken = 0
        while i < t.end && taken < length {
            if kinds[i] != .mark { h = WordHash.step(h, folded[i]); taken += 1 }
            i += 1
        }
        return h
    }
}
