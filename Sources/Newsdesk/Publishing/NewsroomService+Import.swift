import Fluent
import Foundation
import NewsText

/// Articles and sections brought in from another system (the WordPress importer). The same rows, tags, revisions
/// and release jobs as the newsroom's own saves, but with the author, status and original times given by the
/// source: an archive is published at the times it was published, which no editor could choose in the newsroom.
extension NewsroomService {
    struct ImportedArticle: Sendable, Equatable {
        var editionID: Int
        var sectionID: Int
        var authorID: Int?
        var byline: String
        var title: String
        var slug: String
        var summary: String
        var body: String
        var leadMediaID: Int?
        var tags: [String]
        /// `.published` (at `publishedAt`), `.scheduled` (for `publishedAt`, in the future) or `.draft`.
        var status: ArticleStatus
        var publishedAt: Date?
        var createdAt: Date
    }

    /// Creates the article (`replacing: nil`) or rewrites an earlier import of it, in the caller's transaction.
    /// A changed slug keeps the old address as a redirect, as a newsroom rename does.
    func importArticle(_ a: ImportedArticle, replacing id: Int?, on db: any Database) async throws -> Int {
        let now = clock.now()
        let title = String(a.title.trimmingCharacters(in: .whitespacesAndNewlines).prefix(200))
        let article: Article
        var previousStatus: ArticleStatus?
        var previousPublishedAt: Date?
        if let id, let found = try await Article.find(id, on: db) {
            article = found
            previousStatus = ArticleStatus(rawValue: found.status)
            previousPublishedAt = found.publishedAt
            let newSlug = try await articles.uniqueSlug(a.slug, edition: found.editionID, excluding: id, on: db)
            if newSlug != found.slug {
                try await SlugRedirect.query(on: db).filter(\.$editionID == found.editionID).filter(\.$slug == newSlug).delete()
                try await SlugRedirect(editionID: found.editionID, slug: found.slug, articleID: id).create(on: db)
                found.slug = newSlug
            }
            found.version = (found.version ?? 1) + 1
        } else {
            article = Article()
            article.editionID = a.editionID
            article.createdAt = a.createdAt
            article.views = 0
            article.commentsCount = 0
            article.version = 1
            article.slug = try await articles.uniqueSlug(a.slug.isEmpty ? "article" : a.slug, edition: a.editionID, excluding: nil, on: db)
        }
        article.sectionID = a.sectionID
        article.authorID = a.authorID
        article.byline = String(a.byline.prefix(120))
        article.title = title.isEmpty ? "Untitled" : title
        article.summary = String(a.summary.prefix(600))
        article.body = a.body
        article.leadMediaID = a.leadMediaID
        article.status = a.status.rawValue
        article.publishedAt = a.status == .draft ? nil : a.publishedAt.map(ArticleService.wholeSeconds)
        article.updatedAt = now
        if article.id == nil {
            try await article.create(on: db)
            article.shortCode = ShortCode.encode(UInt64(try article.requireID()), key: articles.shortCodeKey)
        }
        try await article.update(on: db)
        let articleID = try article.requireID()
        // Imported articles are found by search like any other, in the batch's transaction.
        try await articles.saved(article, previouslyPublishedAt: previousPublishedAt, on: db)
        let tags = Array(a.tags.prefix(Self.maxTags))
        try await articles.replaceTags(of: article, names: tags, on: db)
        let snapshot = ArticleSnapshot(
            sectionID: a.sectionID, title: article.title, slug: article.slug, summary: article.summary, body: a.body,
            byline: article.byline, tags: tags, leadMediaID: a.leadMediaID, relatedIDs: [], status: a.status.rawValue,
            publishedAt: article.publishedAt, embargoUntil: nil, commentsOpen: true, correction: nil, recommended: false)
        try await record(articleID: articleID, version: article.version ?? 1, snapshot: snapshot, actor: nil, on: db)
        if a.status == .scheduled, let at = article.publishedAt, previousStatus != .scheduled || previousPublishedAt != at {
            try await jobs.enqueue(.publishArticle, subject: articleID, at: at, on: db)
        }
        await invalidate(editionID: a.editionID, articleID: articleID)
        return articleID
    }

    /// The edition's section with this slug, created at the end of its navigation when missing.
    func importSection(edition: EditionInfo, name rawName: String, slug rawSlug: String, on db: any Database) async throws -> SectionRef {
        let name = String(rawName.trimmingCharacters(in: .whitespacesAndNewlines).prefix(60))
        let slug = String(Slug.make(rawSlug.isEmpty ? name : rawSlug, maxLength: 60))
        if let found = try await Section.query(on: db).filter(\.$editionID == edition.id).filter(\.$slug == slug).first() {
            return SectionRef(id: try found.requireID(), name: found.name, slug: found.slug)
        }
        let last = try await Section.query(on: db).filter(\.$editionID == edition.id).max(\.$position)
        let section = Section(editionID: edition.id, name: name.isEmpty ? slug : name, slug: slug, position: (last ?? -1) + 1)
        try await section.create(on: db)
        await cache.invalidate(tags: ["edition:\(edition.id)", "sitemap"])
        return SectionRef(id: try section.requireID(), name: section.name, slug: section.slug)
    }
}

extension ArticleService {
    /// The edition and slug of a visible article (for redirects from old addresses); nil for drafts and schedules.
    func visibleAddress(id: Int, on db: any Database) async throws -> (editionID: Int, slug: String)? {
        guard let row = try await visible(on: db, now: clock.now()).filter(\.$id == id).first() else { return nil }
        return (row.editionID, row.slug)
    }
}
