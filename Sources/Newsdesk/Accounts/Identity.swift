import Fluent
import Foundation

/// An outside account (an OpenID Connect provider's subject) linked to a member. A provider's subject is linked to
/// one member at most; a member may link several providers.
final class Identity: Model, @unchecked Sendable {
    static let schema = "identities"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    /// The provider's configured name (`NEWSDESK_OIDC_<NAME>_*`, lower case).
    @Field(key: "provider") var provider: String
    /// The provider's `sub`: stable, never reassigned by the provider.
    @Field(key: "subject") var subject: String
    @Field(key: "user_id") var userID: Int
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(provider: String, subject: String, userID: Int, createdAt: Date) {
        self.provider = provider
        self.subject = subject
        self.userID = userID
        self.createdAt = createdAt
    }
}

struct CreateIdentities: AsyncMigration {
    var name: String { "0019_create_identities" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Identity.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("provider", .string, .required)
            .field("subject", .string, .required)
            .field("user_id", .int, .required, .references(User.schema, .id, onDelete: .cascade))
            .field("created_at", .datetime, .required)
            .unique(on: "provider", "subject")
            .create()
        try await SQLIndex.create("identities_user", on: Identity.schema, columns: ["user_id"], in: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Identity.schema).delete()
    }
}
