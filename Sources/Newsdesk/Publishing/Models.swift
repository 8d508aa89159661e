import Fluent
import Foundation

final class Section: Model, @unchecked Sendable {
    static let schema = "sections"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "edition_id") var editionID: Int
    @Field(key: "name") var name: String
    @Field(key: "slug") var slug: String
    @Field(key: "position") var position: Int

    init() {}

    init(editionID: Int, name: String, slug: String, position: Int) {
        self.editionID = editionID
        self.name = name
        self.slug = slug
        self.position = position
    }
}

final class Tag: Model, @unchecked Sendable {
    static let schema = "tags"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "edition_id") var editionID: Int
    @Field(key: "name") var name: String
    @Field(key: "slug") var slug: String

    init() {}

    init(editionID: Int, name: String, slug: String) {
        self.editionID = editionID
        self.name = name
        self.slug = slug
    }
}

/// `draft` and `submitted` are the newsroom's; `scheduled` goes live by a job at `published_at`; readers see
/// `published` once its `published_at` has come.
enum ArticleStatus: String, Codable, Sendable, CaseIterable {
    case draft, submitted, scheduled, published
}

/// A story. Readers see it when it is `published` and its `published_at` has come: a future time is a schedule.
final class Article: Model, @unchecked Sendable {
    static let schema = "articles"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "edition_id") var editionID: Int
    @Field(key: "section_id") var sectionID: Int
    @OptionalField(key: "author_id") var authorID: Int?
    @Field(key: "byline") var byline: String
    @Field(key: "title") var title: String
    @Field(key: "slug") var slug: String
    @Field(key: "summary") var summary: String
    /// Markdown, rendered by NewsText.
    @Field(key: "body") var body: String
    @OptionalField(key: "lead_media_id") var leadMediaID: Int?
    @Field(key: "status") var status: String
    @OptionalField(key: "published_at") var publishedAt: Date?
    /// Set when the text changes after publication: shown as "Updated".
    @OptionalField(key: "revised_at") var revisedAt: Date?
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "short_code") var shortCode: String?
    /// Editor's pick order for "Recommended"; nil when not picked.
    @OptionalField(key: "recommended_rank") var recommendedRank: Int?
    @Field(key: "views") var views: Int
    @Field(key: "comments_count") var commentsCount: Int
    /// Editors close discussions; nil on rows written before the column existed means open.
    @OptionalField(key: "comments_closed") var commentsClosed: Bool?
    /// Raised by every newsroom save; a save made on an older version is refused (optimistic concurrency).
    @OptionalField(key: "version") var version: Int?
    /// Publication is held until then: publishing earlier schedules the article for this time.
    @OptionalField(key: "embargo_until") var embargoUntil: Date?
    /// A correction note shown under the body.
    @OptionalField(key: "correction") var correction: String?
    /// The last save, for the newsroom's lists.
    @OptionalField(key: "updated_at") var updatedAt: Date?
    /// `article` or `live_blog`; nil on rows written before the column existed means an article.
    @OptionalField(key: "kind") var kind: String?
    /// A live blog whose coverage has ended: its page stops streaming.
    @OptionalField(key: "live_ended") var liveEnded: Bool?

    init() {}

    var articleKind: ArticleKind { kind.flatMap(ArticleKind.init(rawValue:)) ?? .article }
    /// A live blog still being written: "LIVE" on its cards.
    var isLive: Bool { articleKind == .liveBlog && liveEnded != true }
}

/// A story told once, or a live blog: a story that grows by entries (see `Live/`).
enum ArticleKind: String, Codable, Sendable, CaseIterable {
    case article
    case liveBlog = "live_blog"
}

/// Tag links carry the article's visibility and time so a tag page is one index range scan.
final class ArticleTag: Model, @unchecked Sendable {
    static let schema = "article_tags"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "article_id") var articleID: Int
    @Field(key: "tag_id") var tagID: Int
    @Field(key: "status") var status: String
    @OptionalField(key: "published_at") var publishedAt: Date?

    init() {}

    init(articleID: Int, tagID: Int, status: String, publishedAt: Date?) {
        self.articleID = articleID
        self.tagID = tagID
        self.status = status
        self.publishedAt = publishedAt
    }
}

final class ArticleRelation: Model, @unchecked Sendable {
    static let schema = "article_relations"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "article_id") var articleID: Int
    @Field(key: "related_id") var relatedID: Int
    @Field(key: "position") var position: Int

    init() {}

    init(articleID: Int, relatedID: Int, position: Int) {
        self.articleID = articleID
        self.relatedID = relatedID
        self.position = position
    }
}

/// Every slug an article had before, so that old links keep working.
final class SlugRedirect: Model, @unchecked Sendable {
    static let schema = "slug_redirects"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "edition_id") var editionID: Int
    @Field(key: "slug") var slug: String
    @Field(key: "article_id") var articleID: Int

    init() {}

    init(editionID: Int, slug: String, articleID: Int) {
        self.editionID = editionID
        self.slug = slug
        self.articleID = articleID
    }
}
