import Testing
@testable import Newsdesk

struct PasswordPolicyTests {
    static let email = "anna.karenina@example.com"
    static let name = "Anna Karenina"

    @Test(arguments: [
        ("short-pw-11", PasswordProblem.tooShort),
        (String(repeating: "x7Q!", count: 32) + "z", .tooLong),
        ("Password2024!", .common),
        ("QWERTYUIOP1234", .common),
        ("letmein!!!!!!", .common),
        ("iloveyou1234567", .common),
        ("1qaz2wsx3edc", .common),
        ("ANNA.KARENINA@example.com", .matchesAccount),
        ("annakarenina", .matchesAccount),
        ("Anna  Karenina", .matchesAccount),
    ])
    func refusesWithAReason(password: String, expected: PasswordProblem) {
        #expect(PasswordPolicy.check(password, email: Self.email, displayName: Self.name) == expected)
        #expect(PasswordPolicy.problem(with: password, email: Self.email, displayName: Self.name) != nil)
    }

    @Test(arguments: [
        "correct horse battery", "Vronsky-in-Moscow-1877", String(repeating: "x7Q!", count: 32),
        "ёлка-палка-ёжик", "🐈🐈🐈🐈🐈🐈🐈🐈🐈🐈🐈🐈", "password manager says hi",
    ])
    func acceptsLongUncommonPasswordsOfAnyCharacters(password: String) {
        #expect(PasswordPolicy.problem(with: password, email: Self.email, displayName: Self.name) == nil)
    }

    @Test func countsCharactersNotBytes() {
        let elevenFamilies = String(repeating: "👨‍👩‍👧", count: 11)
        #expect(PasswordPolicy.check(elevenFamilies, email: Self.email, displayName: Self.name) == .tooShort)
        #expect(PasswordPolicy.check(elevenFamilies + "🐈", email: Self.email, displayName: Self.name) == nil)
    }

    @Test(arguments: ["password", "PASSWORD", "LetMeIn", "dragon", "monkey123", "Qwerty!", "trustno1", "abc123"])
    func recognisesCommonPasswordsWhateverTheCaseOrSuffix(password: String) {
        #expect(PasswordPolicy.isCommon(password))
    }

    @Test(arguments: ["zebra-crossing-at-noon", "Tolstoy-1828-1910x", "123!", "!!!"])
    func leavesUncommonPasswordsAlone(password: String) {
        #expect(!PasswordPolicy.isCommon(password))
    }

    @Test func shipsAListOfSeveralThousandLowerCasedEntries() {
        #expect(PasswordPolicy.commonPasswords.count > 10_000)
        #expect(PasswordPolicy.commonPasswords.allSatisfy { $0 == $0.lowercased() && !$0.isEmpty })
    }

    @Test(arguments: [PasswordProblem.tooShort, .tooLong, .common, .matchesAccount])
    func explainsEveryProblemInEnglishAndRussian(problem: PasswordProblem) {
        #expect(problem.message(language: "en") != problem.message(language: "ru"))
        #expect(problem.message(language: "ru").unicodeScalars.contains { ("а"..."я").contains($0) })
    }
}
