import Fluent
import Foundation
import Vapor

enum Role: String, Codable, Sendable, CaseIterable {
    case reader, journalist, editor, moderator, admin
}

/// A member of the site. Registration, sessions and the rest of the account life cycle build on this table.
final class User: Model, @unchecked Sendable {
    static let schema = "users"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "email") var email: String
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "display_name") var displayName: String
    @Field(key: "role") var role: String
    @OptionalField(key: "confirmed_at") var confirmedAt: Date?
    @Field(key: "created_at") var createdAt: Date
    /// nil or "active"; "deleted" while restorable; "purged" after the 30 days.
    @OptionalField(key: "status") var status: String?
    @OptionalField(key: "deleted_at") var deletedAt: Date?
    @OptionalField(key: "consent_version") var consentVersion: Int?
    @OptionalField(key: "consented_at") var consentedAt: Date?
    @OptionalField(key: "avatar_file") var avatarFile: String?
    @OptionalField(key: "totp_secret") var totpSecret: String?
    @OptionalField(key: "totp_enabled_at") var totpEnabledAt: Date?
    @OptionalField(key: "totp_last_step") var totpLastStep: Int64?
    @OptionalField(key: "last_login_at") var lastLoginAt: Date?
    /// The language of the staff pages for this member (a catalogue's code); nil: the edition's language.
    @OptionalField(key: "language") var language: String?

    init() {}

    var isActive: Bool { Self.isActive(status: status) }
    /// Not deleted, purged or otherwise switched off: the one definition, also for plain-row reads.
    static func isActive(status: String?) -> Bool { status == nil || status == "active" }
    var roleValue: Role { Role(rawValue: role) ?? .reader }

    init(email: String, passwordHash: String, displayName: String, role: Role, confirmedAt: Date?, createdAt: Date) {
        self.email = email
        self.passwordHash = passwordHash
        self.displayName = displayName
        self.role = role.rawValue
        self.confirmedAt = confirmedAt
        self.createdAt = createdAt
    }
}

struct CreateUsers: AsyncMigration {
    var name: String { "0002_create_users" }

    func prepare(on database: any Database) async throws {
        try await database.schema(User.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("email", .string, .required)
            .field("password_hash", .string, .required)
            .field("display_name", .string, .required)
            .field("role", .string, .required)
            .field("confirmed_at", .datetime)
            .field("created_at", .datetime, .required)
            .unique(on: "email")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(User.schema).delete()
    }
}

/// Staff choose the language of their desk pages.
struct AddUserLanguage: AsyncMigration {
    var name: String { "0021_add_user_language" }

    func prepare(on database: any Database) async throws {
        try await database.schema(User.schema).field("language", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(User.schema).deleteField("language").update()
    }
}
