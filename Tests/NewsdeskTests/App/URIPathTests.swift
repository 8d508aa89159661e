import Testing
import Vapor
@testable import Newsdesk

/// `URIPath` gives the same path as Vapor's `URI.path` for every kind of address, without its string replacement.
@Suite("Request paths")
struct URIPathTests {
    @Test func readsTheComponentsDirectlyOnThisVaporVersion() {
        // If Vapor's URI ever stores more than its URLComponents, this turns false and paths come from URI.path:
        // still right, only slower. This test says when that happened.
        #expect(URIPath.direct)
    }

    @Test(arguments: [
        "/", "/articles/a-story", "/articles/a-story?bench-render=12", "/a%3Bb/c", "/a%3bb", "/%3B%3B?x=%3B",
        "/ru/%D0%BC%D0%B8%D1%80", "/search?q=a+b", "/a//b/./c/../d", "/a;b", "*", "", "/a%20b#frag",
        "https://example.com/x%3By?z",
    ])
    func matchesVapor(_ address: String) {
        let uri = URI(string: address)
        #expect(URIPath.path(uri) == uri.path, "\(address)")
    }

    @Test func restoresOnlyUpperCaseEscapedSemicolons() {
        #expect(URIPath.restoringSemicolons("/a%3Bb%3Bc") == "/a;b;c")
        #expect(URIPath.restoringSemicolons("/a%3bb") == "/a%3bb")
        #expect(URIPath.restoringSemicolons("%3B") == ";")
        #expect(URIPath.restoringSemicolons("/plain") == "/plain")
    }
}
