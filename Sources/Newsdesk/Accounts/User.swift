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

    init() {}

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
