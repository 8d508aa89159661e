import Fluent
import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

/// Over a rate limit the answer is 429 with `Retry-After`, on the pages and in the API, and nothing the member
/// typed is lost: the form comes back filled in, and nothing half-done is stored.
@Suite("Rate limits: 429 with Retry-After, nothing lost")
struct RateLimitTests {
    typealias D = DiscussionTests

    static func retryAfter(_ headers: HTTPHeaders, sourceLocation: SourceLocation = #_sourceLocation) -> Int {
        let value = headers.first(name: .retryAfter).flatMap(Int.init) ?? -1
        #expect(value > 0, "Retry-After is \(headers.first(name: .retryAfter) ?? "missing")", sourceLocation: sourceLocation)
        return value
    }

    // MARK: Registration and recovery (10 an hour from one address; recovery also 3 an hour per e-mail)

    @Test func theEleventhRegistrationFromOneAddressInAnHourIsRefusedWithTheFormFilledIn() async throws {
        try await withTestApp { app in
            _ = try await Fixture.build(app)
            let client = FormClient(app)
            for i in 1...10 {
                var form = try await client.captchaFields(page: "/account/register")
                form.merge(["email": "reader\(i)@example.com", "display_name": "Reader \(i)", "password": AccountFlowTests.password,
                            "consent": "on"]) { $1 }
                let res = try await client.post("/account/register", form)
                #expect(res.status == .ok, "registration \(i): \(res.body.string.prefix(200))")
                #expect(res.body.string.contains("Check your e-mail"))
            }
            var form = try await client.captchaFields(page: "/account/register")
            form.merge(["email": "Eleventh@Example.com", "display_name": "Eleventh <Reader>", "password": "an eleventh passphrase",
                        "consent": "on"]) { $1 }
            let refused = try await client.post("/account/register", form)

            #expect(refused.status == .tooManyRequests)
            #expect(Self.retryAfter(refused.headers) <= 3600)
            let html = refused.body.string
            #expect(html.contains("Too many requests"), "\(html.prefix(400))")
            #expect(html.contains("action=\"/account/register\""), "the form comes back")
            #expect(html.contains("value=\"Eleventh@Example.com\""), "the typed e-mail is kept")
            #expect(html.contains("value=\"Eleventh &lt;Reader&gt;\""), "the typed name is kept")
            #expect(html.contains("name=\"captcha_token\""), "with a fresh check to try again later")
            #expect(!html.contains("an eleventh passphrase"))
            #expect(try await User.query(on: app.db).count() == 10)
            #expect(try await User.query(on: app.db).filter(\.$email == "eleventh@example.com").count() == 0)
        }
    }

    static func recover(_ client: FormClient, _ email: String) async throws -> TestingHTTPResponse {
        var form = try await client.captchaFields(page: "/account/recover")
        form["email"] = email
        return try await client.post("/account/recover", form)
    }

    @Test func recoveryOverItsLimitsIsRefusedWithTheAddressKeptAndNoMoreMail() async throws {
        try await withTestApp { app in
            _ = try await Fixture.build(app)
            _ = try await app.newsdesk.users.create(.init(email: "owner@example.com", password: AccountFlowTests.password,
                                                          displayName: "Owner", role: .reader, confirmed: true), on: app.db)
            let client = FormClient(app)
            // Three links an hour for one address.
            for _ in 1...3 {
                let res = try await Self.recover(client, "owner@example.com")
                #expect(res.status == .ok)
                #expect(res.body.string.contains("Check your e-mail"))
            }
            let fourth = try await Self.recover(client, "owner@example.com")
            #expect(fourth.status == .tooManyRequests)
            _ = Self.retryAfter(fourth.headers)
            #expect(fourth.body.string.contains("action=\"/account/recover\""))
            #expect(fourth.body.string.contains("value=\"owner@example.com\""))
            try await app.newsdesk.mailer.deliverDue(on: app.db, logger: app.logger)
            #expect(try MailBox.messages(app).filter { $0.contains("/account/reset?token=") }.count == 3)

            // Ten requests an hour from one address, whatever the e-mail (four so far).
            for i in 5...10 {
                #expect(try await Self.recover(client, "someone\(i)@example.com").status == .ok, "request \(i)")
            }
            let eleventh = try await Self.recover(client, "Late.Comer@example.com")
            #expect(eleventh.status == .tooManyRequests)
            #expect(Self.retryAfter(eleventh.headers) <= 3600)
            #expect(eleventh.body.string.contains("Too many requests"))
            #expect(eleventh.body.string.contains("value=\"Late.Comer@example.com\""))
        }
    }

    // MARK: Comments (5 a minute per member)

    @Test func postingCommentsTooFastOnThePageIsRefusedWithRetryAfterAndTheTextKept() async throws {
        try await withTestApp { app in
            let s = try await D.setup(app)
            let rita = try await D.member(app, email: "rita@example.com", name: "Rita")
            for i in 1...5 {
                let res = try await rita.post("/threads/\(s.articleID)", ["text": "Comment number \(i) about the storm on the coast."])
                #expect(res.status == .seeOther, "comment \(i)")
            }
            let text = "A sixth comment about the storm & the coast."
            let refused = try await rita.post("/threads/\(s.articleID)", ["text": text])
            #expect(refused.status == .tooManyRequests)
            let retry = Self.retryAfter(refused.headers)
            #expect(retry <= 60)
            let html = refused.body.string
            #expect(html.contains("You are posting too fast. Wait \(retry) seconds"), "\(html.prefix(300))")
            #expect(html.contains("A sixth comment about the storm &amp; the coast.</textarea>"), "the text is kept in the form")
            #expect(try await Comment.query(on: app.db).count() == 5)
            #expect(try await Comment.query(on: app.db).filter(\.$text == text).count() == 0)
        }
    }

    @Test func postingCommentsTooFastThroughTheAPIAnswers429JSONWithRetryAfter() async throws {
        try await withTestApp { app in
            let s = try await D.setup(app)
            let token = try await TestAPI.token(app, email: "api@example.com")
            let headers: HTTPHeaders = ["Authorization": "Bearer \(token)", "Content-Type": "application/json"]
            for i in 1...5 {
                try await app.testing().test(.POST, "/api/v1/articles/\(s.articleID)/comments", headers: headers,
                                             body: .init(string: "{\"text\": \"API comment \(i) about the storm on the coast.\"}")) { res in
                    #expect(res.status == .created, "comment \(i): \(res.body.string)")
                }
            }
            try await app.testing().test(.POST, "/api/v1/articles/\(s.articleID)/comments", headers: headers,
                                         body: .init(string: "{\"text\": \"One too many about the storm.\"}")) { res in
                #expect(res.status == .tooManyRequests)
                #expect(res.headers.contentType?.subType == "json")
                let retry = Self.retryAfter(res.headers)
                let body = try #require(TestAPI.json(res), "\(res.body.string)")
                #expect(body["error"] as? String == "rate_limited")
                #expect((body["message"] as? String)?.contains("wait \(retry) seconds") == true, "\(body)")
            }
            #expect(try await Comment.query(on: app.db).count() == 5)
        }
    }

    // MARK: Avatars (10 uploads an hour per member)

    @Test func theEleventhAvatarUploadInAnHourIsRefusedAndTheCurrentPictureStays() async throws {
        try await withTestApp { app in
            _ = try await Fixture.build(app)
            let client = try await D.member(app, email: "pia@example.com", name: "Pia")
            let user = try #require(try await User.query(on: app.db).filter(\.$email == "pia@example.com").first())
            for i in 1...10 {
                let res = try await client.uploadAvatar(TestImages.png64x48)
                #expect(res.status == .seeOther, "upload \(i): \(res.body.string.prefix(300))")
            }
            let current = try #require(try await User.find(user.requireID(), on: app.db)?.avatarFile)

            let refused = try await client.uploadAvatar(TestImages.png64x48)
            #expect(refused.status == .tooManyRequests)
            #expect(Self.retryAfter(refused.headers) <= 3600)
            let html = refused.body.string
            #expect(html.contains("Too many requests"), "\(html.prefix(400))")
            #expect(html.contains("action=\"/account/settings/avatar\""), "the settings page comes back with the upload form")
            #expect(try await User.find(user.requireID(), on: app.db)?.avatarFile == current)
            let media = try FileManager.default.contentsOfDirectory(atPath: app.newsdesk.config.dataDirectory + "/media")
            #expect(media.filter { $0.hasPrefix("avatar-") } == [current], "only the current picture is kept")
        }
    }
}
