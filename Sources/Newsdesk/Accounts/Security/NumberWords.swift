/// Numbers 0–99 in English and Russian words, both ways, for the captcha's fallback question.
enum NumberWords {
    private static let englishUnits = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ]
    private static let englishTens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    private static let russianUnits = [
        "ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять",
        "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать",
        "семнадцать", "восемнадцать", "девятнадцать",
    ]
    private static let russianTens = [
        "", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто",
    ]

    static func english(_ number: Int) -> String {
        spelled(number, units: englishUnits, tens: englishTens, joiner: "-")
    }

    static func russian(_ number: Int) -> String {
        spelled(number, units: russianUnits, tens: russianTens, joiner: " ")
    }

    /// Arabic numbers up to 30, as the captcha's Arabic question writes them (its answers stay within 1–24).
    private static let arabicWords = [
        "صفر", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة", "أحد عشر", "اثنا عشر",
        "ثلاثة عشر", "أربعة عشر", "خمسة عشر", "ستة عشر", "سبعة عشر", "ثمانية عشر", "تسعة عشر", "عشرون", "واحد وعشرون",
        "اثنان وعشرون", "ثلاثة وعشرون", "أربعة وعشرون", "خمسة وعشرون", "ستة وعشرون", "سبعة وعشرون", "ثمانية وعشرون",
        "تسعة وعشرون", "ثلاثون",
    ]

    static func arabic(_ number: Int) -> String {
        arabicWords.indices.contains(number) ? arabicWords[number] : String(number)
    }

    /// Reads digits or words in either language, ignoring case, spaces and hyphens
    /// ("Eleven", "twenty one", "Двадцать  один", "12").
    static func number(from answer: String) -> Int? {
        // Arabic-Indic digits (١٢) count as the digits they are.
        let compact = String.UnicodeScalarView(answer.unicodeScalars.filter { !$0.properties.isWhitespace }.map { scalar in
            (0x0660...0x0669).contains(scalar.value) ? Unicode.Scalar(scalar.value - 0x0660 + 0x30)! : scalar
        })
        guard !compact.isEmpty else { return nil }
        if compact.count <= 3, compact.allSatisfy({ ("0"..."9").contains($0) }) { return Int(String(compact)) }
        return byWords[normalized(answer)]
    }

    private static func spelled(_ number: Int, units: [String], tens: [String], joiner: String) -> String {
        precondition((0...99).contains(number), "NumberWords covers 0–99")
        if number < 20 { return units[number] }
        let unit = number % 10
        return unit == 0 ? tens[number / 10] : tens[number / 10] + joiner + units[unit]
    }

    private static func normalized(_ text: String) -> String {
        String(text.lowercased().replacingOccurrences(of: "ё", with: "е").unicodeScalars.filter { scalar in
            !scalar.properties.isWhitespace && scalar != "-" && scalar != "‐" && scalar != "–"
        }.map(Character.init))
    }

    private static let byWords: [String: Int] = {
        var table: [String: Int] = [:]
        for number in 0...99 {
            table[normalized(english(number))] = number
            table[normalized(russian(number))] = number
        }
        // Feminine forms people also say in Russian ("одна", "две", "двадцать две").
        for (tens, base) in [("", 0)] + (2...9).map({ (russianTens[$0], $0 * 10) }) {
            table[normalized(tens + "одна")] = base + 1
            table[normalized(tens + "две")] = base + 2
        }
        for (number, words) in arabicWords.enumerated() { table[normalized(words)] = number }
        table["nought"] = 0
        return table
    }()
}
