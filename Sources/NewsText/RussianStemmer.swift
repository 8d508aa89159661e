/// The Snowball Russian stemmer (https://snowballstem.org/algorithms/russian/stemmer.html), the algorithm behind
/// PostgreSQL's `russian` configuration. Expects a lower-case word with ё already folded to е.
enum RussianStemmer {
    private typealias Word = [Unicode.Scalar]

    private static func list(_ s: String) -> [Word] { s.split(separator: " ").map { Array($0.unicodeScalars) } }

    private static let gerund1 = list("в вши вшись")
    private static let gerund2 = list("ив ивши ившись ыв ывши ывшись")
    private static let adjective = list("ее ие ые ое ими ыми ей ий ый ой ем им ым ом его ого ему ому их ых ую юю ая яя ою ею")
    private static let participle1 = list("ем нн вш ющ щ")
    private static let participle2 = list("ивш ывш ующ")
    private static let reflexive = list("ся сь")
    private static let verb1 = list("ла на ете йте ли й л ем н ло но ет ют ны ть ешь нно")
    private static let verb2 = list("ила ыла ена ейте уйте ите или ыли ей уй ил ыл им ым ен ило ыло ено ят ует уют ит ыт ены ить ыть ишь ую ю")
    private static let noun = list("а ев ов ие ье е иями ями ами еи ии и ией ей ой ий й иям ям ием ем ам ом о у ах иях ях ы ь ию ью ю ия ья я")
    private static let derivational = list("ост ость")
    private static let superlative = list("ейш ейше")

    private static let vowels: Set<Unicode.Scalar> = Set("аеиоуыэюя".unicodeScalars)

    static func stem(_ input: String) -> String {
        var w = Word(input.unicodeScalars)
        // RV: after the first vowel. R2: the standard R2, used by the derivational step.
        guard let firstVowel = w.firstIndex(where: vowels.contains) else { return input }
        let rv = firstVowel + 1
        var r1 = w.count
        for i in 1..<w.count where vowels.contains(w[i - 1]) && !vowels.contains(w[i]) { r1 = i + 1; break }
        var r2 = w.count
        if r1 < w.count {
            for i in (r1 + 1)..<max(r1 + 1, w.count) where vowels.contains(w[i - 1]) && !vowels.contains(w[i]) { r2 = i + 1; break }
        }

        // Step 1
        if !removeGroup(&w, rv: rv, afterAOrYa: gerund1, plain: gerund2) {
            _ = removeLongest(&w, rv: rv, reflexive)
            if removeLongest(&w, rv: rv, adjective) {
                _ = removeGroup(&w, rv: rv, afterAOrYa: participle1, plain: participle2)
            } else if !removeGroup(&w, rv: rv, afterAOrYa: verb1, plain: verb2) {
                _ = removeLongest(&w, rv: rv, noun)
            }
        }
        // Step 2
        if w.count > rv, w.last == "и" { w.removeLast() }
        // Step 3
        if let s = longestMatch(w, from: max(rv, r2), derivational) { w.removeLast(s.count) }
        // Step 4
        if w.count >= rv + 2, w[w.count - 1] == "н", w[w.count - 2] == "н" {
            w.removeLast()
        } else if removeLongest(&w, rv: rv, superlative) {
            if w.count >= rv + 2, w[w.count - 1] == "н", w[w.count - 2] == "н" { w.removeLast() }
        } else if w.count > rv, w.last == "ь" {
            w.removeLast()
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: w)
        return String(out)
    }

    /// The longest suffix in `list` that lies wholly at or after `from`.
    private static func longestMatch(_ w: Word, from: Int, _ list: [Word]) -> Word? {
        var best: Word?
        for s in list where s.count <= w.count - from && w[(w.count - s.count)...].elementsEqual(s) {
            if s.count > (best?.count ?? 0) { best = s }
        }
        return best
    }

    private static func removeLongest(_ w: inout Word, rv: Int, _ list: [Word]) -> Bool {
        guard let s = longestMatch(w, from: rv, list) else { return false }
        w.removeLast(s.count)
        return true
    }

    /// Snowball's two groups: the longest ending of either; one of the first group counts only after а or я
    /// (itself inside RV), and then only the ending is removed.
    private static func removeGroup(_ w: inout Word, rv: Int, afterAOrYa first: [Word], plain second: [Word]) -> Bool {
        let a = longestMatch(w, from: rv, first)
        let b = longestMatch(w, from: rv, second)
        if let b, b.count >= (a?.count ?? 0) {
            w.removeLast(b.count)
            return true
        }
        guard let a else { return false }
        let before = w.count - a.count - 1
        guard before >= rv, w[before] == "а" || w[before] == "я" else { return false }
        w.removeLast(a.count)
        return true
    }
}
