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
    /// Months that have visible articles, newest first, with how many and their latest change: one grouped query.
    func sitemapMonths(on db: any Database) async throws -> [SitemapMonth] {
        guard let sql = db as? any SQLDatabase else { return [] }
        let month: SQLQueryString = sql.dialect.name == "sqlite"
            ? "strftime('%Y-%m', published_at, 'unixepoch')"
            : "to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM')"
        let rows = try await sql.raw("""
            SELECT \(month) AS m, COUNT(*) AS n, MAX(COALESCE(revised_at, published_at)) AS last
            FROM articles WHERE status = \(bind: ArticleStatus.published.rawValue) AND published_at <= \(bind: clock.now())
            GROUP BY m ORDER BY m DESC
            """).all()
        return try rows.compactMap { row in
            let name = try row.decode(column: "m", as: String.self)
            let parts = name.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 2 else { return nil }
            return SitemapMonth(year: parts[0], month: parts[1], count: try row.decode(column: "n", as: Int.self),
                                lastModified: try Self.decodeDate(row, column: "last"))
        }
    }

    /// Visible articles published in a UTC month, by id after `afterID`, at most `limit`: pages of a sitemap are read
    /// a slice at a time, so memory stays flat however large the archive.
    func sitemapArticles(year: Int, month: Int, afterID: Int, limit: Int, on db: any Database) async throws -> [SitemapArticle] {
        guard let (start, end) = Self.monthRange(year: year, month: month) else { return [] }
        let rows = try await visible(on: db, now: clock.now())
            .filter(\.$publishedAt >= start).filter(\.$publishedAt < end).filter(\.$id > afterID)
            .sort(\.$id).limit(limit)
            .field(\.$id).field(\.$editionID).field(\.$slug).field(\.$title).field(\.$publishedAt).field(\.$revisedAt).field(\.$leadMediaID)
            .all()
        return try await sitemapArticles(rows, on: db)
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
    private static func decodeDate(_ row: any SQLRow, column: String) throws -> Date {
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
