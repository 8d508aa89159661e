import Foundation

/// URL slugs from headlines: lowercase ASCII letters, digits and single hyphens.
public enum Slug {
    /// Builds a slug of at most `maxLength` characters, cut at a word boundary, never empty ("article").
    ///
    /// Diacritics are folded (é -> e), German umlauts and ß are spelled out (ä -> ae, ß -> ss), Cyrillic is
    /// transliterated: Ukrainian rules when the title has a letter only Ukrainian uses (і ї є ґ), Russian otherwise.
    /// Arabic letters are spelled in Latin letters, consonants and long vowels as written ("الإعصار ماريسول" -> "alisar-maryswl").
    /// Apostrophes vanish inside words ("don't" -> "dont"); every other non-alphanumeric run becomes one hyphen.
    public static func make(_ title: String, maxLength: Int = 80) -> String {
        let limit = max(1, maxLength)
        let ascii = transliterate(title)
        var slug = ""
        var pendingHyphen = false
        for scalar in ascii.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingHyphen, !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.unicodeScalars.append(scalar)
            } else if !apostrophes.contains(scalar) {
                pendingHyphen = true
            }
        }
        if slug.count > limit {
            let cut = slug.prefix(limit + 1)
            if let boundary = cut.lastIndex(of: "-") {
                slug = String(cut[..<boundary])
            } else {
                slug = String(slug.prefix(limit))
            }
            while slug.hasSuffix("-") { slug.removeLast() }
        }
        return slug.isEmpty ? String("article".prefix(limit)) : slug
    }

    private static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{02BC}", "`", "\u{00B4}"]

    /// Letters that folding alone would lose or get wrong, for every language.
    private static let common: [Character: String] = [
        "ß": "ss", "ẞ": "ss", "ä": "ae", "ö": "oe", "ü": "ue", "æ": "ae", "œ": "oe", "ø": "o", "å": "a",
        "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ħ": "h", "ŋ": "ng",
    ]

    private static let russian: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
        "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
        "э": "e", "ю": "yu", "я": "ya",
    ]

    /// The official Ukrainian national transliteration (2010), with its word-initial forms.
    private static let ukrainian: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
        "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
        "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
        "щ": "shch", "ь": "", "ю": "iu", "я": "ia",
    ]
    private static let ukrainianInitial: [Character: String] = ["є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"]
    private static let ukrainianOnly: Set<Character> = ["і", "ї", "є", "ґ"]

    /// Arabic letters in a simple Latin spelling (consonants and long vowels, as written; short-vowel marks and the
    /// tatweel vanish), and Arabic-Indic digits as digits, so Arabic headlines and tags get readable, distinct slugs.
    private static let arabic: [Character: String] = [
        "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh",
        "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "",
        "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w", "ي": "y", "ى": "a",
        "ة": "a", "ء": "", "ؤ": "", "ئ": "", "ـ": "", "پ": "p", "چ": "ch", "ژ": "zh", "گ": "g", "ک": "k", "ی": "y",
        "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
    ]
    private static let arabicMarks: ClosedRange<UInt32> = 0x064B...0x0652

    private static func transliterate(_ title: String) -> String {
        let lower = title.lowercased()
        let isUkrainian = lower.contains { ukrainianOnly.contains($0) }
        let cyrillic = isUkrainian ? ukrainian : russian
        var out = ""
        var previous: Character = " "
        for ch in lower {
            if isUkrainian, !previous.isLetter, let initial = ukrainianInitial[ch] {
                out += initial
            } else if isUkrainian, ch == "г", previous == "з" {
                out += "gh"
            } else if let mapped = cyrillic[ch] ?? arabic[ch] ?? common[ch] {
                out += mapped
            } else if ch.unicodeScalars.allSatisfy({ arabicMarks.contains($0.value) || $0.value == 0x0670 }) {
                // Short-vowel marks are not written in slugs.
            } else if let base = ch.unicodeScalars.first.map(Character.init), ch.unicodeScalars.count > 1, let mapped = arabic[base] {
                // A letter carrying a mark (شَ) is its letter.
                out += mapped
            } else {
                out.append(ch)
            }
            previous = ch
        }
        return out.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
    }
}
