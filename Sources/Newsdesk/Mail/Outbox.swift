import Fluent
import Foundation

/// A mail waiting for delivery or delivered. Written in the same transaction as the action that needs it, so no
/// mail is lost and no mail goes out for an action that was rolled back.
final class OutboxMail: Model, @unchecked Sendable {
    static let schema = "outbox"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "kind") var kind: String
    @Field(key: "to_email") var toEmail: String
    @OptionalField(key: "to_name") var toName: String?
    @Field(key: "subject") var subject: String
    @Field(key: "text_body") var textBody: String
    @OptionalField(key: "html_body") var htmlBody: String?
    @Field(key: "language") var language: String
    @Field(key: "message_id") var messageID: String
    /// pending, sent, failed
    @Field(key: "status") var status: String
    @Field(key: "attempts") var attempts: Int
    @Field(key: "next_attempt_at") var nextAttemptAt: Date
    @OptionalField(key: "last_error") var lastError: String?
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "sent_at") var sentAt: Date?

    init() {}
}

struct CreateOutbox: AsyncMigration {
    var name: String { "0008_create_outbox" }

    func prepare(on database: any Database) async throws {
        try await database.schema(OutboxMail.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("kind", .string, .required)
            .field("to_email", .string, .required)
            .field("to_name", .string)
            .field("subject", .string, .required)
            .field("text_body", .string, .required)
            .field("html_body", .string)
            .field("language", .string, .required)
            .field("message_id", .string, .required)
            .field("status", .string, .required)
            .field("attempts", .int, .required)
            .field("next_attempt_at", .datetime, .required)
            .field("last_error", .string)
            .field("created_at", .datetime, .required)
            .field("sent_at", .datetime)
            .create()
        try await SQLIndex.create("outbox_due", on: "outbox", columns: ["status", "next_attempt_at"], in: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OutboxMail.schema).delete()
    }
}
