import Fluent
import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

/// The no-JavaScript comment form gets a redirect (browsers rank HTML first); scripts that ask for JSON first get
/// the API's JSON from the same address. Everything under /api is JSON whatever the Accept header says.
@Suite("Content negotiation: pages for browsers, JSON for scripts")
struct ContentNegotiationTests {
    typealias D = DiscussionTests
    static let browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"

    @Test func theCommentFormPostedByABrowserIsRedirectedToTheComment() async throws {
        try await withTestApp { app in
            let s = try await D.setup(app)
            let rita = try await D.member(app, email: "rita@example.com", name: "Rita")
            let res = try await rita.post("/threads/\(s.articleID)", ["text": D.clean], headers: ["Accept": Self.browser])
            #expect(res.status == .seeOther, "\(res.body.string.prefix(200))")
            let comment = try #require(try await Comment.query(on: app.db).first())
            #expect(res.headers.first(name: .location) == s.path + "#comment-\(try comment.requireID())")
            #expect(res.headers.contentType?.subType != "json")
            #expect(TestAPI.json(res) == nil)
        }
    }

    @Test func theSameFormPostAskingForJSONGets201WithTheComment() async throws {
        try await withTestApp { app in
            let s = try await D.setup(app)
            let rita = try await D.member(app, email: "rita@example.com", name: "Rita")
            let res = try await rita.post("/threads/\(s.articleID)", ["text": D.clean], headers: ["Accept": "application/json"])
            #expect(res.status == .created, "\(res.body.string.prefix(200))")
            #expect(res.headers.contentType?.subType == "json")
            #expect(res.headers.first(name: .location) == nil)
            let body = try #require(TestAPI.json(res), "\(res.body.string.prefix(200))")
            let comment = try #require(try await Comment.query(on: app.db).first())
            #expect(body["id"] as? Int == comment.id)
            #expect(body["text"] as? String == D.clean)
            #expect(body["status"] as? String == "published")
            #expect((body["author"] as? [String: Any])?["display_name"] as? String == "Rita")
        }
    }

    @Test func aRefusedCommentIsAPageForTheBrowserAndJSONForTheScript() async throws {
        try await withTestApp { app in
            let s = try await D.setup(app)
            let rita = try await D.member(app, email: "rita@example.com", name: "Rita")
            let page = try await rita.post("/threads/\(s.articleID)", ["text": D.shouting], headers: ["Accept": Self.browser])
            #expect(page.status == .unprocessableEntity)
            #expect(page.headers.contentType?.subType == "html")
            #expect(page.body.string.contains(">\(D.shouting)</textarea>"))

            let json = try await rita.post("/threads/\(s.articleID)", ["text": D.shouting], headers: ["Accept": "application/json"])
            #expect(json.status == .unprocessableEntity)
            let body = try #require(TestAPI.json(json), "\(json.body.string.prefix(200))")
            #expect(body["error"] as? String == "rejected")
            #expect(((body["findings"] as? [[String: Any]])?.first?["rule"] as? String) == "caps")
            #expect(try await Comment.query(on: app.db).count() == 0)
        }
    }

    @Test func theAPIAnswersJSONEvenToABrowser() async throws {
        try await withTestApp { app in
            _ = try await Fixture.build(app)
            try await app.testing().test(.GET, "/api/v1/articles/987654", headers: ["Accept": Self.browser]) { res in
                #expect(res.status == .notFound)
                #expect(TestAPI.json(res)?["error"] as? String == "not_found", "\(res.body.string.prefix(200))")
            }
            try await app.testing().test(.GET, "/no-such-page", headers: ["Accept": Self.browser]) { res in
                #expect(res.status == .notFound)
                #expect(res.body.string.contains("Page not found"))
            }
            try await app.testing().test(.GET, "/no-such-page", headers: ["Accept": "application/json"]) { res in
                #expect(res.status == .notFound)
                #expect(TestAPI.json(res)?["error"] as? String == "not_found", "\(res.body.string.prefix(200))")
            }
        }
    }

    @Test(arguments: [
        (nil, false),
        ("", false),
        (browser, false),
        ("*/*", false),
        ("text/html", false),
        ("application/xml", false),
        ("application/json", true),
        ("APPLICATION/JSON", true),
        ("application/problem+json", true),
        ("application/json, text/html", true),
        ("text/html, application/json", false),
        ("text/html;q=0.9, application/json;q=0.9", false),
        ("text/html;q=0.5, application/json", true),
        ("application/json;q=0.5, text/html", false),
        ("application/json;q=0", false),
        ("application/json;q=0.1, */*;q=0.01", true),
        ("application/xhtml+xml, application/json;q=0.9", false),
        ("application/json; charset=utf-8", true),
    ] as [(String?, Bool)])
    func prefersJSONOnlyWhenJSONRanksAboveHTML(_ accept: String?, _ json: Bool) {
        #expect(Request.prefersJSON(accept: accept) == json)
    }
}
