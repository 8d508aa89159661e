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
    /// A stored word (`editor`, `deleted`, `confirm_email`) by its name in the catalogue under `prefix`; a word the
    /// catalogue does not know shows as it is.
    static func word(_ prefix: String, _ raw: String, _ s: UIStrings) -> String { s.texts[prefix + raw] ?? raw }

    static func users(_ ctx: PageContext, members: [MemberSummary], done: String? = nil) -> AdminUsersModel {
        let s = ctx.edition.strings
        return AdminUsersModel(
            layout: ctx.layout(title: ctx.edition.strings.text("admMembersAndRoles")),
            users: members.map { m in
                AdminUserRow(id: m.id, roleURL: Paths.adminUserRole(m.id), email: m.email, displayName: m.displayName,
                             role: m.role.map { word("role_", $0.rawValue, s) } ?? "", status: word("admMemberStatus_", m.status, s),
                             confirmed: m.confirmed, twoFactor: m.twoFactor,
                             roles: Role.allCases.map { RoleOption(value: $0.rawValue, selected: $0 == m.role, label: word("role_", $0.rawValue, s)) })
            },
            csrf: ctx.formToken, notice: done == "role" ? ctx.edition.strings.text("admRoleChanged") : nil, mailURL: Paths.adminMail)
    }

    /// `transport`: where mail goes, in words.
    static func mail(_ ctx: PageContext, mails: [OutboxEntry], transport: String) -> AdminMailModel {
        let s = ctx.edition.strings
        return AdminMailModel(
            layout: ctx.layout(title: ctx.edition.strings.text("admRecentMail")),
            mails: mails.map {
                AdminMailRow(id: $0.id, to: $0.to, subject: $0.subject, kind: word("admMailKind_", $0.kind, s),
                             status: word("admMailStatus_", $0.status, s), attempts: $0.attempts,
                             created: EditionClock.articleTime($0.createdAt, zone: ctx.edition.timeZone, language: ctx.edition.language),
                             createdISO: EditionClock.iso8601($0.createdAt, zone: ctx.edition.timeZone), error: $0.error)
            },
            transport: transport, usersURL: Paths.adminUsers())
    }
}
