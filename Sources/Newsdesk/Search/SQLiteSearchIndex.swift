import Foundation
import NewsText
import SQLKit

/// SQLite: an FTS5 table of stems (the stemming is done here, in Swift, so every language gets its own stemmer),
/// contentless so the text is not stored twice, beside `search_documents` with what results are filtered and
/// ordered by. bm25 weighs a title match over a summary match over a body match.
struct SQLiteSearchIndex: SearchIndex {
    func put(_ documents: [SearchDocument], on db: any SQLDatabase) async throws {
        for d in documents {
            try await db.raw("DELETE FROM search_fts WHERE rowid = \(bind: d.articleID)").run()
            try await db.raw("""
                INSERT INTO search_fts (rowid, title, summary, body) VALUES (\(bind: d.articleID),
                \(bind: Self.terms(d.title, d.language)), \(bind: Self.terms(d.summary, d.language)), \(bind: Self.terms(d.body, d.language)))
                """).run()
            try await db.raw("""
                INSERT INTO search_documents (article_id, edition_id, section_id, published_epoch)
                VALUES (\(bind: d.articleID), \(bind: d.editionID), \(bind: d.sectionID), \(bind: d.epoch))
                ON CONFLICT (article_id) DO UPDATE SET edition_id = excluded.edition_id, section_id = excluded.section_id,
                published_epoch = excluded.published_epoch
                """).run()
        }
    }

    func remove(articleID: Int, on db: any SQLDatabase) async throws {
        try await db.raw("DELETE FROM search_fts WHERE rowid = \(bind: articleID)").run()
        try await db.raw("DELETE FROM search_documents WHERE article_id = \(bind: articleID)").run()
    }

    func search(_ r: SearchRequest, on db: any SQLDatabase) async throws -> SearchHits {
        let match = Self.matchExpression(r.query.stemmed(language: r.language))
        let now = Int(r.now.timeIntervalSince1970)
        var filters: [SQLQueryString] = [
            "search_fts MATCH \(bind: match)", "d.edition_id = \(bind: r.editionID)", "d.published_epoch <= \(bind: now)",
        ]
        if let s = r.sectionID { filters.append("d.section_id = \(bind: s)") }
        if let from = r.from { filters.append("d.published_epoch >= \(bind: Int(from.timeIntervalSince1970))") }
        if let until = r.until { filters.append("d.published_epoch < \(bind: Int(until.timeIntervalSince1970))") }
        let whereClause = filters.joined(separator: " AND ")
        let order: SQLQueryString = r.sort == .newest
            ? "d.published_epoch DESC, d.article_id DESC"
            // bm25 is negative (lower is better); a recent article's score is raised by up to half, fading over weeks.
            : "bm25(search_fts, 10.0, 4.0, 1.0) * (1.0 + 0.5 / (1.0 + (\(bind: now) - d.published_epoch) / 1209600.0)) ASC, d.published_epoch DESC, d.article_id DESC"
        let rows = try await db.raw("""
            SELECT d.article_id AS id FROM search_fts CROSS JOIN search_documents d ON d.article_id = search_fts.rowid
            WHERE \(whereClause) ORDER BY \(order) LIMIT \(count: r.limit) OFFSET \(count: r.offset)
            """).all()
        let ids = try rows.map { try $0.decode(column: "id", as: Int.self) }
        let total: Int
        if r.offset == 0 && ids.count < r.limit {
            total = ids.count
        } else {
            total = try await db.raw("""
                SELECT count(*) AS n FROM (SELECT 1 FROM search_fts CROSS JOIN search_documents d ON d.article_id = search_fts.rowid
                WHERE \(whereClause) LIMIT \(count: SearchHits.countLimit))
                """).first()?.decode(column: "n", as: Int.self) ?? ids.count
        }
        return SearchHits(ids: ids, total: total)
    }

    func titlesStarting(_ words: [String], editionID: Int, language: String, now: Date, limit: Int,
                        on db: any SQLDatabase) async throws -> [Int] {
        guard let last = words.last else { return [] }
        var parts = words.dropLast().map { "\"\(SearchText.stem($0, language: language))\"" }
        let stem = SearchText.stem(last, language: language)
        // A word being typed: its letters so far, or its stem when stemming cut it shorter ("hurricanes" -> "hurrican").
        parts.append(stem == last ? "\"\(last)\" *" : "(\"\(last)\" * OR \"\(stem)\" *)")
        let match = "title : (" + parts.joined(separator: " AND ") + ")"
        let rows = try await db.raw("""
            SELECT d.article_id AS id FROM search_fts CROSS JOIN search_documents d ON d.article_id = search_fts.rowid
            WHERE search_fts MATCH \(bind: match) AND d.edition_id = \(bind: editionID)
            AND d.published_epoch <= \(bind: Int(now.timeIntervalSince1970))
            ORDER BY d.published_epoch DESC LIMIT \(count: limit)
            """).all()
        return try rows.map { try $0.decode(column: "id", as: Int.self) }
    }

    /// The stems of a text, space-separated: what FTS5 indexes (its own tokenizer only splits on the spaces).
    static func terms(_ text: String, _ language: String) -> String {
        SearchText.stems(text, language: language).joined(separator: " ")
    }

    /// An FTS5 query from a stemmed query. Stems are letters and digits only, so quoting them is enough.
    static func matchExpression(_ q: SearchQuery) -> String {
        func phrase(_ words: [String]) -> String { "\"" + words.joined(separator: " ") + "\"" }
        var expression = "(" + q.required.map(phrase).joined(separator: " AND ") + ")"
        for excluded in q.excluded { expression += " NOT " + phrase(excluded) }
        return expression
    }
}
