/// The Snowball English stemmer ("Porter2", https://snowballstem.org/algorithms/english/stemmer.html, as of
/// Snowball 3: the extra R1 prefixes and the step 1b exceptions), the algorithm behind PostgreSQL's `english`
/// configuration, so both databases agree on what a word's stem is.
/// Works on lower-case ASCII words; anything else is returned as it is.
enum EnglishStemmer {
    private static let exceptions: [String: String] = [
        "skis": "ski", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie", "idly": "idl",
        "gently": "gentl", "ugly": "ugli", "early": "earli", "only": "onli", "singly": "singl",
        "sky": "sky", "news": "news", "howe": "howe", "atlas": "atlas", "cosmos": "cosmos", "bias": "bias",
        "andes": "andes",
    ]

    static func stem(_ input: String) -> String {
        guard input.count > 2, input.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A || $0 == 0x27 }) else { return input }
        if let special = exceptions[input] { return special }
        var w = Array(input.utf8)
        if w.first == 0x27 { w.removeFirst() }
        // y at the start or after a vowel is a consonant: mark it Y.
        for i in w.indices where w[i] == y && (i == 0 || isVowel(w[i - 1])) { w[i] = Y }
        let (r1, r2) = regions(w)

        step0(&w)
        step1a(&w)
        step1b(&w, r1: r1)
        step1c(&w)
        step2(&w, r1: r1)
        step3(&w, r1: r1, r2: r2)
        step4(&w, r2: r2)
        step5(&w, r1: r1, r2: r2)
        for i in w.indices where w[i] == Y { w[i] = y }
        return String(decoding: w, as: UTF8.self)
    }

    private static let y = UInt8(ascii: "y"), Y = UInt8(ascii: "Y")

    private static func isVowel(_ c: UInt8) -> Bool {
        c == 0x61 || c == 0x65 || c == 0x69 || c == 0x6F || c == 0x75 || c == 0x79
    }

    private static func regions(_ w: [UInt8]) -> (Int, Int) {
        func after(_ start: Int) -> Int {
            var i = start
            while i < w.count && !isVowel(w[i]) { i += 1 }
            while i < w.count && isVowel(w[i]) { i += 1 }
            return min(i + 1, w.count)
        }
        var r1 = after(0)
        for prefix in ["arsen", "commun", "emerg", "gener", "inter", "later", "organ", "past", "univers"]
        where w.starts(with: prefix.utf8) { r1 = prefix.utf8.count }
        return (r1, after(r1))
    }

    private static func ends(_ w: [UInt8], _ s: String) -> Bool {
        let n = s.utf8.count
        return w.count >= n && w[(w.count - n)...].elementsEqual(s.utf8)
    }

    /// The longest of `suffixes` the word ends with.
    private static func longest(_ w: [UInt8], _ suffixes: [String]) -> String? {
        suffixes.filter { ends(w, $0) }.max { $0.utf8.count < $1.utf8.count }
    }

    private static func replace(_ w: inout [UInt8], _ suffix: String, with new: String) {
        w.removeLast(suffix.utf8.count)
        w.append(contentsOf: new.utf8)
    }

    private static func hasVowel(_ w: ArraySlice<UInt8>) -> Bool { w.contains(where: isVowel) }

    /// A short syllable ends at `i` (inclusive): non-vowel, vowel, non-vowel other than w, x, Y; or vowel,
    /// non-vowel at the start of the word.
    private static func shortSyllableEnds(_ w: [UInt8], at i: Int) -> Bool {
        if i == 1 { return isVowel(w[0]) && !isVowel(w[1]) }
        guard i >= 2 else { return false }
        let c = w[i]
        return !isVowel(w[i - 2]) && isVowel(w[i - 1]) && !isVowel(c) && c != 0x77 && c != 0x78 && c != Y
    }

    private static func isShort(_ w: [UInt8], r1: Int) -> Bool {
        r1 >= w.count && (shortSyllableEnds(w, at: w.count - 1) || ends(w, "past"))
    }

    private static func step0(_ w: inout [UInt8]) {
        if let s = longest(w, ["'s'", "'s", "'"]) { w.removeLast(s.utf8.count) }
    }

    private static func step1a(_ w: inout [UInt8]) {
        guard let s = longest(w, ["sses", "ied", "ies", "us", "ss", "s"]) else { return }
        switch s {
        case "sses": replace(&w, s, with: "ss")
        case "ied", "ies": replace(&w, s, with: w.count > 4 ? "i" : "ie")
        case "s":
            if w.count >= 3 && hasVowel(w[..<(w.count - 2)]) { w.removeLast() }
        default: break
        }
    }

    private static func step1b(_ w: inout [UInt8], r1: Int) {
        guard let s = longest(w, ["eed", "eedly", "ed", "edly", "ing", "ingly"]) else { return }
        let stemEnd = w.count - s.utf8.count
        let stem = String(decoding: w[..<stemEnd], as: UTF8.self)
        if s == "eed" || s == "eedly" {
            // "succeed", "proceed", "exceed" stay as they are.
            if stemEnd >= r1 && !["succ", "proc", "exc"].contains(stem) {
                w.removeLast(s.utf8.count)
                w.append(contentsOf: "ee".utf8)
            }
            return
        }
        if s == "ing" {
            if ["even", "cann", "inn", "earr", "herr", "out"].contains(stem) { return }
            // "dying", "lying", "tying": consonant, y, ing -> ie.
            if stemEnd == 2, w[1] == y || w[1] == Y, !isVowel(w[0]) {
                w.removeLast(4)
                w.append(contentsOf: "ie".utf8)
                return
            }
        }
        guard hasVowel(w[..<stemEnd]) else { return }
        w.removeLast(s.utf8.count)
        if ends(w, "at") || ends(w, "bl") || ends(w, "iz") {
            w.append(UInt8(ascii: "e"))
        } else if let last = w.last, w.count >= 2, w[w.count - 2] == last, "bdfgmnprt".utf8.contains(last) {
            // "add", "egg", "off": a, e or o and a double are the whole word, and stay.
            if !(w.count == 3 && "aeo".utf8.contains(w[0])) { w.removeLast() }
        } else if isShort(w, r1: r1) {
            w.append(UInt8(ascii: "e"))
        }
    }

    private static func step1c(_ w: inout [UInt8]) {
        guard let last = w.last, last == y || last == Y, w.count > 2, !isVowel(w[w.count - 2]) else { return }
        w[w.count - 1] = UInt8(ascii: "i")
    }

    private static let step2Rules: [(String, String)] = [
        ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("entli", "ent"), ("izer", "ize"),
        ("ization", "ize"), ("ational", "ate"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("aliti", "al"),
        ("alli", "al"), ("fulness", "ful"), ("ousli", "ous"), ("ousness", "ous"), ("iveness", "ive"), ("iviti", "ive"),
        ("biliti", "ble"), ("bli", "ble"), ("ogi", "og"), ("ogist", "og"), ("fulli", "ful"), ("lessli", "less"), ("li", ""),
    ]

    private static func step2(_ w: inout [UInt8], r1: Int) {
        guard let s = longest(w, step2Rules.map(\.0)) else { return }
        let start = w.count - s.utf8.count
        guard start >= r1 else { return }
        if s == "ogi" { guard start > 0, w[start - 1] == UInt8(ascii: "l") else { return } }
        if s == "li" { guard start > 0, "cdeghkmnrt".utf8.contains(w[start - 1]) else { return } }
        replace(&w, s, with: step2Rules.first { $0.0 == s }!.1)
    }

    private static let step3Rules: [(String, String)] = [
        ("tional", "tion"), ("ational", "ate"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"), ("ical", "ic"),
        ("ful", ""), ("ness", ""), ("ative", ""),
    ]

    private static func step3(_ w: inout [UInt8], r1: Int, r2: Int) {
        guard let s = longest(w, step3Rules.map(\.0)) else { return }
        let start = w.count - s.utf8.count
        guard start >= r1, s != "ative" || start >= r2 else { return }
        replace(&w, s, with: step3Rules.first { $0.0 == s }!.1)
    }

    private static let step4Suffixes = [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate", "iti", "ous",
        "ive", "ize", "ion",
    ]

    private static func step4(_ w: inout [UInt8], r2: Int) {
        guard let s = longest(w, step4Suffixes) else { return }
        let start = w.count - s.utf8.count
        guard start >= r2 else { return }
        if s == "ion" { guard start > 0, w[start - 1] == UInt8(ascii: "s") || w[start - 1] == UInt8(ascii: "t") else { return } }
        w.removeLast(s.utf8.count)
    }

    private static func step5(_ w: inout [UInt8], r1: Int, r2: Int) {
        guard let last = w.last else { return }
        let i = w.count - 1
        if last == UInt8(ascii: "e") {
            let before = Array(w[..<i])
            if i >= r2 || (i >= r1 && !(shortSyllableEnds(before, at: i - 1) || ends(before, "past"))) { w.removeLast() }
        } else if last == UInt8(ascii: "l"), i >= r2, i > 0, w[i - 1] == UInt8(ascii: "l") {
            w.removeLast()
        }
    }
}
