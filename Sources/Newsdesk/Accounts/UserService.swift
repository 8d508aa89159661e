import Fluent
import Foundation
import Vapor

enum UserError: Error, Equatable {
    case invalid(field: String, message: String)
    case emailTaken
}

/// Creating members. The operator command and the demo seeder use it; registration will too.
struct UserService: Sendable {
    let clock: AppClock
    /// bcrypt cost; tests lower it because each hash at cost 12 takes a quarter of a second.
    let bcryptCost: Int

    struct NewUser: Sendable {
        var email: String
        var password: String
        var displayName: String?
        var role: Role
        var confirmed: Bool
    }

    struct Created: Sendable {
        let id: Int
        let email: String
        let displayName: String
        let role: Role
    }

    func create(_ input: NewUser, on db: any Database) async throws -> Created {
        let email = input.email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard Self.looksLikeEmail(email) else {
            throw UserError.invalid(field: "email", message: "'\(input.email)' is not an e-mail address")
        }
        let count = input.password.count
        guard (12...128).contains(count) else {
            throw UserError.invalid(field: "password", message: "the password must have 12 to 128 characters (it has \(count))")
        }
        let raw = (input.displayName?.trimmingCharacters(in: .whitespacesAndNewlines)).flatMap { $0.isEmpty ? nil : $0 }
            ?? String(email.split(separator: "@").first ?? "member")
        let name: String
        switch DisplayName.validated(raw) {
        case .success(let valid): name = valid
        case .failure(let problem): throw UserError.invalid(field: "display_name", message: problem)
        }
        if try await User.query(on: db).filter(\.$email == email).first() != nil {
            throw UserError.emailTaken
        }
        let hash = try await PasswordHash.make(input.password, cost: bcryptCost)
        let now = clock.now()
        let user = User(email: email, passwordHash: hash, displayName: name, role: input.role,
                        confirmedAt: input.confirmed ? now : nil, createdAt: now)
        try await user.create(on: db)
        return Created(id: try user.requireID(), email: email, displayName: name, role: input.role)
    }

    static func looksLikeEmail(_ s: String) -> Bool {
        s.count <= 254 && s.range(of: #"^[^@\s]+@[^@\s]+\.[^@\s]+$"#, options: .regularExpression) != nil
    }
}
