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

    /// Reads digits or words in either language, ignoring case, spaces and hyphens
    /// ("Eleven", "twenty one", "Двадцать  один", "12").
    static func number(from answer: String) -> Int? {
        let compact = answer.unicodeScalars.filter { !$0.properties.isWhitespace }
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
        table["nought"] = 0
        return table
    }()
}
