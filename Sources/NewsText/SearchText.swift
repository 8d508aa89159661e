import Foundation

/// Words as search sees them: split, folded (case, diacritics, ё/е, Arabic letter variants) and stemmed by the
/// edition's language, the same way for the index and for the query, on both databases.
public enum SearchText {
    /// One word of a text: where it is and its stem.
    public struct Token: Sendable, Equatable {
        public let range: Range<String.Index>
        public let folded: String
        public let stem: String
    }

    /// The languages with a stemmer; any other language is folded but not stemmed.
    public static let stemmedLanguages: Set<String> = ["en", "ru", "ar"]

    /// The words of `text` with their stems.
    public static func tokens(_ text: String, language: String) -> [Token] {
        var out: [Token] = []
        // A text repeats its words: each distinct word is folded and stemmed once.
        var seen: [Substring: (folded: String, stem: String)] = [:]
        var start: String.Index?
        var i = text.startIndex
        func flush(_ range: Range<String.Index>) {
            let word = text[range]
            if let known = seen[word] {
                out.append(Token(range: range, folded: known.folded, stem: known.stem))
                return
            }
            let folded = fold(word)
            guard !folded.isEmpty else { return }
            let stem = stem(folded, language: language)
            seen[word] = (folded, stem)
            out.append(Token(range: range, folded: folded, stem: stem))
        }
        while i < text.endIndex {
            let c = text[i]
            if isWordCharacter(c) {
                if start == nil { start = i }
            } else if let s = start {
                flush(s..<i)
                start = nil
            }
            i = text.index(after: i)
        }
        if let s = start { flush(s..<text.endIndex) }
        return out
    }

    /// The stems of `text`, in order, for the index.
    public static func stems(_ text: String, language: String) -> [String] {
        tokens(text, language: language).map(\.stem)
    }

    /// The folded words of `text` (no stemming), for the vocabulary behind "did you mean".
    public static func words(_ text: String) -> [String] {
        tokens(text, language: "").map(\.folded)
    }

    /// The stem of a folded word. Each script gets its own stemmer (a Russian edition quotes English names and
    /// the other way round); Latin words are stemmed as English in the editions whose language has a stemmer.
    public static func stem(_ folded: String, language: String) -> String {
        guard stemmedLanguages.contains(String(language.prefix(2))), let first = folded.unicodeScalars.first else { return folded }
        switch first.value {
        case 0x430...0x44F: return RussianStemmer.stem(folded)
        case 0x600...0x6FF: return ArabicStemmer.stem(folded)
        case 0x61...0x7A: return EnglishStemmer.stem(folded)
        default: return folded
        }
    }

    static func isWordCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c.unicodeScalars.first.map { $0.properties.generalCategory == .nonspacingMark } == true
    }

    /// Lower case, ё -> е, й kept, Latin diacritics removed, Arabic short vowels and letter variants unified.
    public static func fold<S: StringProtocol>(_ word: S) -> String {
        var out = String.UnicodeScalarView()
        for scalar in word.lowercased().unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x61...0x7A, 0x30...0x39, 0x430...0x44F:
                out.append(scalar)
            case 0x451: out.append("е")  // ё
            case 0x64B...0x652, 0x670, 0x640: continue  // Arabic short vowels, dagger alef, tatweel
            case 0x622, 0x623, 0x625, 0x671: out.append("\u{627}")  // alef variants -> alef
            case 0x649: out.append("\u{64A}")  // alef maqsura -> ya
            case 0x629: out.append("\u{647}")  // ta marbuta -> ha
            case 0x300...0x36F: continue  // combining diacritics
            case 0x41...0x5A: out.append(Unicode.Scalar(v + 0x20)!)
            default:
                if v < 0x80 { out.append(scalar); continue }
                let folded = String(scalar).folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
                out.append(contentsOf: folded.unicodeScalars.filter { !($0.value >= 0x300 && $0.value <= 0x36F) })
            }
        }
        return String(out)
    }
}

/// A light Arabic stemmer (after Larkey's "light10"): common prefixes (the article and conjunctions with it) and
/// suffixes (dual, plural, possessive) are removed while at least a three-letter root remains. Works on folded
/// words (alef variants unified, ta marbuta as ha).
enum ArabicStemmer {
    private static let prefixes = ["وال", "بال", "كال", "فال", "لل", "ال"].map { Array($0.unicodeScalars) }
    private static let suffixes = ["ها", "ان", "ات", "ون", "ين", "يه", "يه", "ه", "ي"].map { Array($0.unicodeScalars) }

    static func stem(_ word: String) -> String {
        var w = Array(word.unicodeScalars)
        if w.count > 3, w.first == "و" { w.removeFirst() }
        for p in prefixes where w.count - p.count >= 2 && w.starts(with: p) {
            w.removeFirst(p.count)
            break
        }
        var changed = true
        while changed {
            changed = false
            for s in suffixes where w.count - s.count >= 2 && w.suffix(s.count).elementsEqual(s) {
                w.removeLast(s.count)
                changed = true
                break
            }
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: w)
        return String(out)
    }
}
