/// The no-JavaScript fallback: small arithmetic in words, answerable by anyone with a screen reader.
struct CaptchaQuestion: Equatable {
    enum Operation: Equatable { case plus, minus }

    let left: Int
    let operation: Operation
    let right: Int

    var answer: Int { operation == .plus ? left + right : left - right }

    /// Answers stay within 1–24 so the words are ones everybody knows.
    static func random(using generator: inout some RandomNumberGenerator) -> CaptchaQuestion {
        if Bool.random(using: &generator) {
            return CaptchaQuestion(
                left: Int.random(in: 1...15, using: &generator), operation: .plus,
                right: Int.random(in: 1...9, using: &generator))
        }
        return CaptchaQuestion(
            left: Int.random(in: 6...20, using: &generator), operation: .minus,
            right: Int.random(in: 1...5, using: &generator))
    }

    /// Russian for "ru" and "ru-…", Arabic for "ar", English otherwise.
    func text(language: String) -> String {
        if language.lowercased().hasPrefix("ar") {
            let sign = operation == .plus ? "زائد" : "ناقص"
            return "كم يساوي \(NumberWords.arabic(left)) \(sign) \(NumberWords.arabic(right))؟"
        }
        if language.lowercased().hasPrefix("ru") {
            let sign = operation == .plus ? "плюс" : "минус"
            return "Сколько будет \(NumberWords.russian(left)) \(sign) \(NumberWords.russian(right))?"
        }
        let sign = operation == .plus ? "plus" : "minus"
        return "What is \(NumberWords.english(left)) \(sign) \(NumberWords.english(right))?"
    }
}
