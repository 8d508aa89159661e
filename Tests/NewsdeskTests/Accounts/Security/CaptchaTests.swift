import Crypto
import Foundation
import Testing
@testable import Newsdesk

struct CaptchaTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    /// Low difficulty keeps the reference solver quick; the checks are the same at any difficulty.
    let captcha = Captcha(key: SymmetricKey(data: Array(repeating: UInt8(7), count: 32)), difficultyBits: 10)

    @Test func acceptsTheReferenceSolversProofOfWorkAndReturnsNonceAndExpiry() throws {
        let challenge = captcha.issue(purpose: "register", language: "en", now: Self.now)
        let solution = Captcha.solve(token: challenge.token, difficultyBits: challenge.difficultyBits)

        let result = try captcha.verify(
            token: challenge.token, solution: solution, answer: nil, purpose: "register", now: Self.now)

        #expect(result.nonce.count == 32)
        #expect(result.nonce.allSatisfy { $0.isHexDigit })
        #expect(result.expiresAt == Self.now.addingTimeInterval(600))
    }

    /// First counters found with Python's hashlib, so the Swift solver, the script and the check agree.
    @Test(arguments: [("newsdesk", 12, "7607"), ("AAAA-_x", 16, "34933"), ("token", 0, "0")])
    func referenceSolverFindsTheFirstCounterWithEnoughLeadingZeroBits(token: String, bits: Int, expected: String) {
        #expect(Captcha.solve(token: token, difficultyBits: bits) == expected)
    }

    @Test func defaultsToEighteenBitsAndTenMinutes() throws {
        let captcha = Captcha(key: SymmetricKey(size: .bits256))
        let challenge = captcha.issue(purpose: "recover", language: "en", now: Self.now)
        #expect(challenge.difficultyBits == 18)
        let error = #expect(throws: CaptchaError.self) {
            try captcha.verify(token: challenge.token, solution: "0", answer: nil, purpose: "recover",
                               now: Self.now.addingTimeInterval(600))
        }
        #expect(error == .expired)
    }

    @Test func tokensAreURLSafeAndEachHasItsOwnNonce() throws {
        let first = captcha.issue(purpose: "register", language: "en", now: Self.now)
        let second = captcha.issue(purpose: "register", language: "en", now: Self.now)
        let urlSafe = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        #expect(first.token.allSatisfy(urlSafe.contains))
        #expect(first.token != second.token)
        let firstNonce = try verifyByAnswer(first).nonce
        #expect(firstNonce != (try verifyByAnswer(second).nonce))
    }

    @Test func refusesASolutionThatIsNotEnoughWork() {
        let hard = Captcha(key: SymmetricKey(size: .bits256), difficultyBits: 32)
        let challenge = hard.issue(purpose: "register", language: "en", now: Self.now)
        expect(.wrongSolution) {
            try hard.verify(token: challenge.token, solution: "12345", answer: nil, purpose: "register", now: Self.now)
        }
    }

    @Test(arguments: [nil, "", String(repeating: "1", count: 65)] as [String?])
    func refusesAMissingOrOversizeSolution(_ solution: String?) {
        let challenge = captcha.issue(purpose: "register", language: "en", now: Self.now)
        expect(.wrongSolution) {
            try captcha.verify(token: challenge.token, solution: solution, answer: nil, purpose: "register",
                               now: Self.now)
        }
    }

    @Test func refusesATamperedToken() {
        let challenge = captcha.issue(purpose: "register", language: "en", now: Self.now)
        var characters = Array(challenge.token)
        let middle = characters.count / 2
        characters[middle] = characters[middle] == "A" ? "B" : "A"
        let tampered = String(characters)
        let solution = Captcha.solve(token: tampered, difficultyBits: challenge.difficultyBits)

        expect(.badSignature) {
            try captcha.verify(token: tampered, solution: solution, answer: nil, purpose: "register", now: Self.now)
        }
    }

    @Test func refusesATokenSignedWithAnotherKey() {
        let other = Captcha(key: SymmetricKey(size: .bits256), difficultyBits: 10)
        let challenge = other.issue(purpose: "register", language: "en", now: Self.now)
        let solution = Captcha.solve(token: challenge.token, difficultyBits: challenge.difficultyBits)
        expect(.badSignature) {
            try captcha.verify(token: challenge.token, solution: solution, answer: nil, purpose: "register",
                               now: Self.now)
        }
    }

    @Test(arguments: ["", "not a token", "AAAA", "ÿÿÿÿ", String(repeating: "A", count: 600)])
    func refusesGarbageAsMalformed(_ token: String) {
        expect(.malformed) {
            try captcha.verify(token: token, solution: "1", answer: "1", purpose: "register", now: Self.now)
        }
    }

    @Test(arguments: [600.0, 601, 86_400])
    func refusesAnExpiredToken(after seconds: TimeInterval) {
        let challenge = captcha.issue(purpose: "register", language: "en", now: Self.now)
        let solution = Captcha.solve(token: challenge.token, difficultyBits: challenge.difficultyBits)
        expect(.expired) {
            try captcha.verify(token: challenge.token, solution: solution, answer: nil, purpose: "register",
                               now: Self.now.addingTimeInterval(seconds))
        }
    }

    @Test func acceptsATokenUntilItsLastSecond() throws {
        let challenge = captcha.issue(purpose: "register", language: "en", now: Self.now)
        let solution = Captcha.solve(token: challenge.token, difficultyBits: challenge.difficultyBits)
        _ = try captcha.verify(token: challenge.token, solution: solution, answer: nil, purpose: "register",
                               now: Self.now.addingTimeInterval(599))
    }

    @Test func refusesATokenIssuedForAnotherPurpose() {
        let challenge = captcha.issue(purpose: "register", language: "en", now: Self.now)
        let solution = Captcha.solve(token: challenge.token, difficultyBits: challenge.difficultyBits)
        expect(.wrongPurpose) {
            try captcha.verify(token: challenge.token, solution: solution, answer: nil, purpose: "recover",
                               now: Self.now)
        }
    }

    @Test func checksTheSignatureBeforeTheExpiry() {
        let challenge = captcha.issue(purpose: "register", language: "en", now: Self.now)
        let tampered = "B" + challenge.token.dropFirst()
        expect(.badSignature) {
            try captcha.verify(token: tampered, solution: "1", answer: nil, purpose: "register",
                               now: Self.now.addingTimeInterval(86_400))
        }
    }

    // MARK: The no-JavaScript question

    @Test(arguments: ["en", "en-GB", "fr"])
    func asksInEnglishByDefault(language: String) throws {
        let challenge = captcha.issue(purpose: "register", language: language, now: Self.now)
        #expect(challenge.question.hasPrefix("What is "))
        #expect(try QuestionReader.answer(to: challenge.question) >= 1)
    }

    @Test(arguments: ["ru", "ru-RU"])
    func asksInRussianForTheRussianEdition(language: String) throws {
        let challenge = captcha.issue(purpose: "register", language: language, now: Self.now)
        #expect(challenge.question.hasPrefix("Сколько будет "))
        #expect(try QuestionReader.answer(to: challenge.question) >= 1)
    }

    @Test func asksInArabicForTheArabicEdition() throws {
        let challenge = captcha.issue(purpose: "register", language: "ar", now: Self.now)
        #expect(challenge.question.hasPrefix("كم يساوي "))
        #expect(try QuestionReader.answer(to: challenge.question) >= 1)
    }

    @Test(arguments: ["en", "ru"])
    func acceptsTheAnswerInDigits(language: String) throws {
        let challenge = captcha.issue(purpose: "register", language: language, now: Self.now)
        let answer = try QuestionReader.answer(to: challenge.question)
        _ = try captcha.verify(token: challenge.token, solution: nil, answer: " \(answer) ", purpose: "register",
                               now: Self.now)
    }

    @Test(arguments: ["en", "ru"])
    func acceptsTheAnswerInEnglishWordsWhateverTheCaseAndSpacing(language: String) throws {
        let challenge = captcha.issue(purpose: "register", language: language, now: Self.now)
        let words = QuestionReader.english[try QuestionReader.answer(to: challenge.question)]
        let typed = " " + words.uppercased().replacingOccurrences(of: "-", with: " ") + " "
        _ = try captcha.verify(token: challenge.token, solution: nil, answer: typed, purpose: "register",
                               now: Self.now)
    }

    @Test(arguments: ["en", "ru"])
    func acceptsTheAnswerInRussianWords(language: String) throws {
        let challenge = captcha.issue(purpose: "register", language: language, now: Self.now)
        let words = QuestionReader.russian[try QuestionReader.answer(to: challenge.question)]
        _ = try captcha.verify(token: challenge.token, solution: nil, answer: words.capitalized, purpose: "register",
                               now: Self.now)
    }

    @Test func acceptsEitherAWrongSolutionWithARightAnswerOrTheOtherWayRound() throws {
        let challenge = captcha.issue(purpose: "register", language: "en", now: Self.now)
        let answer = try QuestionReader.answer(to: challenge.question)
        let solution = Captcha.solve(token: challenge.token, difficultyBits: challenge.difficultyBits)
        _ = try captcha.verify(token: challenge.token, solution: "x", answer: "\(answer)", purpose: "register",
                               now: Self.now)
        _ = try captcha.verify(token: challenge.token, solution: solution, answer: "x", purpose: "register",
                               now: Self.now)
    }

    @Test func refusesAWrongAnswer() throws {
        let challenge = captcha.issue(purpose: "register", language: "en", now: Self.now)
        let answer = try QuestionReader.answer(to: challenge.question)
        for wrong in ["\(answer + 1)", QuestionReader.english[answer - 1], "", "many", "1e1"] {
            expect(.wrongSolution) {
                try captcha.verify(token: challenge.token, solution: nil, answer: wrong, purpose: "register",
                                   now: Self.now)
            }
        }
    }

    private func verifyByAnswer(_ challenge: CaptchaChallenge) throws -> (nonce: String, expiresAt: Date) {
        try captcha.verify(token: challenge.token, solution: nil,
                           answer: "\(try QuestionReader.answer(to: challenge.question))",
                           purpose: "register", now: Self.now)
    }

    private func expect(_ expected: CaptchaError, sourceLocation: SourceLocation = #_sourceLocation,
                        _ body: () throws -> (nonce: String, expiresAt: Date)) {
        let error = #expect(throws: CaptchaError.self, sourceLocation: sourceLocation) { _ = try body() }
        #expect(error == expected, sourceLocation: sourceLocation)
    }
}

/// Answers the fallback question the way a person would, with its own number words,
/// so the tests do not lean on the code under test to read them.
enum QuestionReader {
    struct Unreadable: Error { let question: String }

    static let english = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        "twenty-one", "twenty-two", "twenty-three", "twenty-four",
    ]
    static let russian = [
        "ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять",
        "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать",
        "восемнадцать", "девятнадцать", "двадцать", "двадцать один", "двадцать два", "двадцать три",
        "двадцать четыре",
    ]

    static func answer(to question: String) throws -> Int {
        let arabic = (0...24).map(NumberWords.arabic)
        for (prefix, words, plus, minus) in [
            ("What is ", english, " plus ", " minus "), ("Сколько будет ", russian, " плюс ", " минус "),
            ("كم يساوي ", arabic, " زائد ", " ناقص "),
        ] where question.hasPrefix(prefix) && (question.hasSuffix("?") || question.hasSuffix("؟")) {
            let sum = String(question.dropFirst(prefix.count).dropLast())
            for (sign, operation) in [(plus, 1), (minus, -1)] {
                let parts = sum.components(separatedBy: sign)
                if parts.count == 2, let left = words.firstIndex(of: parts[0]),
                   let right = words.firstIndex(of: parts[1]) {
                    return left + operation * right
                }
            }
        }
        throw Unreadable(question: question)
    }
}
