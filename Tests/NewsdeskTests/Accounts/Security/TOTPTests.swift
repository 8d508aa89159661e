import Foundation
import Testing
@testable import Newsdesk

struct TOTPTests {
    static let rfcSecret = Array("12345678901234567890".utf8)

    /// RFC 6238 Appendix B, SHA-1 column.
    static let rfcVectors: [(TimeInterval, String)] = [
        (59, "94287082"), (1_111_111_109, "07081804"), (1_111_111_111, "14050471"),
        (1_234_567_890, "89005924"), (2_000_000_000, "69279037"),
    ]

    @Test(arguments: rfcVectors)
    func producesTheRFC6238CodesWithEightDigits(seconds: TimeInterval, expected: String) {
        let totp = TOTP(secret: Self.rfcSecret, digits: 8)
        #expect(totp.code(at: Date(timeIntervalSince1970: seconds)) == expected)
    }

    @Test(arguments: rfcVectors)
    func sixDigitCodesAreTheLastSixOfTheRFCCodes(seconds: TimeInterval, expected: String) {
        let totp = TOTP(secret: Self.rfcSecret)
        #expect(totp.code(at: Date(timeIntervalSince1970: seconds)) == String(expected.suffix(6)))
    }

    @Test(arguments: [-30.0, 0, 29, 30])
    func acceptsTheCurrentAndNeighbouringStepsAndReturnsTheMatchedCounter(offset: TimeInterval) {
        let totp = TOTP(secret: Self.rfcSecret)
        let typedAt = Date(timeIntervalSince1970: 1_111_111_111)
        let code = totp.code(at: typedAt.addingTimeInterval(offset))

        let counter = totp.validate(code, at: typedAt)

        #expect(counter == Int64((1_111_111_111 + offset) / 30))
    }

    @Test(arguments: [-60.0, 60, 3600])
    func refusesCodesFromFurtherSteps(offset: TimeInterval) {
        let totp = TOTP(secret: Self.rfcSecret)
        let now = Date(timeIntervalSince1970: 1_111_111_111)
        #expect(totp.validate(totp.code(at: now.addingTimeInterval(offset)), at: now) == nil)
    }

    @Test func acceptsACodeTypedWithASpace() {
        let totp = TOTP(secret: Self.rfcSecret)
        let now = Date(timeIntervalSince1970: 59)
        let code = totp.code(at: now)
        #expect(totp.validate(String(code.prefix(3)) + " " + String(code.suffix(3)), at: now) == 1)
    }

    @Test(arguments: ["", "12345", "1234567", "28708a", "２８７０８２"])
    func refusesMalformedCodes(_ code: String) {
        #expect(TOTP(secret: Self.rfcSecret).validate(code, at: Date(timeIntervalSince1970: 59)) == nil)
    }

    @Test func randomSecretsAreTwentyFreshBytes() {
        let first = TOTP.randomSecret()
        #expect(first.count == 20)
        #expect(first != TOTP.randomSecret())
    }

    @Test func provisioningURIPercentEncodesLabelAndIssuer() {
        let totp = TOTP(secret: Self.rfcSecret)

        let uri = totp.provisioningURI(account: "ann+news@example.com", issuer: "Newsdesk News")

        #expect(uri == "otpauth://totp/Newsdesk%20News:ann%2Bnews%40example.com"
            + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Newsdesk%20News&digits=6&period=30")
    }

    @Test func provisioningURICarriesUnpaddedSecretAndCustomDigits() {
        let uri = TOTP(secret: Array("foo".utf8), digits: 8, period: 60).provisioningURI(account: "a", issuer: "N")
        #expect(uri == "otpauth://totp/N:a?secret=MZXW6&issuer=N&digits=8&period=60")
    }
}
