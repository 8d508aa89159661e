import Testing
@testable import Newsdesk

struct SecureTokenTests {
    static let urlSafe = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")

    @Test(arguments: [(32, 43), (16, 22), (1, 2)])
    func generatesURLSafeUnpaddedTokensOfTheRequestedStrength(bytes: Int, characters: Int) {
        let token = SecureToken.generate(bytes: bytes)
        #expect(token.count == characters)
        #expect(token.allSatisfy(Self.urlSafe.contains))
    }

    @Test func generatesADifferentTokenEachTime() {
        #expect(Set((0..<100).map { _ in SecureToken.generate() }).count == 100)
    }

    @Test func hashIsTheHexSHA256OfTheToken() {
        #expect(SecureToken.hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func hashNeverContainsTheToken() {
        let token = SecureToken.generate()
        let stored = SecureToken.hash(token)
        #expect(stored.count == 64)
        #expect(!stored.contains(token))
    }
}
