import Fluent
import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

/// A log-in's `next` may only lead to a plain local path: anything a browser could read as another site sends the
/// member to the front page instead.
@Suite("Redirect targets: next stays on this site")
struct RedirectTargetTests {
    static let accepted = ["/", "/news", "/news?x=1#c", "/articles/storm-makes-landfall?ref=mail", "/ru/news", "/news/%2F",
                           "/search?q=a%20b", "/account/settings#avatar"]

    static let refused: [String?] = [
        nil, "", "news", " /x", "//evil.example", "///evil.example", "/\t/evil.example", "/%09/evil.example", "/\\evil.example",
        "/\\/evil.example", "https://evil.example", "http:/evil.example", "javascript:alert(1)", "/%2F/evil", "/%2f/evil",
        "/%5C/evil", "/%5c/evil", "/%0a/evil", "/%0D/evil", "/%00/evil", "/%20/evil", "/\n/evil.example", "/\r/evil.example",
        "/ /evil.example", "/\u{00A0}/evil.example", "/\u{200B}/evil.example", "/\u{2028}/evil.example", "/news\u{0000}",
        "/" + String(repeating: "a", count: 3000),
    ]

    @Test(arguments: accepted)
    func plainLocalPathsAreKept(_ path: String) {
        #expect(LocalPath.validated(path) == path)
        #expect(AccountController.safeNext(path) == path)
    }

    @Test(arguments: refused)
    func anythingThatCouldLeaveTheSiteBecomesTheFrontPage(_ raw: String?) {
        #expect(LocalPath.validated(raw) == nil)
        #expect(AccountController.safeNext(raw) == "/")
    }

    static func member(_ app: Application) async throws {
        _ = try await Fixture.build(app)
        _ = try await app.newsdesk.users.create(.init(email: "rita@example.com", password: AccountFlowTests.password,
                                                      displayName: "Rita", role: .reader, confirmed: true), on: app.db)
    }

    @Test(arguments: [("/%09/evil.example", "/"), ("/\t/evil.example", "/"), ("//evil.example", "/"),
                      ("https://evil.example/", "/"), ("/\\evil.example", "/"), ("/news?x=1#c", "/news?x=1#c")])
    func logInFollowsNextOnlyToALocalPath(_ next: String, _ location: String) async throws {
        try await withTestApp { app in
            try await Self.member(app)
            let client = FormClient(app)
            let res = try await client.post("/account/login", ["email": "rita@example.com", "password": AccountFlowTests.password,
                                                               "next": next])
            #expect(res.status == .seeOther)
            #expect(res.headers.first(name: .location) == location)
            #expect(try await client.get("/").body.string.contains("Hello, Rita!"), "the log-in itself worked")
        }
    }

    @Test func theLogInPageCarriesOnlyASafeNext() async throws {
        try await withTestApp { app in
            try await Self.member(app)
            let evil = try await FormClient(app).get("/account/login?next=%2F%2Fevil.example")
            #expect(FormClient.hidden("next", in: evil.body.string) == "/")
            #expect(!evil.body.string.contains("evil.example"))
            let local = try await FormClient(app).get("/account/login?next=%2Fnews")
            #expect(FormClient.hidden("next", in: local.body.string) == "/news")
        }
    }
}
