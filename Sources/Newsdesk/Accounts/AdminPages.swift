import Foundation

/// A member as the administrators' list shows them.
struct MemberSummary: Sendable, Equatable {
    let id: Int
    let email: String
    let displayName: String
    let role: Role?
    let status: String
    let confirmed: Bool
    let twoFactor: Bool
}

/// A mail in the outbox, as the administrators' list shows it.
struct OutboxEntry: Sendable, Equatable {
    let id: Int
    let to: String
    let subject: String
    let kind: String
    let status: String
    let attempts: Int
    let createdAt: Date
    let error: String?
}

/// Builds the administrators' pages: members with their roles, and the recent mail.
enum AdminPages {
    static func users(_ ctx: PageContext, members: [MemberSummary], done: String? = nil) -> AdminUsersModel {
        AdminUsersModel(
            layout: ctx.layout(title: ctx.edition.strings.text("admMembersAndRoles")),
            users: members.map { m in
                AdminUserRow(id: m.id, roleURL: Paths.adminUserRole(m.id), email: m.email, displayName: m.displayName,
                             role: m.role?.rawValue ?? "", status: m.status, confirmed: m.confirmed, twoFactor: m.twoFactor,
                             roles: Role.allCases.map { RoleOption(value: $0.rawValue, selected: $0 == m.role) })
            },
            csrf: ctx.formToken, notice: done == "role" ? ctx.edition.strings.text("admRoleChanged") : nil, mailURL: Paths.adminMail)
    }

    /// `transport`: where mail goes, in words.
    static func mail(_ ctx: PageContext, mails: [OutboxEntry], transport: String) -> AdminMailModel {
        AdminMailModel(
            layout: ctx.layout(title: ctx.edition.strings.text("admRecentMail")),
            mails: mails.map {
                AdminMailRow(id: $0.id, to: $0.to, subject: $0.subject, kind: $0.kind, status: $0.status, attempts: $0.attempts,
                             created: EditionClock.articleTime($0.createdAt, zone: ctx.edition.timeZone, language: ctx.edition.language),
                             createdISO: EditionClock.iso8601($0.createdAt, zone: ctx.edition.timeZone), error: $0.error)
            },
            transport: transport, usersURL: Paths.adminUsers())
    }
}
