import Testing
@testable import Newsdesk

struct NumberWordsTests {
    @Test(arguments: [
        ("11", 11), (" 7 ", 7), ("0", 0), ("Eleven", 11), ("TWENTY-FOUR", 24), ("twenty four", 24),
        ("twentyfour", 24), ("nought", 0), ("ninety-nine", 99), ("семнадцать", 17), ("Двадцать  один", 21),
        ("двадцать одна", 21), ("две", 2), ("ДВЕНАДЦАТЬ", 12), ("пятьдесят", 50),
        // The Arabic edition: Arabic-Indic digits and the words its question uses.
        ("٣", 3), ("١٢", 12), ("اثنا عشر", 12), ("واحد وعشرون", 21),
    ])
    func readsDigitsAndWordsInEitherLanguage(typed: String, number: Int) {
        #expect(NumberWords.number(from: typed) == number)
    }

    @Test(arguments: ["", "   ", "1234", "-3", "eleventy", "twenty-twenty", "три три", "1e1", "١٢٣٤"])
    func refusesWhatIsNotANumberFromZeroToNinetyNine(_ typed: String) {
        #expect(NumberWords.number(from: typed) == nil)
    }

    @Test(arguments: [(0, "zero", "ноль"), (13, "thirteen", "тринадцать"), (21, "twenty-one", "двадцать один"),
                      (40, "forty", "сорок"), (99, "ninety-nine", "девяносто девять")])
    func spellsNumbersAndReadsThemBack(number: Int, english: String, russian: String) {
        #expect(NumberWords.english(number) == english)
        #expect(NumberWords.russian(number) == russian)
        #expect(NumberWords.number(from: english) == number)
        #expect(NumberWords.number(from: russian) == number)
    }

    @Test func fallbackQuestionsHaveSmallPositiveAnswersAndReadAloudCorrectly() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let question = CaptchaQuestion.random(using: &generator)
            #expect((1...24).contains(question.answer))
            #expect(try QuestionReader.answer(to: question.text(language: "en")) == question.answer)
            #expect(try QuestionReader.answer(to: question.text(language: "ru")) == question.answer)
        }
    }
}
