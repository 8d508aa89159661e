import Fluent
import Foundation
import Vapor

/// Staff areas check the role on the server and require the second factor to be enrolled.
struct StaffGuard {
    /// The signed-in member for a handler whose service checks the role itself: not signed in goes to the log-in
    /// page, staff without a second factor go to enrol it, everyone else reaches the service (which may say 403).
    static func member(_ req: Request) throws -> Member {
        guard let member = req.member else { throw Abort.redirect(to: Paths.login(next: req.url.path)) }
        guard !member.isStaff || member.totpEnabled else { throw Abort.redirect(to: Paths.twoFactor()) }
        return member
    }

    /// For pages that show staff data: the role is checked here, as no service call would check it.
    static func require(_ req: Request, roles: Set<Role>) throws -> Member {
        guard let member = req.member else { throw Abort.redirect(to: Paths.login(next: req.url.path)) }
        guard roles.contains(member.role) else { throw Abort(.forbidden, reason: "This area is for staff with another role.") }
        guard member.totpEnabled else { throw Abort.redirect(to: Paths.twoFactor()) }
        return member
    }
}

/// The admin pages: members and their roles, and the recent mail.
struct AdminController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.adminUsers, use: users)
        routes.post(.adminUserRole, use: setRole)
        routes.get(.adminMail, use: mail)
    }

    @Sendable func users(req: Request) async throws -> Response {
        _ = try StaffGuard.require(req, roles: [.admin])
        let members = try await User.query(on: req.db).sort(\.$id).limit(500).all().map { u in
            MemberSummary(id: u.id ?? 0, email: u.email, displayName: u.displayName, role: Role(rawValue: u.role), status: u.status ?? "active",
                          confirmed: u.confirmedAt != nil, twoFactor: u.totpEnabledAt != nil)
        }
        let done = try? req.query.get(String.self, at: "done")
        return try await PageResponder(req: req).staff("Admin/users") { AdminPages.users($0, members: members, done: done) }
    }

    @Sendable func setRole(req: Request) async throws -> Response {
        let actor = try StaffGuard.require(req, roles: [.admin])
        guard let id = req.parameters.get("id", as: Int.self) else { throw Abort(.notFound) }
        guard let role = Role(rawValue: (try? req.content.get(String.self, at: "role")) ?? "") else {
            throw Abort(.unprocessableEntity, reason: "Unknown role.")
        }
        do {
            let before = try await User.find(id, on: req.db)?.role
            try await req.newsdesk.accounts.setRole(actor: actor, userID: id, role: role, on: req.db)
            try await req.newsdesk.moderation.audit(actor, action: "member.role", subject: ("user", id), reason: nil,
                                                    before: before, after: role.rawValue, on: req.db)
        } catch AccountError.invalid(let fields) {
            throw Abort(.unprocessableEntity, reason: fields["role"] ?? "The role cannot be changed.")
        } catch AccountError.tokenInvalid {
            throw Abort(.notFound)
        }
        return req.redirect(to: Paths.adminUsers(done: "role"))
    }

    @Sendable func mail(req: Request) async throws -> Response {
        _ = try StaffGuard.require(req, roles: [.admin])
        let mails = try await OutboxMail.query(on: req.db).sort(\.$id, .descending).limit(100).all().map { m in
            OutboxEntry(id: m.id ?? 0, to: m.toEmail, subject: m.subject, kind: m.kind, status: m.status, attempts: m.attempts,
                        createdAt: m.createdAt, error: m.lastError)
        }
        let transport = req.newsdesk.config.smtpURL == nil ? "files in the data folder (mail/)" : "SMTP"
        return try await PageResponder(req: req).staff("Admin/mail") { AdminPages.mail($0, mails: mails, transport: transport) }
    }
}
