import ConsoleKit
import Fluent
import Vapor

/// `newsdesk user create --email E --password P --role R [--display-name N]`: for operators and tests.
/// The user is created confirmed.
struct UserCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "create")
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

    var help: String { "Manage members: `user create --email E --password P --role R [--display-name N]`." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        guard signature.action == "create" else {
            throw CommandError(message: "unknown action '\(signature.action)'; use: user create")
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

struct CommandError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
