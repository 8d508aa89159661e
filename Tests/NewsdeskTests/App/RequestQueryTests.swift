import Testing
import VaporTesting
@testable import Newsdesk

/// Query values are read as browsers send them: form-encoded, first of repeated names, nil when absent or broken.
@Suite("Query values")
struct RequestQueryTests {
    @Test(arguments: [
        ("/a?sort=oldest", "sort", "oldest"),
        ("/a?cursor=x%2By+z&sort=liked", "cursor", "x+y z"),
        ("/a?cursor=%D0%BC%D0%B8%D1%80", "cursor", "мир"),
        ("/a?sort=liked&sort=oldest", "sort", "liked"),
        ("/a?sorted=1&sort=", "sort", ""),
        ("/a?flag&sort=newest", "flag", ""),
        ("/a?sort=oldest", "cursor", nil),
        ("/a", "sort", nil),
    ] as [(String, String, String?)])
    func valuesAreFormDecoded(url: String, name: String, expected: String?) async throws {
        try await withApp { app in
            let req = Request(application: app, method: .GET, url: URI(string: url), on: app.eventLoopGroup.next())
            #expect(req.queryValue(name) == expected)
        }
    }
}
