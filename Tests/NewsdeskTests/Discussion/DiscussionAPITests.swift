import Fluent
import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

@Suite("Discussion API")
struct DiscussionAPITests {
    typealias D = DiscussionTests

    private func token(_ app: Application, email: String) async throws -> String {
        _ = try await app.newsdesk.users.create(.init(email: email, password: AccountFlowTests.password, displayName: "Api",
                                                      role: .reader, confirmed: true), on: app.db)
        let (token, _) = try await app.newsdesk.accounts.logIn(.init(email: email, password: AccountFlowTests.password, otp: nil,
                                                                     remember: false, ip: "127.0.0.9", kind: "api"), on: app.db)
        return token
    }

    private func json(_ res: TestingHTTPResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(res.body.readableBytesView)) as? [String: Any])
    }

    @Test func postsListsAndAnswersTheEngineOutcomes() async throws {
        try await withTestApp { app in
            let s = try await D.setup(app)
            let token = try await token(app, email: "api@example.com")
            let auth: HTTPHeaders = ["Authorization": "Bearer \(token)", "Content-Type": "application/json"]
            var id = 0
            try await app.testing().test(.POST, "/api/v1/articles/\(s.articleID)/comments", headers: auth,
                                         body: .init(string: "{\"text\": \"\(D.clean)\"}")) { res in
                #expect(res.status == .created)
                let body = try json(res)
                #expect(body["status"] as? String == "published")
                id = body["id"] as? Int ?? 0
            }
            try await app.testing().test(.POST, "/api/v1/articles/\(s.articleID)/comments", headers: auth,
                                         body: .init(string: "{\"text\": \"\(D.withLink)\"}")) { res in
                #expect(res.status == .created)
                let body = try json(res)
                #expect(body["status"] as? String == "pending")
                #expect(((body["findings"] as? [[String: Any]])?.first?["rule"] as? String) == "commercial_links")
            }
            try await app.testing().test(.POST, "/api/v1/articles/\(s.articleID)/comments", headers: auth,
                                         body: .init(string: "{\"text\": \"\(D.shouting)\"}")) { res in
                #expect(res.status == .unprocessableEntity)
                let body = try json(res)
                #expect(body["error"] as? String == "rejected")
                let f = try #require((body["findings"] as? [[String: Any]])?.first)
                #expect(f["rule"] as? String == "caps")
                #expect(f["start"] is Int && f["end"] is Int && f["message"] is String)
            }
            try await app.testing().test(.POST, "/api/v1/articles/\(s.articleID)/comments", headers: auth,
                                         body: .init(string: "{\"text\": \"Agreed.\", \"parent_id\": \(id)}")) { res in
                #expect(res.status == .created)
                let parent = try json(res)["parent_id"] as? Int
                #expect(parent == id)
            }
            try await app.testing().test(.GET, "/api/v1/articles/\(s.articleID)/comments?sort=oldest") { res in
                #expect(res.status == .ok)
                let body = try json(res)
                let items = try #require(body["items"] as? [[String: Any]])
                #expect(items.count == 2)
                let first = items[0]
                for key in ["id", "parent_id", "author", "text", "created_at", "likes", "status", "edited_by_moderator"] {
                    #expect(first.keys.contains(key), "missing \(key)")
                }
                #expect((first["author"] as? [String: Any])?["display_name"] as? String == "Api")
                #expect(body.keys.contains("next_cursor"))
            }
            try await app.testing().test(.POST, "/api/v1/comments/\(id)/like", headers: auth) { res in
                let likes = try json(res)["likes"] as? Int
                #expect(likes == 1)
            }
            try await app.testing().test(.POST, "/api/v1/comments/\(id)/reports", headers: auth,
                                         body: .init(string: "{\"rule\": \"spam\"}")) { res in
                #expect(res.status == .created)
            }
            try await app.testing().test(.PATCH, "/api/v1/comments/\(id)", headers: auth,
                                         body: .init(string: "{\"text\": \"The rescue teams on the coast deserve thanks.\"}")) { res in
                #expect(res.status == .ok)
            }
            try await app.testing().test(.DELETE, "/api/v1/comments/\(id)", headers: auth) { res in
                #expect(res.status == .noContent)
            }
            try await app.testing().test(.POST, "/api/v1/articles/\(s.articleID)/comments", headers: ["Content-Type": "application/json"],
                                         body: .init(string: "{\"text\": \"hello\"}")) { res in
                #expect(res.status == .unauthorized)
            }
        }
    }
}
