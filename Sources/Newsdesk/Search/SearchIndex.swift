import Fluent
import Foundation
import NewsText
import SQLKit

/// What the index keeps of a published article. Times are whole seconds since 1970 on both databases.
struct SearchDocument: Sendable {
    let articleID: Int
    let editionID: Int
    let sectionID: Int
    let language: String
    let publishedAt: Date
    let title: String
    let summary: String
    /// The body as plain text.
    let body: String

    var epoch: Int { Int(publishedAt.timeIntervalSince1970.rounded(.down)) }
}

enum SearchSort: String, Sendable, CaseIterable {
    case relevance, newest
}

/// One search, already checked: the query parsed, the filters resolved.
struct SearchRequest: Sendable {
    var editionID: Int
    var language: String
    var query: SearchQuery
    var sectionID: Int?
    /// Published at or after.
    var from: Date?
    /// Published before.
    var until: Date?
    var sort: SearchSort = .relevance
    var offset = 0
    var limit = 20
    /// Articles scheduled after this are not found yet.
    var now: Date
}

struct SearchHits: Sendable, Equatable {
    /// Article ids, best first.
    let ids: [Int]
    /// How many articles match (counted up to `SearchHits.countLimit`).
    let total: Int

    static let countLimit = 10_000
}

/// The full-text index of published articles: FTS5 on SQLite, `tsvector` with a GIN index on PostgreSQL. Both
/// index words folded the same way (`SearchText.fold`) and stem them by the edition's language. Every write runs
/// on the caller's transaction, so an article is findable exactly when its publication commits.
protocol SearchIndex: Sendable {
    func put(_ documents: [SearchDocument], on db: any SQLDatabase) async throws
    func remove(articleID: Int, on db: any SQLDatabase) async throws
    func search(_ request: SearchRequest, on db: any SQLDatabase) async throws -> SearchHits
    /// Visible articles of the edition whose title has every word of `words`, the last as a prefix, newest first.
    func titlesStarting(_ words: [String], editionID: Int, language: String, now: Date, limit: Int,
                        on db: any SQLDatabase) async throws -> [Int]
}

extension SearchIndex {
    func put(_ document: SearchDocument, on db: any SQLDatabase) async throws { try await put([document], on: db) }
}

enum SearchIndexes {
    static func of(_ db: any SQLDatabase) -> any SearchIndex {
        db.isSQLite ? SQLiteSearchIndex() : PostgresSearchIndex()
    }
}

/// The one door into the index for the services that write articles: called inside their transactions with the
/// article as saved, it indexes a published article and takes anything else out.
struct SearchIndexer: Sendable {
    let editions: EditionService

    func sync(_ article: Article, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase, let id = article.id else { return }
        let index = SearchIndexes.of(sql)
        guard article.status == ArticleStatus.published.rawValue, let at = article.publishedAt else {
            try await index.remove(articleID: id, on: sql)
            try await SearchVocabulary.update(editionID: article.editionID, articleID: id, text: nil, on: sql)
            return
        }
        let language = try await editions.edition(id: article.editionID, on: db)?.language ?? "en"
        try await index.put(Self.document(id: id, article: article, language: language, publishedAt: at), on: sql)
        try await SearchVocabulary.update(editionID: article.editionID, articleID: id,
                                          text: article.title + "\n" + article.summary, on: sql)
    }

    static func document(id: Int, article: Article, language: String, publishedAt: Date) -> SearchDocument {
        SearchDocument(articleID: id, editionID: article.editionID, sectionID: article.sectionID, language: language,
                       publishedAt: publishedAt, title: article.title, summary: article.summary,
                       body: PlainText.fromMarkdown(article.body))
    }

    /// Indexes every published article again, in batches (after an upgrade, or with `newsdesk search reindex`).
    func rebuild(on db: any Database, progress: (Int) -> Void = { _ in }) async throws -> Int {
        guard let sql = db as? any SQLDatabase else { return 0 }
        let index = SearchIndexes.of(sql)
        let languages = Dictionary(try await editions.all(on: db).map { ($0.id, $0.language) }, uniquingKeysWith: { a, _ in a })
        var after = 0
        var done = 0
        while true {
            // Only the columns indexing reads: this also runs inside a migration, before later ones add columns.
            let rows = try await Article.query(on: db).filter(\.$id > after).filter(\.$status == ArticleStatus.published.rawValue)
                .sort(\.$id).limit(500)
                .field(\.$id).field(\.$editionID).field(\.$sectionID).field(\.$title).field(\.$summary).field(\.$body)
                .field(\.$status).field(\.$publishedAt)
                .all()
            guard let last = rows.last?.id else { break }
            try await db.transaction { tx in
                guard let tsql = tx as? any SQLDatabase else { return }
                let docs = rows.compactMap { a -> SearchDocument? in
                    guard let id = a.id, let at = a.publishedAt else { return nil }
                    return Self.document(id: id, article: a, language: languages[a.editionID] ?? "en", publishedAt: at)
                }
                try await index.put(docs, on: tsql)
                for a in rows { try await SearchVocabulary.update(editionID: a.editionID, articleID: a.id!, text: a.title + "\n" + a.summary, on: tsql) }
            }
            after = last
            done += rows.count
            progress(done)
        }
        return done
    }
}
