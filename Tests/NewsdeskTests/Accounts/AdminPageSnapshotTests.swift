import Foundation
import Testing
@testable import Newsdesk

/// The administrators' pages built from fixed members and mails and compared with stored snapshots.
@Suite("Admin page snapshots")
struct AdminPageSnapshotTests {
    typealias F = PageFixtures

    @Test func membersAndRoles() async throws {
        let members = [
            MemberSummary(id: 1, email: "admin@example.test", displayName: "Ada Admin", role: .admin, status: "active", confirmed: true, twoFactor: true),
            MemberSummary(id: 42, email: "ana@example.test", displayName: "Ana <Ruiz>", role: .reader, status: "active", confirmed: false, twoFactor: false),
            MemberSummary(id: 43, email: "gone@example.test", displayName: "Gone", role: .journalist, status: "deleted", confirmed: true, twoFactor: false),
        ]
        let html = try await Snapshot.check("Admin/users", AdminPages.users(F.context(viewer: F.admin), members: members, done: "role"),
                                            named: "admin-users")
        #expect(html.contains("action=\"/admin/users/42/role\""))
        #expect(html.contains("Ana &lt;Ruiz&gt;"))
        #expect(html.contains("The role was changed."))
    }

    /// An administrator who chose Russian: the list's words are Russian, the names and addresses as they are.
    @Test func membersAndRolesInTheAdministratorsChosenRussian() async throws {
        var admin = F.admin
        admin.language = "ru"
        let ctx = F.context(PageResponder.staffEdition(F.english, language: admin.language), viewer: admin)
        let members = [MemberSummary(id: 42, email: "ana@example.test", displayName: "Ana Ruiz", role: .reader, status: "active",
                                     confirmed: false, twoFactor: false)]
        let html = try await Snapshot.render("Admin/users", AdminPages.users(ctx, members: members, done: "role"))
        for phrase in ["<h1>Участники и роли</h1>", "Роль изменена.", "(не подтверждён)", ">Сохранить</button>", ">Последние письма</a>",
                       "<td>активен</td>", "<option value=\"reader\" selected>читатель</option>", "<option value=\"admin\">администратор</option>"] {
            #expect(html.contains(phrase), "\(phrase)")
        }
        let sent = OutboxEntry(id: 2, to: "ana@example.test", subject: "Подтвердите адрес", kind: "confirm_email", status: "sent", attempts: 1,
                               createdAt: fixedNow, error: nil)
        let mail = try await Snapshot.render("Admin/mail", AdminPages.mail(ctx, mails: [sent], transport: "SMTP"))
        #expect(mail.contains("<h1>Последние письма</h1>") && mail.contains("Отправка: SMTP"))
        #expect(mail.contains("<td>подтверждение адреса</td><td>отправлено</td>") && mail.contains("01:51 GMT+1, 23 сентября 2017"))
    }

    @Test func recentMail() async throws {
        let mails = [
            OutboxEntry(id: 2, to: "ana@example.test", subject: "Confirm your address", kind: "confirm", status: "sent", attempts: 1,
                        createdAt: fixedNow, error: nil),
            OutboxEntry(id: 1, to: "bad@example.test", subject: "Reset your password", kind: "reset", status: "failed", attempts: 5,
                        createdAt: fixedNow.addingTimeInterval(-3600), error: "550 mailbox unavailable"),
        ]
        let html = try await Snapshot.check("Admin/mail", AdminPages.mail(F.context(viewer: F.admin), mails: mails, transport: "SMTP"),
                                            named: "admin-mail")
        #expect(html.contains("href=\"/admin/users\""))
    }
}
