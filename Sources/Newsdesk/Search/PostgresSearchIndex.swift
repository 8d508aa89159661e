import Foundation
import NewsText
import SQLKit

/// PostgreSQL: a `tsvector` per article built with the edition language's text-search configuration (title weight
/// A, summary B, body C) under a GIN index. The text handed to PostgreSQL is folded here first (case, diacritics,
/// ё/е), and queries reach it through `websearch_to_tsquery` rebuilt from the parsed query, never as typed.
struct PostgresSearchIndex: SearchIndex {
    /// PostgreSQL's configuration for an edition language; `simple` (no stemming) for a language it has none for.
    static func configuration(_ language: String) -> String {
        switch language.prefix(2) {
        case "en": "english"
        case "ru": "russian"
        case "ar": "arabic"
        case "fr": "french"
        case "de": "german"
        case "es": "spanish"
        case "it": "italian"
        case "pt": "portuguese"
        case "tr": "turkish"
        default: "simple"
        }
    }

    /// The words of a text folded the way the query is, in order (positions matter for phrases).
    static func folded(_ text: String) -> String {
        SearchText.words(text).joined(separator: " ")
    }

    func put(_ documents: [SearchDocument], on db: any SQLDatabase) async throws {
        for d in documents {
            let cfg = Self.configuration(d.language)
            try await db.raw("""
                INSERT INTO search_documents (article_id, edition_id, section_id, published_epoch, language, document)
                VALUES (\(bind: d.articleID), \(bind: d.editionID), \(bind: d.sectionID), \(bind: d.epoch), \(bind: cfg),
                  setweight(to_tsvector(\(bind: cfg)::regconfig, \(bind: Self.folded(d.title))), 'A') ||
                  setweight(to_tsvector(\(bind: cfg)::regconfig, \(bind: Self.folded(d.summary))), 'B') ||
                  setweight(to_tsvector(\(bind: cfg)::regconfig, \(bind: Self.folded(d.body))), 'C'))
                ON CONFLICT (article_id) DO UPDATE SET edition_id = excluded.edition_id, section_id = excluded.section_id,
                  published_epoch = excluded.published_epoch, language = excluded.language, document = excluded.document
                """).run()
        }
    }

    func remove(articleID: Int, on db: any SQLDatabase) async throws {
        try await db.raw("DELETE FROM search_documents WHERE article_id = \(bind: articleID)").run()
    }

    func search(_ r: SearchRequest, on db: any SQLDatabase) async throws -> SearchHits {
        let cfg = Self.configuration(r.language)
        let now = Int(r.now.timeIntervalSince1970)
        var filters: [SQLQueryString] = [
            "d.document @@ q.query", "d.edition_id = \(bind: r.editionID)", "d.published_epoch <= \(bind: now)",
        ]
        if let s = r.sectionID { filters.append("d.section_id = \(bind: s)") }
        if let from = r.from { filters.append("d.published_epoch >= \(bind: Int(from.timeIntervalSince1970))") }
        if let until = r.until { filters.append("d.published_epoch < \(bind: Int(until.timeIntervalSince1970))") }
        let whereClause = filters.joined(separator: " AND ")
        let from: SQLQueryString = "search_documents d, websearch_to_tsquery(\(bind: cfg)::regconfig, \(bind: r.query.websearch)) AS q(query)"
        let order: SQLQueryString = r.sort == .newest
            ? "d.published_epoch DESC, d.article_id DESC"
            : "ts_rank(d.document, q.query) * (1.0 + 0.5 / (1.0 + (\(bind: now) - d.published_epoch) / 1209600.0)) DESC, d.published_epoch DESC, d.article_id DESC"
        let rows = try await db.raw("""
            SELECT d.article_id AS id FROM \(from) WHERE \(whereClause) ORDER BY \(order) LIMIT \(count: r.limit) OFFSET \(count: r.offset)
            """).all()
        let ids = try rows.map { try $0.decode(column: "id", as: Int.self) }
        let total: Int
        if r.offset == 0 && ids.count < r.limit {
            total = ids.count
        } else {
            total = try await db.raw("""
                SELECT count(*) AS n FROM (SELECT 1 FROM \(from) WHERE \(whereClause) LIMIT \(count: SearchHits.countLimit)) AS m
                """).first()?.decode(column: "n", as: Int.self) ?? ids.count
        }
        return SearchHits(ids: ids, total: total)
    }

    func titlesStarting(_ words: [String], editionID: Int, language: String, now: Date, limit: Int,
                        on db: any SQLDatabase) async throws -> [Int] {
        guard !words.isEmpty else { return [] }
        // Folded words are letters and digits only, so they can be written into tsquery syntax as they are.
        var parts = words.dropLast().map { "\($0):A" }
        parts.append("\(words.last!):*A")
        let rows = try await db.raw("""
            SELECT d.article_id AS id FROM search_documents d
            WHERE d.document @@ to_tsquery(\(bind: Self.configuration(language))::regconfig, \(bind: parts.joined(separator: " & ")))
            AND d.edition_id = \(bind: editionID) AND d.published_epoch <= \(bind: Int(now.timeIntervalSince1970))
            ORDER BY d.published_epoch DESC LIMIT \(count: limit)
            """).all()
        return try rows.map { try $0.decode(column: "id", as: Int.self) }
    }
}
