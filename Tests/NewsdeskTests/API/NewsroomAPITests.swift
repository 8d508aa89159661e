import Fluent
import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

@Suite("Newsroom API: articles, roles, conflicts, schedules and revisions")
struct NewsroomAPITests {
    struct Tokens {
        let journalist: String
        let editor: String
        let reader: String
        let moderator: String
    }

    static func tokens(_ app: Application, clock: TestClock) async throws -> Tokens {
        let reader = try await StaffAndAPISessionTests.makeUser(app, email: "reader@news.test", role: .reader)
        _ = reader
        let readerToken = try await app.newsdesk.accounts.logIn(.init(email: "reader@news.test", password: AccountFlowTests.password,
                                                                     otp: nil, remember: false, ip: "10.0.0.8", kind: "api"), on: app.db).token
        return Tokens(
            journalist: try await StaffAndAPISessionTests.enrolledStaffToken(app, email: "jo@news.test", role: .journalist, clock: clock),
            editor: try await StaffAndAPISessionTests.enrolledStaffToken(app, email: "ed@news.test", role: .editor, clock: clock),
            reader: readerToken,
            moderator: try await StaffAndAPISessionTests.enrolledStaffToken(app, email: "mo@news.test", role: .moderator, clock: clock))
    }

    static func json(_ res: TestingHTTPResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(res.body.readableBytesView)) as? [String: Any])
    }

    static func headers(_ token: String?) -> HTTPHeaders {
        var h: HTTPHeaders = ["Content-Type": "application/json"]
        if let token { h.add(name: .authorization, value: "Bearer \(token)") }
        return h
    }

    static func send(_ app: Application, _ method: HTTPMethod, _ path: String, token: String?, _ body: [String: Any]? = nil,
                     _ check: (TestingHTTPResponse) throws -> Void) async throws {
        var buffer = ByteBuffer()
        if let body { buffer.writeBytes(try JSONSerialization.data(withJSONObject: body)) }
        try await app.testing().test(method, path, headers: headers(token), body: body == nil ? nil : buffer) { try check($0) }
    }

    static var story: [String: Any] { ["edition": "en", "section": "world", "title": "Harbour reopens", "summary": "Ships are back.",
                                       "body_markdown": "The harbour **reopened** today.", "tags": ["Harbours", "Trade"]] }

    @Test func readersGet403AnonymousCallers401AndJournalistsWriteDrafts() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            let f = try await Fixture.build(app)
            let t = try await Self.tokens(app, clock: clock)
            for (method, path) in [(HTTPMethod.POST, "/api/v1/articles"), (.PATCH, "/api/v1/articles/1"),
                                   (.GET, "/api/v1/newsroom/articles"), (.GET, "/api/v1/articles/1/revisions")] {
                let body: [String: Any]? = method == .GET ? nil : Self.story
                try await Self.send(app, method, path, token: nil, body) { #expect($0.status == .unauthorized, "\(path)") }
                for token in [t.reader, t.moderator] {
                    try await Self.send(app, method, path, token: token, body) { res in
                        #expect(res.status == .forbidden, "\(path)")
                        let body = try Self.json(res)
                        #expect(body["error"] as? String == "forbidden")
                    }
                }
            }
            var story = Self.story
            story["lead_image_id"] = f.photo
            story["status"] = "published"
            try await Self.send(app, .POST, "/api/v1/articles", token: t.journalist, story) { res in
                #expect(res.status == .forbidden)
                let body = try Self.json(res)
                #expect(body["error"] as? String == "forbidden" && (body["message"] as? String)?.isEmpty == false)
            }
            story["status"] = "submitted"
            try await Self.send(app, .POST, "/api/v1/articles", token: t.journalist, story) { res in
                #expect(res.status == .created)
                let a = try Self.json(res)
                #expect(a["status"] as? String == "submitted" && a["version"] as? Int == 1)
                #expect(a["edit_url"] as? String == "http://news.test/newsroom/articles/\(a["id"] as? Int ?? 0)")
                #expect(a["published_at"] is NSNull && a["url"] as? String == "http://news.test/articles/harbour-reopens")
                #expect((a["body_html"] as? String)?.contains("<strong>reopened</strong>") == true)
                #expect((a["lead_image"] as? [String: Any])?["credit"] as? String == "© Meridian Press / Ana Ruiz")
                #expect((a["tags"] as? [[String: Any]])?.compactMap { $0["slug"] as? String } == ["harbours", "trade"])
            }
            #expect(try await Article.query(on: app.db).count() == 1)
        }
    }

    @Test func badInputAnswers422WithEveryFieldAndStoresNothing() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            _ = try await Fixture.build(app)
            let t = try await Self.tokens(app, clock: clock)
            var story = Self.story
            story["title"] = ""
            story["section"] = "weather"
            story["status"] = "scheduled"
            story["publish_at"] = "2017-09-20T10:00:00+01:00"
            try await Self.send(app, .POST, "/api/v1/articles", token: t.editor, story) { res in
                #expect(res.status == .unprocessableEntity)
                let body = try Self.json(res)
                #expect(body["error"] as? String == "invalid")
                #expect(Set((body["fields"] as? [String: String] ?? [:]).keys) == ["title", "section", "publish_at"])
            }
            story = Self.story
            story["edition"] = "fr"
            try await Self.send(app, .POST, "/api/v1/articles", token: t.editor, story) { res in
                #expect(res.status == .unprocessableEntity)
                let body = try Self.json(res)
                #expect((body["fields"] as? [String: String])?["edition"] == "no edition has the code 'fr'")
            }
            try await Self.send(app, .POST, "/api/v1/articles", token: t.editor, ["title": 5]) { #expect($0.status == .unprocessableEntity) }
            #expect(try await Article.query(on: app.db).count() == 0)
        }
    }

    @Test func aStaleVersionAnswers409WithTheCurrentVersionAndKeepsTheOtherSave() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            _ = try await Fixture.build(app)
            let t = try await Self.tokens(app, clock: clock)
            var id = 0
            try await Self.send(app, .POST, "/api/v1/articles", token: t.editor, Self.story) { id = try Self.json($0)["id"] as? Int ?? 0 }
            try await Self.send(app, .PATCH, "/api/v1/articles/\(id)", token: t.editor, ["version": 1, "title": "Harbour reopens to ships"]) { res in
                #expect(res.status == .ok)
                let body = try Self.json(res)
                #expect(body["version"] as? Int == 2)
            }
            try await Self.send(app, .PATCH, "/api/v1/articles/\(id)", token: t.editor, ["version": 1, "title": "Harbour stays shut"]) { res in
                #expect(res.status == .conflict)
                let body = try Self.json(res)
                #expect(body["error"] as? String == "conflict" && body["current_version"] as? Int == 2 && body["message"] is String)
            }
            try await Self.send(app, .PATCH, "/api/v1/articles/\(id)", token: t.editor, ["title": "No version"]) { res in
                #expect(res.status == .unprocessableEntity)
                let body = try Self.json(res)
                #expect((body["fields"] as? [String: String])?["version"] != nil)
            }
            try await Self.send(app, .PATCH, "/api/v1/articles/999", token: t.editor, ["version": 1]) { #expect($0.status == .notFound) }
            #expect(try await Article.find(id, on: app.db)?.title == "Harbour reopens to ships")
        }
    }

    @Test func anEditorSchedulesAndReadersSeeTheArticleAtItsTime() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            _ = try await Fixture.build(app)
            let t = try await Self.tokens(app, clock: clock)
            var id = 0
            var story = Self.story
            story["status"] = "submitted"
            try await Self.send(app, .POST, "/api/v1/articles", token: t.journalist, story) { id = try Self.json($0)["id"] as? Int ?? 0 }
            // 04:00 in London is 03:00 UTC, a little over two hours after fixedNow.
            try await Self.send(app, .PATCH, "/api/v1/articles/\(id)", token: t.editor,
                                ["version": 1, "status": "scheduled", "publish_at": "2017-09-23T04:00"]) { res in
                #expect(res.status == .ok)
                let a = try Self.json(res)
                #expect(a["status"] as? String == "scheduled" && a["published_at"] as? String == "2017-09-23T04:00:00+01:00")
            }
            try await app.testing().test(.GET, "/api/v1/articles/\(id)") { #expect($0.status == .notFound) }
            try await app.testing().test(.GET, "/") { #expect(!$0.text.contains("Harbour reopens")) }
            clock.advance(2 * 3600 + 10 * 60)
            try await JobRunner.runDue(app.newsdesk, on: app.db, logger: app.logger)
            try await app.testing().test(.GET, "/api/v1/articles/\(id)") { #expect($0.status == .ok) }
            try await app.testing().test(.GET, "/") { #expect($0.text.contains("Harbour reopens")) }
            try await Self.send(app, .GET, "/api/v1/newsroom/articles?status=published", token: t.journalist) { res in
                #expect(res.status == .ok)
                let items = try Self.json(res)["items"] as? [[String: Any]] ?? []
                #expect(items.compactMap { $0["id"] as? Int } == [id])
            }
            try await Self.send(app, .GET, "/api/v1/articles/\(id)/revisions", token: t.editor) { res in
                #expect(res.status == .ok)
                let items = try Self.json(res)["items"] as? [[String: Any]] ?? []
                #expect(items.compactMap { $0["version"] as? Int } == [3, 2, 1])
                #expect(items.compactMap { ($0["author"] as? [String: Any])?["display_name"] as? String } == ["Scheduler", "ed", "jo"])
                #expect(items.first?["created_at"] as? String == "2017-09-23T04:01:00+01:00")
            }
        }
    }

    @Test func answersMatchTheirDocumentedSchemas() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            _ = try await Fixture.build(app)
            let t = try await Self.tokens(app, clock: clock)
            var doc: [String: Any] = [:]
            try await app.testing().test(.GET, "/api/v1/openapi.json") { doc = try Self.json($0) }
            let contract = Contract(document: doc)
            func check(_ res: TestingHTTPResponse, _ template: String, _ method: String) throws {
                let schema = try #require(contract.schema(template, method, Int(res.status.code)), "\(method) \(template) \(res.status.code)")
                let body = try JSONSerialization.jsonObject(with: Data(res.body.readableBytesView))
                #expect(contract.missing(in: body, schema: schema) == [], "\(method) \(template)")
            }
            var id = 0
            try await Self.send(app, .POST, "/api/v1/articles", token: t.editor, Self.story) { res in
                id = try Self.json(res)["id"] as? Int ?? 0
                try check(res, "/api/v1/articles", "post")
            }
            try await Self.send(app, .PATCH, "/api/v1/articles/\(id)", token: t.editor, ["version": 1, "status": "published"]) {
                try check($0, "/api/v1/articles/{id}", "patch")
            }
            try await Self.send(app, .PATCH, "/api/v1/articles/\(id)", token: t.editor, ["version": 1]) { try check($0, "/api/v1/articles/{id}", "patch") }
            try await Self.send(app, .GET, "/api/v1/newsroom/articles", token: t.editor) { try check($0, "/api/v1/newsroom/articles", "get") }
            try await Self.send(app, .GET, "/api/v1/articles/\(id)/revisions", token: t.editor) { try check($0, "/api/v1/articles/{id}/revisions", "get") }
            try await Self.send(app, .GET, "/api/v1/newsroom/articles", token: nil) { try check($0, "/api/v1/newsroom/articles", "get") }
        }
    }
}
