import Fluent
import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

/// A reader who registers from the Russian edition stays in it: the pages, the form's answers, the mail and its
/// link are Russian and under `/ru`; the community standards exist in every edition.
@Suite("Accounts in every edition")
struct EditionAccountTests {
    @Test func registeringFromTheRussianEditionStaysInIt() async throws {
        try await withTestApp { app in
            _ = try await Fixture.build(app)
            let client = FormClient(app)
            let page = try await client.get("/ru/account/register").body.string
            #expect(page.contains("<html lang=\"ru\" dir=\"ltr\">"))
            #expect(page.contains("<h1>Регистрация</h1>"))
            #expect(page.contains("action=\"/ru/account/register\""))
            #expect(page.contains("href=\"/ru/community-standards\""))
            #expect(page.contains("<span class=\"brand__edition\">Русская служба</span>"))

            // A refused form comes back in Russian too.
            var refused = try await client.captchaFields(page: "/ru/account/register")
            refused.merge(["email": "not-an-address", "display_name": "Рита", "password": AccountFlowTests.password]) { $1 }
            let again = try await client.post("/ru/account/register", refused)
            #expect(again.status == .unprocessableEntity)
            #expect(again.body.string.contains("Исправьте отмеченные поля."))

            var form = try await client.captchaFields(page: "/ru/account/register")
            form.merge(["email": "rita@example.com", "display_name": "Рита", "password": AccountFlowTests.password, "consent": "on"]) { $1 }
            let res = try await client.post("/ru/account/register", form)
            #expect(res.status == .ok)
            #expect(res.body.string.contains("Проверьте почту"))

            let mail = try #require(try await MailBox.latest(to: "rita@example.com", app))
            #expect(mail.contains("Спасибо за регистрацию") && mail.contains("Content-Language: ru"))
            let link = try #require(MailBox.link("/ru/account/confirm", in: mail))
            let confirmed = try await client.get(link).body.string
            #expect(confirmed.contains("Адрес подтверждён") && confirmed.contains("<html lang=\"ru\""))
        }
    }

    @Test func communityStandardsAndErrorsExistInEveryEdition() async throws {
        try await withTestApp { app in
            let f = try await Fixture.build(app)
            let admin = try await StaffAndAPISessionTests.makeUser(app, email: "admin@example.com", role: .admin)
            _ = try await app.newsdesk.accounts.policies.publish(slug: PolicyPages.standards, language: "en", title: "Community standards",
                                                              body: "Be civil.", authorID: admin, on: app.db)
            _ = try await app.newsdesk.accounts.policies.publish(slug: PolicyPages.standards, language: "ru", title: "Правила сообщества",
                                                              body: "Будьте вежливы.", authorID: admin, on: app.db)
            let ru = try await FormClient(app).get("/ru/community-standards")
            #expect(ru.status == .ok)
            #expect(ru.body.string.contains("Будьте вежливы.") && ru.body.string.contains("/ru/community-standards\">"))
            // An edition without its own version shows the English one rather than nothing.
            #expect(try await FormClient(app).get("/community-standards").body.string.contains("Be civil."))
            let missing = try await FormClient(app).get("/\(f.russian.code)/no-such-page")
            #expect(missing.status == .notFound)
            #expect(missing.body.string.contains("Страница не найдена"))
        }
    }
}
