import Fluent
import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

@Suite("Account mail over real SMTP")
struct MailDeliveryTests {
    @Test func confirmationMailTravelsThroughAnSMTPServerAndItsLinkConfirmsTheMember() async throws {
        try await withMailTestServer { server in
            var site = try TestSite.make()
            site.smtpURL = "smtp://127.0.0.1:\(server.port)?tls=none"
            try await withTestApp(site: site) { app in
                _ = try await Fixture.build(app)
                let client = FormClient(app)
                var form = try await client.captchaFields(page: "/account/register")
                form.merge(["email": "smtp@example.com", "display_name": "Sam Smtp", "password": AccountFlowTests.password,
                            "consent": "on", "lang": "ru"]) { $1 }
                #expect(try await client.post("/account/register", form).status == .ok)
                #expect(try await app.newsdesk.mailer.deliverDue(on: app.db, logger: app.logger) == 1)
                let outbox = try #require(try await OutboxMail.query(on: app.db).first())
                #expect(outbox.status == "sent")

                let raw = try #require(try server.messages().first)
                let mail = try MailTestEnvironment.parse(raw)
                #expect(mail.header("Subject") == "Подтвердите адрес электронной почты")
                #expect(mail.header("Content-Language") == "ru")
                #expect(mail.parts.count == 2)
                let text = try #require(mail.parts.first { $0.contentType == "text/plain" }?.text)
                let range = try #require(text.range(of: #"http://news\.test/account/confirm\?token=[A-Za-z0-9_-]+"#, options: .regularExpression))
                let link = String(text[range].dropFirst("http://news.test".count))
                #expect(try await client.get(link).status == .ok)
                #expect(try await User.query(on: app.db).filter(\.$email == "smtp@example.com").first()?.confirmedAt != nil)
            }
        }
    }

    @Test func mailWaitsInTheOutboxWithBackoffWhileTheServerIsDown() async throws {
        let clock = TestClock(fixedNow)
        // A port nothing listens on: take a free one from a server that is then stopped.
        let deadPort = try await withMailTestServer { $0.port }
        var site = try TestSite.make()
        site.smtpURL = "smtp://127.0.0.1:\(deadPort)?tls=none&timeout=2"
        try await withTestApp(clock: clock, site: site) { app in
            _ = try await Fixture.build(app)
            try await app.newsdesk.mailer.enqueue(.init(kind: "test", to: MailAddress(email: "x@example.com", name: nil),
                                                        subject: "Hello", text: "Body", html: nil, language: "en"), on: app.db)
            #expect(try await app.newsdesk.mailer.deliverDue(on: app.db, logger: app.logger) == 0)
            let row = try #require(try await OutboxMail.query(on: app.db).first())
            #expect(row.status == "pending")
            #expect(row.attempts == 1)
            #expect(row.lastError != nil)
            #expect(row.nextAttemptAt > clock.now)
            // Not due again before the backoff has passed.
            #expect(try await app.newsdesk.mailer.deliverDue(on: app.db, logger: app.logger) == 0)
            #expect(try await OutboxMail.query(on: app.db).first()?.attempts == 1)
        }
    }
}
