import Fluent
import Foundation
import SQLKit

enum CommentStatus: String, Codable, Sendable {
    /// Visible to everyone.
    case published
    /// Held for a moderator: visible to its author only.
    case pending
    /// Refused by a moderator after being held.
    case rejected
}

final class Comment: Model, @unchecked Sendable {
    static let schema = "comments"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "article_id") var articleID: Int
    /// The comment replied to (any level); nil for a top-level comment.
    @OptionalField(key: "parent_id") var parentID: Int?
    /// The top-level comment of the thread: replies are shown under it, two levels deep.
    @OptionalField(key: "root_id") var rootID: Int?
    @Field(key: "author_id") var authorID: Int
    /// The text as published; personal data the engine found is masked before it is stored.
    @Field(key: "text") var text: String
    @Field(key: "status") var status: String
    /// The engine's findings (JSON), for moderators.
    @Field(key: "findings") var findings: String
    @Field(key: "likes") var likes: Int
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "edited_at") var editedAt: Date?
    @Field(key: "edited_by_moderator") var editedByModerator: Bool
    @OptionalField(key: "deleted_at") var deletedAt: Date?

    init() {}
}

/// Earlier texts of an edited comment, kept for moderators.
final class CommentVersion: Model, @unchecked Sendable {
    static let schema = "comment_versions"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "comment_id") var commentID: Int
    @Field(key: "text") var text: String
    @Field(key: "edited_by") var editedBy: Int
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

final class CommentLike: Model, @unchecked Sendable {
    static let schema = "comment_likes"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "comment_id") var commentID: Int
    @Field(key: "user_id") var userID: Int
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

/// A reader's report of a comment: a rule id of the community standards, or "other" with text.
final class CommentReport: Model, @unchecked Sendable {
    static let schema = "comment_reports"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "comment_id") var commentID: Int
    @Field(key: "reporter_id") var reporterID: Int
    @Field(key: "rule") var rule: String
    @OptionalField(key: "text") var text: String?
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "resolved_at") var resolvedAt: Date?

    init() {}
}

struct CreateDiscussion: AsyncMigration {
    var name: String { "0009_create_discussion" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Comment.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("article_id", .int, .required, .references(Article.schema, .id, onDelete: .cascade))
            .field("parent_id", .int, .references(Comment.schema, .id))
            .field("root_id", .int, .references(Comment.schema, .id))
            .field("author_id", .int, .required, .references(User.schema, .id))
            .field("text", .string, .required)
            .field("status", .string, .required)
            .field("findings", .string, .required)
            .field("likes", .int, .required)
            .field("created_at", .datetime, .required)
            .field("edited_at", .datetime)
            .field("edited_by_moderator", .bool, .required)
            .field("deleted_at", .datetime)
            .create()
        try await SQLIndex.create("comments_thread", on: "comments", columns: ["article_id", "root_id", "status", "created_at", "id"], in: database)
        try await SQLIndex.create("comments_author", on: "comments", columns: ["author_id", "created_at"], in: database)
        try await SQLIndex.create("comments_status", on: "comments", columns: ["status", "created_at"], in: database)
        try await database.schema(CommentVersion.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("comment_id", .int, .required, .references(Comment.schema, .id, onDelete: .cascade))
            .field("text", .string, .required)
            .field("edited_by", .int, .required, .references(User.schema, .id))
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(CommentLike.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("comment_id", .int, .required, .references(Comment.schema, .id, onDelete: .cascade))
            .field("user_id", .int, .required, .references(User.schema, .id, onDelete: .cascade))
            .field("created_at", .datetime, .required)
            .unique(on: "comment_id", "user_id")
            .create()
        try await database.schema(CommentReport.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("comment_id", .int, .required, .references(Comment.schema, .id, onDelete: .cascade))
            .field("reporter_id", .int, .required, .references(User.schema, .id, onDelete: .cascade))
            .field("rule", .string, .required)
            .field("text", .string)
            .field("created_at", .datetime, .required)
            .field("resolved_at", .datetime)
            .unique(on: "comment_id", "reporter_id")
            .create()
        try await database.schema(Sanction.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("user_id", .int, .required, .references(User.schema, .id, onDelete: .cascade))
            .field("rule", .string, .required)
            .field("reason", .string, .required)
            .field("permanent", .bool, .required)
            .field("moderator_id", .int, .references(User.schema, .id))
            .field("created_at", .datetime, .required)
            .field("lifted_at", .datetime)
            .create()
        try await SQLIndex.create("sanctions_user", on: "sanctions", columns: ["user_id", "lifted_at"], in: database)
        try await database.schema(Article.schema).field("comments_closed", .bool, .sql(.default(false))).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Article.schema).deleteField("comments_closed").update()
        for table in [Sanction.schema, CommentReport.schema, CommentLike.schema, CommentVersion.schema, Comment.schema] {
            try await database.schema(table).delete()
        }
    }
}

/// A post reads the thread's newest published comments for the engine: with `comments_thread` (which has the root
/// between the article and the status) SQLite sorted every comment of the article on every post.
struct IndexRecentComments: AsyncMigration {
    var name: String { "0025_index_comments_recent" }

    func prepare(on database: any Database) async throws {
        try await SQLIndex.create("comments_recent", on: Comment.schema, columns: ["article_id", "status", "created_at"], in: database)
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("DROP INDEX IF EXISTS comments_recent").run()
    }
}
