import Fluent
import SQLKit

struct CreateSectionsAndTags: AsyncMigration {
    var name: String { "0005_create_sections_and_tags" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Section.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("edition_id", .int, .required, .references(Edition.schema, .id))
            .field("name", .string, .required)
            .field("slug", .string, .required)
            .field("position", .int, .required)
            .unique(on: "edition_id", "slug")
            .create()
        try await database.schema(Tag.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("edition_id", .int, .required, .references(Edition.schema, .id))
            .field("name", .string, .required)
            .field("slug", .string, .required)
            .unique(on: "edition_id", "slug")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Tag.schema).delete()
        try await database.schema(Section.schema).delete()
    }
}

struct CreateArticles: AsyncMigration {
    var name: String { "0006_create_articles" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Article.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("edition_id", .int, .required, .references(Edition.schema, .id))
            .field("section_id", .int, .required, .references(Section.schema, .id))
            .field("author_id", .int, .references(User.schema, .id))
            .field("byline", .string, .required)
            .field("title", .string, .required)
            .field("slug", .string, .required)
            .field("summary", .string, .required)
            .field("body", .string, .required)
            .field("lead_media_id", .int, .references(Media.schema, .id))
            .field("status", .string, .required)
            .field("published_at", .datetime)
            .field("revised_at", .datetime)
            .field("created_at", .datetime, .required)
            .field("short_code", .string)
            .field("recommended_rank", .int)
            .field("views", .int, .required, .sql(.default(0)))
            .field("comments_count", .int, .required, .sql(.default(0)))
            .unique(on: "edition_id", "slug")
            .unique(on: "short_code")
            .create()
        // Every reader listing is "newest first, visible only": one range scan on each of these.
        try await SQLIndex.create("articles_edition_feed", on: "articles", columns: ["edition_id", "status", "published_at", "id"], in: database)
        try await SQLIndex.create("articles_section_feed", on: "articles", columns: ["section_id", "status", "published_at", "id"], in: database)
        try await SQLIndex.create("articles_feed", on: "articles", columns: ["status", "published_at", "id"], in: database)
        try await SQLIndex.create("articles_recommended", on: "articles", columns: ["edition_id", "recommended_rank"], in: database)

        try await database.schema(ArticleTag.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("article_id", .int, .required, .references(Article.schema, .id, onDelete: .cascade))
            .field("tag_id", .int, .required, .references(Tag.schema, .id, onDelete: .cascade))
            .field("status", .string, .required)
            .field("published_at", .datetime)
            .unique(on: "article_id", "tag_id")
            .create()
        try await SQLIndex.create("article_tags_feed", on: "article_tags", columns: ["tag_id", "status", "published_at", "article_id"], in: database)

        try await database.schema(ArticleRelation.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("article_id", .int, .required, .references(Article.schema, .id, onDelete: .cascade))
            .field("related_id", .int, .required, .references(Article.schema, .id, onDelete: .cascade))
            .field("position", .int, .required)
            .unique(on: "article_id", "related_id")
            .create()

        try await database.schema(SlugRedirect.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("edition_id", .int, .required, .references(Edition.schema, .id))
            .field("slug", .string, .required)
            .field("article_id", .int, .required, .references(Article.schema, .id, onDelete: .cascade))
            .unique(on: "edition_id", "slug")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SlugRedirect.schema).delete()
        try await database.schema(ArticleRelation.schema).delete()
        try await database.schema(ArticleTag.schema).delete()
        try await database.schema(Article.schema).delete()
    }
}

/// The live page lists an edition's running live blogs: without this index it walked the edition's whole feed
/// (every article) looking for the few that are live blogs.
struct IndexLiveBlogs: AsyncMigration {
    var name: String { "0024_index_live_blogs" }

    func prepare(on database: any Database) async throws {
        try await SQLIndex.create("articles_live", on: Article.schema, columns: ["kind", "edition_id", "status", "published_at"], in: database)
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("DROP INDEX IF EXISTS articles_live").run()
    }
}
