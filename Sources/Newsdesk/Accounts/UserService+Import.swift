import Fluent
import Foundation
import Vapor

/// Members brought in from another system (the WordPress importer): authors and commenters get a record without a
/// password, which they claim through password recovery. No mail is sent.
extension UserService {
    /// A stored hash no password matches: bcrypt refuses it, so the account cannot log in until a reset sets one.
    static let noPassword = "!imported"

    struct ImportedMember: Sendable, Equatable {
        let id: Int
        let displayName: String
        let created: Bool
    }

    /// The member with this e-mail address (whatever their role), or a new one with `role` and no password.
    func importedMember(email raw: String, displayName rawName: String, role: Role, on db: any Database) async throws -> ImportedMember {
        let email = raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard Self.looksLikeEmail(email) else {
            throw UserError.invalid(field: "email", message: "'\(raw)' is not an e-mail address")
        }
        if let found = try await User.query(on: db).filter(\.$email == email).first() {
            return ImportedMember(id: try found.requireID(), displayName: found.displayName, created: false)
        }
        let name: String
        switch DisplayName.validated(String(rawName.prefix(DisplayName.maxLength))) {
        case .success(let valid): name = valid
        case .failure:
            let local = String(email.split(separator: "@").first ?? "member").prefix(DisplayName.maxLength)
            if case .success(let valid) = DisplayName.validated(String(local)) { name = valid } else { name = "Reader" }
        }
        let user = User(email: email, passwordHash: Self.noPassword, displayName: name, role: role, confirmedAt: nil, createdAt: clock.now())
        try await user.create(on: db)
        return ImportedMember(id: try user.requireID(), displayName: name, created: true)
    }
}
