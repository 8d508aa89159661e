import Fluent
import Foundation
import SQLKit

/// A month of published articles, for the sitemap index (dates in UTC).
struct SitemapMonth: Sendable, Equatable {
    let year: Int
    let month: Int
    let count: Int
    let lastModified: Date

    /// "2026-11"
    var name: String { String(format: "%04d-%02d", year, month) }
}

/// One article as sitemaps list it.
struct SitemapArticle: Sendable {
    let id: Int
    let editionID: Int
    let slug: String
    let title: String
    let publishedAt: Date
    let lastModified: Date
    /// The lead photo's file name in the media folder, if any.
    let imageFile: String?
}

extension ArticleService {
    /// Months that have visible articles, newest first, with how many and their latest change: read from
    /// `sitemap_months`, which every article write keeps current, so the sitemap index costs one small read however
    /// large the archive (the grouped scan it replaced took seconds at a million articles).
    func sitemapMonths(on db: any Database) async throws -> [SitemapMonth] {
        guard let sql = db as? any SQLDatabase else { return [] }
        let current = Self.monthKey(clock.now())
        let rows = try await sql.raw("""
            SELECT month, articles, last_modified FROM \(ident: SitemapMonthsTable.name)
            WHERE month <= \(bind: current) AND articles > 0 ORDER BY month DESC
            """).all()
        return try rows.compactMap { row in
            let name = try row.decode(column: "month", as: String.self)
            let parts = name.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 2 else { return nil }
            return SitemapMonth(year: parts[0], month: parts[1], count: try row.decode(column: "articles", as: Int.self),
                                lastModified: try Self.decodeDate(row, column: "last_modified"))
        }
    }

    /// After an article is written (inside its transaction): the months of its old and new publication times are
    /// counted again, each with one indexed range read.
    func refreshSitemapMonths(_ dates: [Date?], on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        let now = clock.now()
        for key in Set(dates.compactMap { $0 }.map(Self.monthKey)).sorted() {
            try await Self.refreshSitemapMonth(key, now: now, on: sql)
        }
    }

    static func refreshSitemapMonth(_ key: String, now: Date, on sql: any SQLDatabase) async throws {
        let parts = key.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2, let (start, end) = monthRange(year: parts[0], month: parts[1]) else { return }
        let table = SitemapMonthsTable.name
        if !sql.isSQLite {
            // Two nodes refreshing one month take turns on its row, so the later count sees the earlier commit.
            try await sql.raw("""
                INSERT INTO \(ident: table) (month, articles, last_modified) VALUES (\(bind: key), 0, \(bind: start))
                ON CONFLICT (month) DO NOTHING
                """).run()
            _ = try await sql.raw("SELECT month FROM \(ident: table) WHERE month = \(bind: key) FOR UPDATE").all()
        }
        let row = try await sql.raw("""
            SELECT COUNT(*) AS n, MAX(COALESCE(revised_at, published_at)) AS last FROM articles
            WHERE status = \(bind: ArticleStatus.published.rawValue) AND published_at <= \(bind: now)
              AND published_at >= \(bind: start) AND published_at < \(bind: end)
            """).first()
        let count = try row?.decode(column: "n", as: Int.self) ?? 0
        guard count > 0, let row else {
            try await sql.raw("DELETE FROM \(ident: table) WHERE month = \(bind: key)").run()
            return
        }
        let last = try decodeDate(row, column: "last")
        try await sql.raw("""
            INSERT INTO \(ident: table) (month, articles, last_modified) VALUES (\(bind: key), \(bind: count), \(bind: last))
            ON CONFLICT (month) DO UPDATE SET articles = excluded.articles, last_modified = excluded.last_modified
            """).run()
    }

    /// Every month counted again in one grouped scan: for an existing archive (the migration) and after bulk
    /// loads that bypass the article services (the benchmark seeder).
    static func rebuildSitemapMonths(now: Date, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        let month: SQLQueryString = sql.isSQLite
            ? "strftime('%Y-%m', published_at, 'unixepoch')"
            : "to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM')"
        let rows = try await sql.raw("""
            SELECT \(month) AS m, COUNT(*) AS n, MAX(COALESCE(revised_at, published_at)) AS last
            FROM articles WHERE status = \(bind: ArticleStatus.published.rawValue) AND published_at <= \(bind: now)
            GROUP BY m
            """).all()
        try await sql.raw("DELETE FROM \(ident: SitemapMonthsTable.name)").run()
        for row in rows {
            let key = try row.decode(column: "m", as: String.self)
            try await sql.raw("""
                INSERT INTO \(ident: SitemapMonthsTable.name) (month, articles, last_modified)
                VALUES (\(bind: key), \(bind: try row.decode(column: "n", as: Int.self)), \(bind: try decodeDate(row, column: "last")))
                """).run()
        }
    }

    /// "2026-11": the UTC month of a time, as the sitemap names its parts.
    static func monthKey(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let c = calendar.dateComponents([.year, .month], from: date)
        return String(format: "%04d-%02d", c.year ?? 1970, c.month ?? 1)
    }

    /// Visible articles published in a UTC month, by id after `afterID`, at most `limit`: pages of a sitemap are read
    /// a slice at a time, so memory stays flat however large the archive.
    func sitemapArticles(year: Int, month: Int, afterID: Int, limit: Int, on db: any Database) async throws -> [SitemapArticle] {
        guard let (start, end) = Self.monthRange(year: year, month: month) else { return [] }
        guard let sql = db as? any SQLDatabase else { return [] }
        // Plain rows with the photo's file joined in: a 50,000-URL file reads 25 slices, and building a model per
        // row was most of its cost.
        let rows = try await sql.raw("""
            SELECT a.id, a.edition_id, a.slug, a.title, a.published_at, a.revised_at, m.file_name
            FROM articles a LEFT JOIN media m ON m.id = a.lead_media_id
            WHERE a.status = \(bind: ArticleStatus.published.rawValue) AND a.published_at <= \(bind: clock.now())
              AND a.published_at >= \(bind: start) AND a.published_at < \(bind: end) AND a.id > \(bind: afterID)
            ORDER BY a.id LIMIT \(count: limit)
            """).all()
        return try rows.map { row in
            let published = try row.decode(column: "published_at", as: Date.self)
            return SitemapArticle(
                id: try row.decode(column: "id", as: Int.self), editionID: try row.decode(column: "edition_id", as: Int.self),
                slug: try row.decode(column: "slug", as: String.self), title: try row.decode(column: "title", as: String.self),
                publishedAt: published, lastModified: try row.decode(column: "revised_at", as: Date?.self) ?? published,
                imageFile: try row.decode(column: "file_name", as: String?.self))
        }
    }

    /// The id just before the `offset`-th article of a month (for the second and later 50,000-URL files of a month).
    func sitemapCursor(year: Int, month: Int, offset: Int, on db: any Database) async throws -> Int? {
        guard offset > 0 else { return 0 }
        guard let (start, end) = Self.monthRange(year: year, month: month) else { return nil }
        return try await visible(on: db, now: clock.now())
            .filter(\.$publishedAt >= start).filter(\.$publishedAt < end)
            .sort(\.$id).range((offset - 1)..<offset).field(\.$id).first()?.id
    }

    /// Articles published since `since`, newest first, at most `limit` (the news sitemap).
    func recentForNewsSitemap(since: Date, limit: Int, on db: any Database) async throws -> [SitemapArticle] {
        let rows = try await visible(on: db, now: clock.now()).filter(\.$publishedAt >= since)
            .sort(\.$publishedAt, .descending).sort(\.$id, .descending).limit(limit)
            .field(\.$id).field(\.$editionID).field(\.$slug).field(\.$title).field(\.$publishedAt).field(\.$revisedAt).field(\.$leadMediaID)
            .all()
        return try await sitemapArticles(rows, on: db)
    }

    private func sitemapArticles(_ rows: [Article], on db: any Database) async throws -> [SitemapArticle] {
        let mediaIDs = Set(rows.compactMap(\.leadMediaID))
        var files: [Int: String] = [:]
        if !mediaIDs.isEmpty {
            for m in try await Media.query(on: db).filter(\.$id ~~ mediaIDs).field(\.$id).field(\.$fileName).all() {
                if let id = m.id { files[id] = m.fileName }
            }
        }
        return rows.compactMap { r in
            guard let id = r.id, let published = r.publishedAt else { return nil }
            return SitemapArticle(id: id, editionID: r.editionID, slug: r.slug, title: r.title, publishedAt: published,
                                  lastModified: r.revisedAt ?? published, imageFile: r.leadMediaID.flatMap { files[$0] })
        }
    }

    /// A date from an aggregate: PostgreSQL gives a timestamp, SQLite the stored number of seconds.
    static func decodeDate(_ row: any SQLRow, column: String) throws -> Date {
        if let date = try? row.decode(column: column, as: Date.self) { return date }
        return Date(timeIntervalSince1970: try row.decode(column: column, as: Double.self))
    }

    static func monthRange(year: Int, month: Int) -> (Date, Date)? {
        guard (1...12).contains(month), (1970...9999).contains(year) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        guard let start = calendar.date(from: DateComponents(year: year, month: month, day: 1)),
              let end = calendar.date(byAdding: .month, value: 1, to: start) else { return nil }
        return (start, end)
    }
}

enum SitemapMonthsTable {
    static let name = "sitemap_months"
}

/// `sitemap_months`: one row per UTC month with visible articles (how many, latest change), owned by
/// `ArticleService` and written in the same transaction as the articles themselves.
struct CreateSitemapMonths: AsyncMigration {
    var name: String { "0022_create_sitemap_months" }

    func prepare(on database: any Database) async throws {
        try await database.schema(SitemapMonthsTable.name)
            .field("month", .string, .identifier(auto: false))
            .field("articles", .int, .required)
            .field("last_modified", .datetime, .required)
            .create()
        try await ArticleService.rebuildSitemapMonths(now: Date(), on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SitemapMonthsTable.name).delete()
    }
}
