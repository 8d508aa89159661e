import ConsoleKit
import Fluent
import Vapor

/// `newsdesk user create --email E --password P --role R [--display-name N]`: for operators and tests.
/// The user is created confirmed.
struct UserCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "create | token")
        var action: String
        @Option(name: "email", help: "e-mail address")
        var email: String?
        @Option(name: "password", help: "password, 12 to 128 characters")
        var password: String?
        @Option(name: "role", help: "admin|editor|journalist|moderator|reader")
        var role: String?
        @Option(name: "display-name", help: "name shown on the site")
        var displayName: String?
    }

    var help: String { "Manage members: `user create --email E --password P --role R [--display-name N]`, `user token --email E`." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        if signature.action == "token" { return try await token(app, context: context, email: signature.email) }
        guard signature.action == "create" else {
            throw CommandError(message: "unknown action '\(signature.action)'; use: user create | user token")
        }
        var problems: [String] = []
        if signature.email == nil { problems.append("--email is required") }
        if signature.password == nil { problems.append("--password is required") }
        let role = signature.role.flatMap(Role.init(rawValue:))
        if role == nil {
            problems.append("--role must be one of \(Role.allCases.map(\.rawValue).joined(separator: "|"))")
        }
        guard problems.isEmpty, let email = signature.email, let password = signature.password, let role else {
            throw CommandError(message: problems.joined(separator: "; "))
        }
        try await app.autoMigrate()
        do {
            let created = try await app.newsdesk.users.create(
                .init(email: email, password: password, displayName: signature.displayName, role: role, confirmed: true),
                on: app.db
            )
            context.console.print("created user \(created.id) <\(created.email)> \"\(created.displayName)\" role=\(created.role.rawValue)")
        } catch UserError.invalid(let field, let message) {
            throw CommandError(message: "\(field): \(message)")
        } catch UserError.emailTaken {
            throw CommandError(message: "a user with e-mail \(email) already exists")
        }
    }
}

extension UserCommand {
    /// `user token --email E`: prints an API bearer token for automation (staff included, no second factor asked).
    func token(_ app: Application, context: CommandContext, email: String?) async throws {
        guard let email = email?.lowercased() else { throw CommandError(message: "--email is required") }
        try await app.autoMigrate()
        guard let user = try await User.query(on: app.db).filter(\.$email == email).first(), user.isActive else {
            throw CommandError(message: "no active user has the e-mail \(email)")
        }
        let (token, _) = try await app.newsdesk.accounts.sessions.create(userID: try user.requireID(), kind: "api", remember: false, on: app.db)
        context.console.print(token)
    }
}

struct CommandError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
