import Fluent
import Foundation
import SQLKit

/// One entry of a live blog: Markdown and its sanitized HTML, an optional photo and related article, a key-event
/// flag and at most one pinned entry per blog. Deleting keeps the row (`deleted_at`) so the deletion can be told.
final class LiveEntry: Model, @unchecked Sendable {
    static let schema = "live_entries"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "article_id") var articleID: Int
    @OptionalField(key: "author_id") var authorID: Int?
    @Field(key: "author_name") var authorName: String
    @Field(key: "text_markdown") var textMarkdown: String
    @Field(key: "text_html") var textHTML: String
    @Field(key: "key_event") var keyEvent: Bool
    @Field(key: "pinned") var pinned: Bool
    @OptionalField(key: "media_id") var mediaID: Int?
    @OptionalField(key: "related_id") var relatedID: Int?
    @Field(key: "published_at") var publishedAt: Date
    /// Set by an edit after publication: shown as "updated".
    @OptionalField(key: "updated_at") var updatedAt: Date?
    @OptionalField(key: "deleted_at") var deletedAt: Date?

    init() {}
}

/// Every event of a live blog or of an edition's live feed, under the id its stream sends: a reader reconnecting
/// with `Last-Event-ID` gets the ones it missed from here when no node remembers them any more.
final class LiveEventRow: Model, @unchecked Sendable {
    static let schema = "live_events"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "topic") var topic: String
    @Field(key: "name") var name: String
    @Field(key: "data") var data: String
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

struct CreateLive: AsyncMigration {
    var name: String { "0018_create_live" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Article.schema).field("kind", .string, .sql(.default("article"))).update()
        try await database.schema(Article.schema).field("live_ended", .bool, .sql(.default(false))).update()
        try await database.schema(LiveEntry.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("article_id", .int, .required, .references(Article.schema, .id, onDelete: .cascade))
            .field("author_id", .int, .references(User.schema, .id, onDelete: .setNull))
            .field("author_name", .string, .required)
            .field("text_markdown", .string, .required)
            .field("text_html", .string, .required)
            .field("key_event", .bool, .required)
            .field("pinned", .bool, .required)
            .field("media_id", .int, .references(Media.schema, .id, onDelete: .setNull))
            .field("related_id", .int, .references(Article.schema, .id, onDelete: .setNull))
            .field("published_at", .datetime, .required)
            .field("updated_at", .datetime)
            .field("deleted_at", .datetime)
            .create()
        try await SQLIndex.create("live_entries_blog", on: LiveEntry.schema, columns: ["article_id", "id"], in: database)
        if let sql = database as? any SQLDatabase {
            // One pinned entry per blog, whatever two editors do at once.
            try await sql.raw("""
                CREATE UNIQUE INDEX IF NOT EXISTS live_entries_one_pinned ON live_entries (article_id)
                WHERE pinned = true AND deleted_at IS NULL
                """).run()
        }
        try await database.schema(LiveEventRow.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("topic", .string, .required)
            .field("name", .string, .required)
            .field("data", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await SQLIndex.create("live_events_topic", on: LiveEventRow.schema, columns: ["topic", "id"], in: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(LiveEventRow.schema).delete()
        try await database.schema(LiveEntry.schema).delete()
        for column in ["live_ended", "kind"] {
            try await database.schema(Article.schema).deleteField(.string(column)).update()
        }
    }
}
