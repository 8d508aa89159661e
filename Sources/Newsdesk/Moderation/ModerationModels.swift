import Fluent
import Foundation

/// Every moderator and admin action: who, what, when, why, and before/after for edits. Rows are only ever added.
final class AuditEntry: Model, @unchecked Sendable {
    static let schema = "audit_log"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "actor_id") var actorID: Int
    @Field(key: "action") var action: String
    @Field(key: "subject_type") var subjectType: String
    @Field(key: "subject_id") var subjectID: Int
    @OptionalField(key: "reason") var reason: String?
    @OptionalField(key: "before") var before: String?
    @OptionalField(key: "after") var after: String?
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

/// A blocked member's request to be unblocked.
final class UnblockRequest: Model, @unchecked Sendable {
    static let schema = "unblock_requests"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "user_id") var userID: Int
    @Field(key: "sanction_id") var sanctionID: Int
    @Field(key: "subject") var subject: String
    @Field(key: "explanation") var explanation: String
    /// open, granted, refused
    @Field(key: "status") var status: String
    @OptionalField(key: "decided_by") var decidedBy: Int?
    @OptionalField(key: "note") var note: String?
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "decided_at") var decidedAt: Date?

    init() {}
}

struct CreateModeration: AsyncMigration {
    var name: String { "0010_create_moderation" }

    func prepare(on database: any Database) async throws {
        try await database.schema(AuditEntry.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("actor_id", .int, .required, .references(User.schema, .id))
            .field("action", .string, .required)
            .field("subject_type", .string, .required)
            .field("subject_id", .int, .required)
            .field("reason", .string)
            .field("before", .string)
            .field("after", .string)
            .field("created_at", .datetime, .required)
            .create()
        try await SQLIndex.create("audit_log_time", on: "audit_log", columns: ["created_at", "id"], in: database)
        try await SQLIndex.create("audit_log_subject", on: "audit_log", columns: ["subject_type", "subject_id"], in: database)
        try await database.schema(UnblockRequest.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("user_id", .int, .required, .references(User.schema, .id, onDelete: .cascade))
            .field("sanction_id", .int, .required, .references(Sanction.schema, .id, onDelete: .cascade))
            .field("subject", .string, .required)
            .field("explanation", .string, .required)
            .field("status", .string, .required)
            .field("decided_by", .int, .references(User.schema, .id))
            .field("note", .string)
            .field("created_at", .datetime, .required)
            .field("decided_at", .datetime)
            .create()
        try await SQLIndex.create("unblock_requests_status", on: "unblock_requests", columns: ["status", "created_at"], in: database)
        try await SQLIndex.create("comment_reports_open", on: "comment_reports", columns: ["resolved_at", "comment_id"], in: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(UnblockRequest.schema).delete()
        try await database.schema(AuditEntry.schema).delete()
    }
}

/// A block of a member by a moderator. Owned by Moderation (its table is created by migration 0009 with the
/// discussion tables, as migrations are append-only); others ask `SanctionService`.
final class Sanction: Model, @unchecked Sendable {
    static let schema = "sanctions"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "user_id") var userID: Int
    @Field(key: "rule") var rule: String
    @Field(key: "reason") var reason: String
    @Field(key: "permanent") var permanent: Bool
    @OptionalField(key: "moderator_id") var moderatorID: Int?
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "lifted_at") var liftedAt: Date?

    init() {}
}
