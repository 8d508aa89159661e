import Fluent
import NewsText
import Foundation
import SQLKit

/// What other features need to know about an article without rendering it.
struct ArticleHeadline: Sendable, Equatable {
    let id: Int
    let editionID: Int
    let title: String
    let slug: String
}

/// The article a comment is posted under: enough for the standards engine's context and the posting rules.
struct CommentTarget: Sendable {
    let id: Int
    let editionID: Int
    let title: String
    let summary: String
    let bodyMarkdown: String
    /// Published and not scheduled for later.
    let isVisible: Bool
    let commentsClosed: Bool
}

extension ArticleService {
    /// Titles and slugs of these articles, in one query.
    func headlines(ids: Set<Int>, on db: any Database) async throws -> [Int: ArticleHeadline] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await Article.query(on: db).filter(\.$id ~~ ids)
            .field(\.$id).field(\.$editionID).field(\.$title).field(\.$slug).all()
        var out: [Int: ArticleHeadline] = [:]
        for r in rows { if let id = r.id { out[id] = ArticleHeadline(id: id, editionID: r.editionID, title: r.title, slug: r.slug) } }
        return out
    }

    /// Ids of every article of an edition (for filters by edition elsewhere).
    func ids(inEdition editionID: Int, on db: any Database) async throws -> [Int] {
        try await Article.query(on: db).filter(\.$editionID == editionID).field(\.$id).all().compactMap(\.id)
    }

    /// The article a comment would go under, as a query (`edition_id`, `title`, `summary`, `body`, `status`,
    /// `published_at`, `comments_closed`), for statements that read it together with other things.
    static func commentTargetQuery(id: Int) -> SQLQueryString {
        "SELECT edition_id, title, summary, body, status, published_at, comments_closed FROM articles WHERE id = \(bind: id)"
    }

    /// The target from the columns `commentTargetQuery` reads; visibility is decided here, by the clock.
    func commentTarget(id: Int, editionID: Int, title: String, summary: String, body: String, status: String, publishedAt: Date?,
                       commentsClosed: Bool?) -> CommentTarget {
        let visible = status == ArticleStatus.published.rawValue && (publishedAt.map { $0 <= clock.now() } ?? false)
        return CommentTarget(id: id, editionID: editionID, title: title, summary: summary, bodyMarkdown: body, isVisible: visible,
                             commentsClosed: commentsClosed == true)
    }
}

extension ArticleService {
    /// The summary and the body as plain text of these articles, for search snippets: one query.
    func searchTexts(ids: [Int], on db: any Database) async throws -> [Int: (summary: String, body: String)] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await Article.query(on: db).filter(\.$id ~~ ids).field(\.$id).field(\.$summary).field(\.$body).all()
        var out: [Int: (summary: String, body: String)] = [:]
        for row in rows {
            guard let id = row.id else { continue }
            out[id] = (row.summary, PlainText.fromMarkdown(row.body))
        }
        return out
    }
}

/// A live blog as the Live feature needs it: which edition, its address, whether readers see it and whether its
/// coverage has ended.
struct LiveBlogRef: Sendable, Equatable {
    let id: Int
    let editionID: Int
    let title: String
    let slug: String
    let summary: String
    let isVisible: Bool
    let ended: Bool
}

extension ArticleService {
    /// The article if it is a live blog; nil for any other article or none.
    func liveBlog(id: Int, on db: any Database) async throws -> LiveBlogRef? {
        guard let a = try await Article.find(id, on: db), let articleID = a.id, a.articleKind == .liveBlog else { return nil }
        let visible = a.status == ArticleStatus.published.rawValue && (a.publishedAt.map { $0 <= clock.now() } ?? false)
        return LiveBlogRef(id: articleID, editionID: a.editionID, title: a.title, slug: a.slug, summary: a.summary,
                           isVisible: visible, ended: a.liveEnded == true)
    }

    /// The edition's live blogs whose coverage is running, newest first.
    func runningLiveBlogs(edition: Int, limit: Int, on db: any Database) async throws -> [ArticleSummary] {
        let ids = try await visible(on: db, now: clock.now()).filter(\.$editionID == edition)
            .filter(\.$kind == ArticleKind.liveBlog.rawValue).group(.or) { $0.filter(\.$liveEnded == false).filter(\.$liveEnded == nil) }
            .sort(\.$publishedAt, .descending).limit(limit).field(\.$id).all().compactMap(\.id)
        return try await summaries(ids: ids, on: db)
    }

    /// Photos by id, as pages and the API show them.
    func images(ids: Set<Int>, on db: any Database) async throws -> [Int: ImageRef] {
        guard !ids.isEmpty else { return [:] }
        var out: [Int: ImageRef] = [:]
        for m in try await Media.query(on: db).filter(\.$id ~~ ids).all() { if let id = m.id { out[id] = Self.imageRef(m) } }
        return out
    }

    /// Visible articles by id, as cards show them (in the order given).
    func visibleCards(ids: [Int], on db: any Database) async throws -> [ArticleSummary] {
        try await summaries(ids: ids, visibleOnly: true, on: db)
    }
}
