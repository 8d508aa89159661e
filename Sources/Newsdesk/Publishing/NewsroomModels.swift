import Fluent
import Foundation
import SQLKit

/// One saved state of an article: who saved it, when, and everything the editor holds, so any state can be shown,
/// compared and restored.
final class ArticleRevision: Model, @unchecked Sendable {
    static let schema = "article_revisions"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "article_id") var articleID: Int
    @Field(key: "version") var version: Int
    /// Nil for the scheduler's own saves (a scheduled article going live).
    @OptionalField(key: "author_id") var authorID: Int?
    @Field(key: "author_name") var authorName: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "title") var title: String
    /// `ArticleSnapshot` as JSON.
    @Field(key: "snapshot") var snapshot: String

    init() {}
}

/// Everything an article's editor holds, as stored in a revision.
struct ArticleSnapshot: Codable, Sendable, Equatable {
    var sectionID: Int
    var title: String
    var slug: String
    var summary: String
    var body: String
    var byline: String
    var tags: [String]
    var leadMediaID: Int?
    var relatedIDs: [Int]
    var status: String
    var publishedAt: Date?
    var embargoUntil: Date?
    var commentsOpen: Bool
    var correction: String?
    var recommended: Bool

    static func decode(_ json: String) -> ArticleSnapshot? {
        try? JSONDecoder().decode(ArticleSnapshot.self, from: Data(json.utf8))
    }

    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: (try? encoder.encode(self)) ?? Data("{}".utf8), as: UTF8.self)
    }
}

/// The newsroom's columns on articles (optimistic concurrency, embargo, correction note, last save) and the
/// revisions table.
struct CreateNewsroom: AsyncMigration {
    var name: String { "0014_create_newsroom" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Article.schema).field("version", .int, .sql(.default(1))).update()
        try await database.schema(Article.schema).field("embargo_until", .datetime).update()
        try await database.schema(Article.schema).field("correction", .string).update()
        try await database.schema(Article.schema).field("updated_at", .datetime).update()
        if let sql = database as? any SQLDatabase {
            try await sql.raw("UPDATE articles SET version = 1 WHERE version IS NULL").run()
            try await sql.raw("UPDATE articles SET updated_at = created_at WHERE updated_at IS NULL").run()
        }
        // The newsroom lists articles by state and by last save.
        try await SQLIndex.create("articles_newsroom", on: "articles", columns: ["status", "updated_at", "id"], in: database)
        try await database.schema(ArticleRevision.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("article_id", .int, .required, .references(Article.schema, .id, onDelete: .cascade))
            .field("version", .int, .required)
            .field("author_id", .int, .references(User.schema, .id, onDelete: .setNull))
            .field("author_name", .string, .required)
            .field("created_at", .datetime, .required)
            .field("title", .string, .required)
            .field("snapshot", .string, .required)
            .unique(on: "article_id", "version")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ArticleRevision.schema).delete()
        if let sql = database as? any SQLDatabase {
            try await sql.raw("DROP INDEX IF EXISTS articles_newsroom").run()
        }
        for column in ["updated_at", "correction", "embargo_until", "version"] {
            try await database.schema(Article.schema).deleteField(.string(column)).update()
        }
    }
}
