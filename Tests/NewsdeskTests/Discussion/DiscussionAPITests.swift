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

    /// A post's checks read from one statement (`postContext`): the comment replied to must be a published, live
    /// comment of the same article; the article must exist and be out; the reply keeps its thread's root.
    @Test func repliesAndArticlesAreCheckedFromThePostsContext() async throws {
        try await withTestApp { app in
            let s = try await D.setup(app)
            let other = try await s.fixture.article(app, title: "Another story on the coast")
            let draft = try await s.fixture.article(app, title: "Unpublished story", status: .draft)
            let token = try await token(app, email: "api@example.com")
            let auth: HTTPHeaders = ["Authorization": "Bearer \(token)", "Content-Type": "application/json"]
            func post(_ article: Int, _ body: String) async throws -> (HTTPStatus, [String: Any]) {
                var out: (HTTPStatus, [String: Any]) = (.ok, [:])
                try await app.testing().test(.POST, "/api/v1/articles/\(article)/comments", headers: auth, body: .init(string: body)) { res in
                    out = (res.status, (try? JSONSerialization.jsonObject(with: Data(res.body.readableBytesView)) as? [String: Any]) ?? [:])
                }
                return out
            }
            let (status, root) = try await post(s.articleID, "{\"text\": \"\(D.clean)\"}")
            #expect(status == .created)
            let rootID = try #require(root["id"] as? Int)
            let (replyStatus, reply) = try await post(s.articleID, "{\"text\": \"Thanks for the update.\", \"parent_id\": \(rootID)}")
            #expect(replyStatus == .created)
            let replyID = try #require(reply["id"] as? Int)
            // A reply to a reply belongs to the first comment's thread.
            let (deepStatus, deep) = try await post(s.articleID, "{\"text\": \"Same here, thanks.\", \"parent_id\": \(replyID)}")
            #expect(deepStatus == .created)
            let stored = try #require(try await Comment.find(try #require(deep["id"] as? Int), on: app.db))
            #expect(stored.rootID == rootID && stored.parentID == replyID)

            // Replies to a comment of another article, a held one, a deleted one or none at all: 422 on parent_id.
            let (heldStatus, held) = try await post(s.articleID, "{\"text\": \"\(D.withLink)\"}")
            #expect(heldStatus == .created && held["status"] as? String == "pending")
            let (otherStatus, otherRoot) = try await post(other, "{\"text\": \"The coast road is closed again tonight.\"}")
            #expect(otherStatus == .created)
            try await Comment.query(on: app.db).filter(\.$id == replyID).set(\.$deletedAt, to: fixedNow).update()
            for parent in [try #require(otherRoot["id"] as? Int), try #require(held["id"] as? Int), replyID, 999_999] {
                let (refused, body) = try await post(s.articleID, "{\"text\": \"I agree with this.\", \"parent_id\": \(parent)}")
                #expect(refused == .unprocessableEntity, "parent \(parent)")
                #expect((body["fields"] as? [String: Any])?["parent_id"] != nil, "parent \(parent)")
            }
            // No such article, or one not out: 404, nothing stored.
            let before = try await Comment.query(on: app.db).count()
            #expect(try await post(draft, "{\"text\": \"\(D.clean)\"}").0 == .notFound)
            #expect(try await post(999_999, "{\"text\": \"\(D.clean)\"}").0 == .notFound)
            #expect(try await Comment.query(on: app.db).count() == before)
        }
    }

    /// A body sent compressed (`Content-Encoding: gzip`) is refused with 415 and a JSON error that says why, over a
    /// real socket (the server does not inflate request bodies); nothing is stored, and the same comment sent as it
    /// is goes in.
    @Test func compressedBodiesAreRefusedWithTheirOwnStatus() async throws {
        try await withTestApp { app in
            let s = try await D.setup(app)
            let token = try await token(app, email: "api@example.com")
            try await withRunningServer(app) { port in
                let body = Array("{\"text\": \"\(D.clean)\"}".utf8)
                let headers = [("Authorization", "Bearer \(token)"), ("Content-Type", "application/json")]
                let before = try await Comment.query(on: app.db).count()
                let refused = try await Wire.request(port: port, "POST", "/api/v1/articles/\(s.articleID)/comments",
                                                     headers: headers + [("Content-Encoding", "gzip")], body: body)
                #expect(refused.status == 415, "\(refused.text.prefix(300))")
                #expect(refused.text.contains("\"error\"") && refused.text.contains("Content-Encoding: gzip"), "\(refused.text.prefix(300))")
                #expect(try await Comment.query(on: app.db).count() == before)
                // Without a body the header is harmless: a page asked for with it is served as usual.
                let page = try await Wire.request(port: port, "GET", "/news", headers: [("Content-Encoding", "gzip")])
                #expect(page.status == 200, "\(page.text.prefix(300))")
                let plain = try await Wire.request(port: port, "POST", "/api/v1/articles/\(s.articleID)/comments",
                                                   headers: headers + [("Content-Encoding", "identity")], body: body)
                #expect(plain.status == 201, "\(plain.text.prefix(300))")
                #expect(try await Comment.query(on: app.db).count() == before + 1)
            }
        }
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
