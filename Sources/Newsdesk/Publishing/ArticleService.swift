import Fluent
import Foundation
import NewsText
import SQLKit

enum PublishingError: Error, Equatable {
    case invalid(field: String, message: String)
    case invalidCursor
    case notFound
}

/// The rules of articles: what readers may see, in which order, and how articles are written.
struct ArticleService: Sendable {
    let clock: AppClock
    let shortCodeKey: UInt64
    let cache: PageCache
    /// Told of every save inside its transaction, so search finds exactly what readers can see.
    let search: SearchIndexer
    /// For the address prefix of articles a body embeds (kept in memory).
    let editions: EditionService

    static let maxPageSize = 50

    // MARK: Reading

    func feed(_ filter: FeedFilter, cursor: FeedCursor?, limit: Int, on db: any Database) async throws -> Page<ArticleSummary> {
        let limit = max(1, min(limit, Self.maxPageSize))
        let ids = try await feedIDs(filter, cursor: cursor, limit: limit + 1, on: db)
        let pageIDs = Array(ids.prefix(limit))
        let items = try await summaries(ids: pageIDs, on: db)
        let next = ids.count > limit ? items.last.map { FeedCursor(date: $0.publishedAt, id: $0.id) } : nil
        return Page(items: items, nextCursor: next)
    }

    /// The ids of a feed page, newest first: one indexed query.
    /// Plain SQL rather than a query builder: a Fluent query reflects over all of `Article`'s fields (for soft
    /// deletes and the output) however few it reads, which showed in profiles of every page.
    private func feedIDs(_ filter: FeedFilter, cursor: FeedCursor?, limit: Int, on db: any Database) async throws -> [Int] {
        guard let sql = db as? any SQLDatabase else { return [] }
        let (table, idColumn): (String, String) = if case .tag = filter { ("article_tags", "article_id") } else { ("articles", "id") }
        var query = SQLQueryString("SELECT ")
        query.appendInterpolation(ident: idColumn)
        query.appendLiteral(" AS id FROM ")
        query.appendInterpolation(ident: table)
        query.appendLiteral(" WHERE status = ")
        query.appendInterpolation(bind: ArticleStatus.published.rawValue)
        query.appendLiteral(" AND published_at <= ")
        query.appendInterpolation(bind: clock.now())
        switch filter {
        case .tag(let id):
            query.appendLiteral(" AND tag_id = ")
            query.appendInterpolation(bind: id)
        case .edition(let id):
            query.appendLiteral(" AND edition_id = ")
            query.appendInterpolation(bind: id)
        case .section(let id):
            query.appendLiteral(" AND section_id = ")
            query.appendInterpolation(bind: id)
        case .everywhere:
            break
        }
        if let cursor {
            // The first bound keeps the index range tight; the second breaks ties on the same second by id.
            query.appendLiteral(" AND published_at <= ")
            query.appendInterpolation(bind: cursor.date)
            query.appendLiteral(" AND (published_at < ")
            query.appendInterpolation(bind: cursor.date)
            query.appendLiteral(" OR (published_at = ")
            query.appendInterpolation(bind: cursor.date)
            query.appendLiteral(" AND ")
            query.appendInterpolation(ident: idColumn)
            query.appendLiteral(" < ")
            query.appendInterpolation(bind: cursor.id)
            query.appendLiteral("))")
        }
        query.appendLiteral(" ORDER BY published_at DESC, ")
        query.appendInterpolation(ident: idColumn)
        query.appendLiteral(" DESC LIMIT ")
        query.appendInterpolation(count: limit)
        return try await sql.raw(query).all().map { try $0.decode(column: "id", as: Int.self) }
    }

    /// Everything the front page lists, in five queries however many sections the edition has: the latest news,
    /// the editors' picks, each section's newest stories (one `UNION ALL` of indexed per-section lookups, so the
    /// cost stays flat as the archive grows) and the summaries of all of them at once.
    func frontPage(edition: Int, sections: [SectionRef], latest: Int, recommended: Int, perSection: Int,
                   on db: any Database) async throws -> FrontPageStories {
        let latestIDs = try await feedIDs(.edition(edition), cursor: nil, limit: latest, on: db)
        let pickIDs = try await recommendedIDs(edition: edition, limit: recommended, on: db)
        let bySection = try await newestIDs(sections: sections.map(\.id), perSection: perSection, on: db)
        let all = Array(Set(latestIDs + pickIDs + bySection.values.flatMap { $0 }))
        var byID: [Int: ArticleSummary] = [:]
        for summary in try await summaries(ids: all, on: db) { byID[summary.id] = summary }
        return FrontPageStories(
            latest: latestIDs.compactMap { byID[$0] }, recommended: pickIDs.compactMap { byID[$0] },
            sections: sections.map { ($0, (bySection[$0.id] ?? []).compactMap { byID[$0] }) })
    }

    /// The newest visible article ids of each section, in one statement.
    private func newestIDs(sections: [Int], perSection: Int, on db: any Database) async throws -> [Int: [Int]] {
        guard !sections.isEmpty, let sql = db as? any SQLDatabase else { return [:] }
        let now = clock.now()
        var query = SQLQueryString("")
        for (i, section) in sections.enumerated() {
            if i > 0 { query.appendLiteral(" UNION ALL ") }
            query.appendInterpolation(unsafeRaw: "SELECT id, section_id FROM (SELECT id, section_id FROM articles WHERE status = ")
            query.appendInterpolation(bind: ArticleStatus.published.rawValue)
            query.appendLiteral(" AND published_at <= ")
            query.appendInterpolation(bind: now)
            query.appendLiteral(" AND section_id = ")
            query.appendInterpolation(bind: section)
            query.appendInterpolation(unsafeRaw: " ORDER BY published_at DESC, id DESC LIMIT \(perSection)) AS s\(i)")
        }
        var out: [Int: [Int]] = [:]
        for row in try await sql.raw(query).all() {
            let id = try row.decode(column: "id", as: Int.self)
            out[try row.decode(column: "section_id", as: Int.self), default: []].append(id)
        }
        return out
    }

    /// The editors' picks, in their order. Picks are few, so they are read by the pick index and checked for
    /// visibility here: joined with the visibility filter, SQLite preferred the feed index and scanned the edition.
    func recommended(edition: Int, limit: Int, on db: any Database) async throws -> [ArticleSummary] {
        try await summaries(ids: recommendedIDs(edition: edition, limit: limit, on: db), on: db)
    }

    private func recommendedIDs(edition: Int, limit: Int, on db: any Database) async throws -> [Int] {
        let now = clock.now()
        guard let sql = db as? any SQLDatabase else { return [] }
        let picks = try await sql.raw("""
            SELECT id, status, published_at FROM articles
            WHERE edition_id = \(bind: edition) AND recommended_rank IS NOT NULL
            ORDER BY recommended_rank LIMIT \(count: limit * 4)
            """).all()
        var ids: [Int] = []
        for row in picks where ids.count < limit {
            guard try row.decode(column: "status", as: String.self) == ArticleStatus.published.rawValue,
                  let at = try row.decode(column: "published_at", as: Date?.self), at <= now else { continue }
            ids.append(try row.decode(column: "id", as: Int.self))
        }
        return ids
    }

    func article(edition: Int, slug: String, on db: any Database) async throws -> ArticleLookup {
        if let detail = try await detail(where: "a.edition_id = \(bind: edition) AND a.slug = \(bind: slug)", on: db) {
            return .found(detail)
        }
        if let redirect = try await SlugRedirect.query(on: db)
            .filter(\.$editionID == edition).filter(\.$slug == slug).first(),
           let target = try await visible(on: db, now: clock.now()).filter(\.$id == redirect.articleID).first() {
            return .moved(slug: target.slug)
        }
        return .notFound
    }

    func article(id: Int, on db: any Database) async throws -> ArticleDetail? {
        try await detail(where: "a.id = \(bind: id)", on: db)
    }

    /// The number of visible comments, as Discussion counts them.
    func setCommentCount(articleID: Int, to count: Int, on db: any Database) async throws {
        // With every batch of posted comments: a plain UPDATE (a Fluent update reflected over all of Article's fields).
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.raw("UPDATE articles SET comments_count = \(bind: max(0, count)) WHERE id = \(bind: articleID)").run()
    }

    /// `n` more visible comments, as Discussion counts them (new comments posted together).
    func addToCommentCount(articleID: Int, _ n: Int, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.raw("UPDATE articles SET comments_count = comments_count + \(bind: n) WHERE id = \(bind: articleID)").run()
    }

    /// Whether readers can see this article now (published, not scheduled): one indexed lookup, nothing rendered.
    func isVisible(id: Int, on db: any Database) async throws -> Bool {
        try await visible(on: db, now: clock.now()).filter(\.$id == id).count() > 0
    }

    /// Where a short code points, if that article is visible.
    func resolve(shortCode: String, on db: any Database) async throws -> (editionID: Int, slug: String)? {
        guard shortCode.count <= 16 else { return nil }
        guard let row = try await visible(on: db, now: clock.now()).filter(\.$shortCode == shortCode).first() else { return nil }
        return (row.editionID, row.slug)
    }

    /// The edition's sections in their order (every page's navigation: plain rows, no models), kept with the
    /// edition's pages: every change to the sections drops `edition:N` on every node, and with it this list.
    func sections(edition: Int, on db: any Database) async throws -> [SectionRef] {
        try await cache.shared.value("sections:\(edition)", tags: ["edition:\(edition)"], now: clock.now()) {
            try await self.readSections(edition: edition, on: db)
        }
    }

    private func readSections(edition: Int, on db: any Database) async throws -> [SectionRef] {
        guard let sql = db as? any SQLDatabase else { return [] }
        return try await sql.raw("SELECT id, name, slug FROM sections WHERE edition_id = \(bind: edition) ORDER BY position, id").all().map {
            SectionRef(id: try $0.decode(column: "id", as: Int.self), name: try $0.decode(column: "name", as: String.self),
                       slug: try $0.decode(column: "slug", as: String.self))
        }
    }

    func section(edition: Int, slug: String, on db: any Database) async throws -> SectionRef? {
        try await Section.query(on: db).filter(\.$editionID == edition).filter(\.$slug == slug).first()
            .map { SectionRef(id: try $0.requireID(), name: $0.name, slug: $0.slug) }
    }

    func tag(edition: Int, slug: String, on db: any Database) async throws -> TagRef? {
        try await Tag.query(on: db).filter(\.$editionID == edition).filter(\.$slug == slug).first()
            .map { TagRef(id: try $0.requireID(), name: $0.name, slug: $0.slug) }
    }

    /// Every visible article's address and time, for the sitemap: a narrow scan of the feed index.
    func sitemapEntries(on db: any Database) async throws -> [(editionID: Int, slug: String, lastModified: Date)] {
        try await visible(on: db, now: clock.now())
            .sort(\.$publishedAt, .descending)
            .field(\.$id).field(\.$editionID).field(\.$slug).field(\.$publishedAt).field(\.$revisedAt)
            .all()
            .map { ($0.editionID, $0.slug, $0.revisedAt ?? $0.publishedAt ?? Date(timeIntervalSince1970: 0)) }
    }

    /// Articles whose scheduled time fell in (after, upTo]: pages listing their edition must be rebuilt.
    func editionsWithArticlesReleased(after: Date, upTo: Date, on db: any Database) async throws -> Set<Int> {
        let rows = try await Article.query(on: db)
            .filter(\.$status == ArticleStatus.published.rawValue)
            .filter(\.$publishedAt > after).filter(\.$publishedAt <= upTo)
            .field(\.$id).field(\.$editionID).all()
        return Set(rows.map(\.editionID))
    }

    // MARK: Building views

    func visible(on db: any Database, now: Date) -> QueryBuilder<Article> {
        Article.query(on: db)
            .filter(\.$status == ArticleStatus.published.rawValue)
            .filter(\.$publishedAt <= now)
    }

    /// Summaries in the order of `ids`: one query, the section joined and the lead photo left-joined, read as plain
    /// rows (building three models per card was the largest single cost of rendering a page in a profile).
    /// `visibleOnly` drops drafts, scheduled and withdrawn articles in the same query.
    func summaries(ids: [Int], visibleOnly: Bool = false, on db: any Database) async throws -> [ArticleSummary] {
        guard !ids.isEmpty, let sql = db as? any SQLDatabase else { return [] }
        var query: SQLQueryString = "SELECT \(unsafeRaw: Self.summaryColumns) FROM \(unsafeRaw: Self.summaryTables(byID: sql)) WHERE a.id IN (\(binds: Array(Set(ids))))"
        if visibleOnly { appendVisible(to: &query) }
        var byID: [Int: ArticleSummary] = [:]
        for row in try await sql.raw(query).all() {
            if let summary = try Self.summary(row: row) { byID[summary.id] = summary }
        }
        return ids.compactMap { byID[$0] }
    }

    /// The columns a summary is read from, and the tables they come from: the article, its section (always there)
    /// and its lead photo (when it has one).
    static let summaryColumns = """
        a.id, a.edition_id, a.title, a.slug, a.summary, a.byline, a.published_at, a.revised_at, a.lead_media_id,
        a.short_code, a.views, a.comments_count, a.kind, a.live_ended,
        s.id AS s_id, s.name AS s_name, s.slug AS s_slug, \(photoColumns)
        """
    static let summaryTables = "articles a " + summaryJoins
    private static let summaryJoins = "JOIN sections s ON s.id = a.section_id LEFT JOIN media m ON m.id = a.lead_media_id"
    /// The same tables for a query that names its articles by id. SQLite would otherwise walk the visibility index
    /// (status, published_at) over the whole archive whenever the query also asks for visible articles only: 2 ms at
    /// 20,000 articles, and growing with the archive. `NOT INDEXED` leaves it the primary key.
    static func summaryTables(byID sql: any SQLDatabase) -> String {
        sql.isSQLite ? "articles a NOT INDEXED " + summaryJoins : summaryTables
    }

    /// ` AND` what readers may see now: published, and not scheduled for later.
    private func appendVisible(to query: inout SQLQueryString) {
        query.appendLiteral(" AND a.status = ")
        query.appendInterpolation(bind: ArticleStatus.published.rawValue)
        query.appendLiteral(" AND a.published_at <= ")
        query.appendInterpolation(bind: clock.now())
    }

    /// A summary from a row with `summaryColumns`; nil for an article that was never published.
    static func summary(row: any SQLRow) throws -> ArticleSummary? {
        guard let published = try row.decode(column: "published_at", as: Date?.self) else { return nil }
        let id = try row.decode(column: "id", as: Int.self)
        let photo = try row.decode(column: "lead_media_id", as: Int?.self) == nil ? nil : try imageRef(row: row)
        let kind = try row.decode(column: "kind", as: String?.self).flatMap(ArticleKind.init(rawValue:)) ?? .article
        let ended = try row.decode(column: "live_ended", as: Bool?.self) == true
        return ArticleSummary(
            id: id, editionID: try row.decode(column: "edition_id", as: Int.self), title: try row.decode(column: "title", as: String.self),
            slug: try row.decode(column: "slug", as: String.self), summary: try row.decode(column: "summary", as: String.self),
            section: SectionRef(id: try row.decode(column: "s_id", as: Int.self), name: try row.decode(column: "s_name", as: String.self),
                                slug: try row.decode(column: "s_slug", as: String.self)),
            byline: try row.decode(column: "byline", as: String.self), publishedAt: published,
            revisedAt: try row.decode(column: "revised_at", as: Date?.self), image: photo,
            shortCode: try row.decode(column: "short_code", as: String?.self) ?? "",
            views: try row.decode(column: "views", as: Int.self), comments: try row.decode(column: "comments_count", as: Int.self),
            isLive: kind == .liveBlog && !ended, isLiveBlog: kind == .liveBlog, liveEnded: ended)
    }

    /// The columns of a photo left-joined as `m`, and the photo read back from them (nil when the join found none).
    static let photoColumns = """
        m.file_name AS m_file, m.alt AS m_alt, m.caption AS m_caption, m.credit AS m_credit,
        m.width AS m_width, m.height AS m_height, m.variants AS m_variants
        """
    static func imageRef(row: any SQLRow) throws -> ImageRef? {
        guard let file = try row.decode(column: "m_file", as: String?.self) else { return nil }
        return ImageRef(
            path: Paths.media(file), alt: try row.decode(column: "m_alt", as: String.self),
            caption: try row.decode(column: "m_caption", as: String.self), credit: try row.decode(column: "m_credit", as: String.self),
            width: try row.decode(column: "m_width", as: Int.self), height: try row.decode(column: "m_height", as: Int.self),
            variants: MediaLibrary.variants(json: try row.decode(column: "m_variants", as: String?.self)))
    }

    static func imageRef(_ m: Media) -> ImageRef {
        ImageRef(path: Paths.media(m.fileName), alt: m.alt, caption: m.caption, credit: m.credit, width: m.width, height: m.height,
                 variants: MediaLibrary.variants(of: m))
    }

    /// A visible article with everything its page shows, read as plain rows: the article with its section, photo and
    /// tags, then its related stories together with the stories its body embeds as cards (two statements).
    private func detail(where condition: SQLQueryString, on db: any Database) async throws -> ArticleDetail? {
        guard let sql = db as? any SQLDatabase else { return nil }
        var query: SQLQueryString = "SELECT \(unsafeRaw: Self.summaryColumns), a.body, a.comments_closed, a.correction, "
        query.appendInterpolation(unsafeRaw: Self.tagsColumn(sql))
        query.appendLiteral(" FROM " + Self.summaryTables + " WHERE ")
        query.appendInterpolation(condition)
        appendVisible(to: &query)
        guard let row = try await sql.raw(query).first(), let summary = try Self.summary(row: row) else { return nil }
        let id = summary.id
        let body = try row.decode(column: "body", as: String.self)
        let tags = try Self.tags(json: try row.decode(column: "tags_json", as: String?.self))
        // Related stories (in the editors' order) and the body's cards, visible ones only, in one query.
        let parsed = ArticleMarkdown.Parsed(body)
        let cardIDs = Self.cardIDs(in: parsed)
        var related: SQLQueryString = """
            SELECT \(unsafeRaw: Self.summaryColumns),
                   (SELECT MIN(r.position) FROM article_relations r WHERE r.article_id = \(bind: id) AND r.related_id = a.id) AS rel_pos
            FROM \(unsafeRaw: Self.summaryTables(byID: sql))
            WHERE a.id IN (SELECT related_id FROM article_relations WHERE article_id = \(bind: id)
            """
        for card in cardIDs {
            related.appendLiteral(" UNION ALL SELECT ")
            related.appendInterpolation(bind: card)
        }
        related.appendLiteral(")")
        appendVisible(to: &related)
        var relatedByPosition: [(Int, ArticleSummary)] = []
        var cards: [Int: ArticleSummary] = [:]
        for r in try await sql.raw(related).all() {
            guard let s = try Self.summary(row: r) else { continue }
            if let position = try r.decode(column: "rel_pos", as: Int?.self) { relatedByPosition.append((position, s)) }
            cards[s.id] = s
        }
        let html = try await renderBody(parsed, cards: cardIDs.compactMap { cards[$0] }, on: db)
        return ArticleDetail(
            summary: summary, bodyHTML: html, readingMinutes: PlainText.readingMinutes(parsed.plainText),
            tags: tags, related: relatedByPosition.sorted { ($0.0, $0.1.id) < ($1.0, $1.1.id) }.map(\.1),
            commentsClosed: try row.decode(column: "comments_closed", as: Bool?.self) ?? false,
            correction: try row.decode(column: "correction", as: String?.self))
    }

    /// The article's tags (by name) as one JSON column of `[id, name, slug]` triples: a page's tags come with its
    /// article instead of in a statement (a round trip to the database's thread or server) of their own.
    static func tagsColumn(_ sql: any SQLDatabase) -> String {
        sql.isSQLite
            ? """
              (SELECT json_group_array(json_array(t.id, t.name, t.slug) ORDER BY t.name, t.id)
               FROM article_tags l JOIN tags t ON t.id = l.tag_id WHERE l.article_id = a.id) AS tags_json
              """
            : """
              (SELECT COALESCE(json_agg(json_build_array(t.id, t.name, t.slug) ORDER BY t.name, t.id), '[]'::json)::text
               FROM article_tags l JOIN tags t ON t.id = l.tag_id WHERE l.article_id = a.id) AS tags_json
              """
    }

    private struct TagTriple: Decodable {
        let ref: TagRef
        init(from decoder: any Decoder) throws {
            var c = try decoder.unkeyedContainer()
            ref = TagRef(id: try c.decode(Int.self), name: try c.decode(String.self), slug: try c.decode(String.self))
        }
    }

    static func tags(json: String?) throws -> [TagRef] {
        guard let json, json != "[]" else { return [] }
        return try JSONDecoder().decode([TagTriple].self, from: Data(json.utf8)).map(\.ref)
    }

    /// The ids of the articles a body embeds as cards.
    private static func cardIDs(in body: ArticleMarkdown.Parsed) -> [Int] {
        body.references.compactMap { ref in
            if case .related(let key) = ref { return Int(key) } else { return nil }
        }
    }

    /// An article body as readers see it: embeds of visible articles become cards, embedded photos figures. The
    /// newsroom's preview renders drafts through this same path.
    func renderBody(_ markdown: String, on db: any Database) async throws -> String {
        let parsed = ArticleMarkdown.Parsed(markdown)
        return try await renderBody(parsed, cards: try await visibleSummaries(ids: Self.cardIDs(in: parsed), on: db), on: db)
    }

    /// `cards`: the visible articles among those the body embeds.
    private func renderBody(_ body: ArticleMarkdown.Parsed, cards cardSummaries: [ArticleSummary], on db: any Database) async throws -> String {
        // Embeds name images by id.
        let imageIDs = body.references.compactMap { ref -> Int? in
            if case .image(let key) = ref { return Int(key) } else { return nil }
        }
        var cards: [String: RelatedCard] = [:]
        for s in cardSummaries {
            let prefix = try await editions.edition(id: s.editionID, on: db)?.pathPrefix ?? ""
            cards[String(s.id)] = RelatedCard(
                url: Paths.article(prefix, s.slug), title: s.title, section: s.section.name,
                imageURL: s.image?.path, imageAlt: s.image?.alt ?? "", credit: s.image?.credit
            )
        }
        var images: [String: InlineImage] = [:]
        if !imageIDs.isEmpty {
            for m in try await Media.query(on: db).filter(\.$id ~~ imageIDs).all() {
                guard let mid = m.id else { continue }
                images[String(mid)] = InlineImage(url: Paths.media(m.fileName), alt: m.alt, caption: m.caption,
                                                  credit: m.credit, width: m.width, height: m.height)
            }
        }
        return body.render(related: cards, images: images)
    }

    private func visibleSummaries(ids: [Int], on db: any Database) async throws -> [ArticleSummary] {
        try await summaries(ids: ids, visibleOnly: true, on: db)
    }
}

extension ArticleService {
    /// Tags of several articles in two queries, for listings that show them (the API).
    func tags(of articleIDs: [Int], on db: any Database) async throws -> [Int: [TagRef]] {
        guard !articleIDs.isEmpty else { return [:] }
        let links = try await ArticleTag.query(on: db).filter(\.$articleID ~~ articleIDs).all()
        let tagIDs = Set(links.map(\.tagID))
        guard !tagIDs.isEmpty else { return [:] }
        var tagByID: [Int: TagRef] = [:]
        for t in try await Tag.query(on: db).filter(\.$id ~~ tagIDs).all() {
            if let id = t.id { tagByID[id] = TagRef(id: id, name: t.name, slug: t.slug) }
        }
        var result: [Int: [TagRef]] = [:]
        for link in links { if let tag = tagByID[link.tagID] { result[link.articleID, default: []].append(tag) } }
        return result.mapValues { $0.sorted { $0.name < $1.name } }
    }
}
