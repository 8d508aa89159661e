import Fluent
import Foundation
import NewsText

extension ArticleService {
    struct Draft: Sendable {
        var editionID: Int
        var sectionID: Int
        var authorID: Int?
        var byline: String
        var title: String
        var slug: String?
        var summary: String
        var body: String
        var leadMediaID: Int?
        var status: ArticleStatus
        /// For `published`: when readers may see it; a future time schedules it. Defaults to now.
        var publishedAt: Date?
        var tags: [String]
        var relatedIDs: [Int]
        var recommendedRank: Int?
    }

    /// Creates an article with its tags and related links in one transaction, then drops cached pages of its edition.
    @discardableResult
    func create(_ draft: Draft, on db: any Database) async throws -> Int {
        try validate(draft)
        let now = clock.now()
        let id: Int = try await db.transaction { tx in
            guard let section = try await Section.find(draft.sectionID, on: tx), section.editionID == draft.editionID else {
                throw PublishingError.invalid(field: "section", message: "the section does not belong to this edition")
            }
            let article = Article()
            article.editionID = draft.editionID
            article.sectionID = draft.sectionID
            article.authorID = draft.authorID
            article.byline = draft.byline
            article.title = draft.title
            article.slug = try await uniqueSlug(draft.slug ?? Slug.make(draft.title), edition: draft.editionID, excluding: nil, on: tx)
            article.summary = draft.summary
            article.body = draft.body
            article.leadMediaID = draft.leadMediaID
            article.status = draft.status.rawValue
            article.publishedAt = draft.status == .published ? Self.wholeSeconds(draft.publishedAt ?? now) : nil
            article.createdAt = now
            article.updatedAt = now
            article.version = 1
            article.recommendedRank = draft.recommendedRank
            article.views = 0
            article.commentsCount = 0
            try await article.create(on: tx)
            let id = try article.requireID()
            // The short code is a keyed permutation of the id: unique, short, not guessable in sequence, and
            // independent of the slug, so it survives every edit.
            article.shortCode = ShortCode.encode(UInt64(id), key: shortCodeKey)
            try await article.update(on: tx)
            try await replaceTags(of: article, names: draft.tags, on: tx)
            try await replaceRelations(of: id, relatedIDs: draft.relatedIDs, on: tx)
            try await saved(article, on: tx)
            return id
        }
        await cache.invalidate(tags: ["edition:\(draft.editionID)", "sitemap"])
        return id
    }

    /// Changes an article. A new slug keeps the old one as a redirect; a text change after publication marks it updated.
    func update(id: Int, with draft: Draft, on db: any Database) async throws {
        try validate(draft)
        let now = clock.now()
        try await db.transaction { tx in
            guard let article = try await Article.find(id, on: tx) else { throw PublishingError.notFound }
            let newSlug = try await uniqueSlug(draft.slug ?? article.slug, edition: article.editionID, excluding: id, on: tx)
            if newSlug != article.slug {
                try await SlugRedirect.query(on: tx).filter(\.$editionID == article.editionID).filter(\.$slug == newSlug).delete()
                try await SlugRedirect(editionID: article.editionID, slug: article.slug, articleID: id).create(on: tx)
                article.slug = newSlug
            }
            let previouslyPublishedAt = article.publishedAt
            let wasVisible = article.status == ArticleStatus.published.rawValue && (article.publishedAt.map { $0 <= now } ?? false)
            if wasVisible && (article.title != draft.title || article.body != draft.body || article.summary != draft.summary) {
                article.revisedAt = Self.wholeSeconds(now)
            }
            article.sectionID = draft.sectionID
            article.byline = draft.byline
            article.title = draft.title
            article.summary = draft.summary
            article.body = draft.body
            article.leadMediaID = draft.leadMediaID
            article.status = draft.status.rawValue
            if draft.status == .published {
                article.publishedAt = Self.wholeSeconds(draft.publishedAt ?? article.publishedAt ?? now)
            }
            article.recommendedRank = draft.recommendedRank
            try await article.update(on: tx)
            try await saved(article, previouslyPublishedAt: previouslyPublishedAt, on: tx)
            try await replaceTags(of: article, names: draft.tags, on: tx)
            try await replaceRelations(of: id, relatedIDs: draft.relatedIDs, on: tx)
        }
        await cache.invalidate(tags: ["edition:\(draft.editionID)", "article:\(id)", "sitemap"])
    }

    private func validate(_ d: Draft) throws {
        let title = d.title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty, title.count <= 200 else {
            throw PublishingError.invalid(field: "title", message: "a headline needs 1 to 200 characters")
        }
        guard d.summary.count <= 600 else {
            throw PublishingError.invalid(field: "summary", message: "the summary may have at most 600 characters")
        }
        guard d.body.utf8.count <= 1_000_000 else {
            throw PublishingError.invalid(field: "body", message: "the body may have at most 1 MB of text")
        }
        if let slug = d.slug, slug != Slug.make(slug) {
            throw PublishingError.invalid(field: "slug", message: "use lowercase letters, digits and hyphens only")
        }
    }

    func uniqueSlug(_ base: String, edition: Int, excluding: Int?, on db: any Database) async throws -> String {
        var candidate = base
        var n = 2
        while true {
            var q = Article.query(on: db).filter(\.$editionID == edition).filter(\.$slug == candidate)
            if let excluding { q = q.filter(\.$id != excluding) }
            if try await q.count() == 0 { return candidate }
            candidate = "\(base)-\(n)"
            n += 1
        }
    }

    func replaceTags(of article: Article, names: [String], on db: any Database) async throws {
        let id = try article.requireID()
        try await ArticleTag.query(on: db).filter(\.$articleID == id).delete()
        var seen = Set<String>()
        for raw in names {
            let name = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            let slug = Slug.make(name)
            guard !name.isEmpty, seen.insert(slug).inserted else { continue }
            let tag: Tag
            if let existing = try await Tag.query(on: db).filter(\.$editionID == article.editionID).filter(\.$slug == slug).first() {
                tag = existing
            } else {
                tag = Tag(editionID: article.editionID, name: name, slug: slug)
                try await tag.create(on: db)
            }
            try await ArticleTag(articleID: id, tagID: try tag.requireID(), status: article.status, publishedAt: article.publishedAt)
                .create(on: db)
        }
    }

    func replaceRelations(of id: Int, relatedIDs: [Int], on db: any Database) async throws {
        try await ArticleRelation.query(on: db).filter(\.$articleID == id).delete()
        var seen = Set<Int>()
        for (position, other) in relatedIDs.enumerated() where other != id && seen.insert(other).inserted {
            try await ArticleRelation(articleID: id, relatedID: other, position: position).create(on: db)
        }
    }

    /// Times are kept to the second so that cursors (which carry seconds) compare exactly on every database.
    static func wholeSeconds(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }
}

extension ArticleService {
    /// Every article write ends here, inside its transaction: search and the sitemap's months follow the article as
    /// saved (the month it left too, when its publication time moved).
    func saved(_ article: Article, previouslyPublishedAt previous: Date? = nil, on db: any Database) async throws {
        try await search.sync(article, on: db)
        try await refreshSitemapMonths([previous, article.publishedAt], on: db)
    }

    /// Points an article's embeds and "Related" list at other articles once those exist (the seeder writes a set of
    /// articles that refer to each other). Not an editorial change: the article is not marked updated.
    func attach(articleID: Int, body: String, relatedIDs: [Int], on db: any Database) async throws {
        try await db.transaction { tx in
            guard let article = try await Article.find(articleID, on: tx) else { throw PublishingError.notFound }
            article.body = body
            try await article.update(on: tx)
            try await saved(article, on: tx)
            try await replaceRelations(of: articleID, relatedIDs: relatedIDs, on: tx)
        }
        await cache.invalidate(tags: ["article:\(articleID)"])
    }
}
