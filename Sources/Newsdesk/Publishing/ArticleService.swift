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

    static let maxPageSize = 50

    // MARK: Reading

    func feed(_ filter: FeedFilter, cursor: FeedCursor?, limit: Int, on db: any Database) async throws -> Page<ArticleSummary> {
        let limit = max(1, min(limit, Self.maxPageSize))
        let now = clock.now()
        let ids: [Int]
        switch filter {
        case .tag(let tagID):
            var q = ArticleTag.query(on: db)
                .filter(\.$tagID == tagID)
                .filter(\.$status == ArticleStatus.published.rawValue)
                .filter(\.$publishedAt <= now)
            if let cursor {
                q = q.filter(\.$publishedAt <= cursor.date).group(.or) { or in
                    or.filter(\.$publishedAt < cursor.date)
                        .group(.and) { $0.filter(\.$publishedAt == cursor.date).filter(\.$articleID < cursor.id) }
                }
            }
            ids = try await q.sort(\.$publishedAt, .descending).sort(\.$articleID, .descending)
                .limit(limit + 1).all().map(\.articleID)
        default:
            var q = visible(on: db, now: now)
            switch filter {
            case .edition(let id): q = q.filter(\.$editionID == id)
            case .section(let id): q = q.filter(\.$sectionID == id)
            case .tag, .everywhere: break
            }
            if let cursor {
                q = q.filter(\.$publishedAt <= cursor.date).group(.or) { or in
                    or.filter(\.$publishedAt < cursor.date)
                        .group(.and) { $0.filter(\.$publishedAt == cursor.date).filter(\.$id < cursor.id) }
                }
            }
            ids = try await q.sort(\.$publishedAt, .descending).sort(\.$id, .descending)
                .limit(limit + 1).field(\.$id).all().compactMap(\.id)
        }
        let pageIDs = Array(ids.prefix(limit))
        let items = try await summaries(ids: pageIDs, on: db)
        let next = ids.count > limit ? items.last.map { FeedCursor(date: $0.publishedAt, id: $0.id) } : nil
        return Page(items: items, nextCursor: next)
    }

    /// The editors' picks, in their order. Picks are few, so they are read by the pick index and checked for
    /// visibility here: joined with the visibility filter, SQLite preferred the feed index and scanned the edition.
    func recommended(edition: Int, limit: Int, on db: any Database) async throws -> [ArticleSummary] {
        let now = clock.now()
        let picks = try await Article.query(on: db)
            .filter(\.$editionID == edition)
            .filter(\.$recommendedRank != nil)
            .sort(\.$recommendedRank).limit(limit * 4)
            .field(\.$id).field(\.$status).field(\.$publishedAt).field(\.$recommendedRank).all()
        let ids = picks.filter { $0.status == ArticleStatus.published.rawValue && ($0.publishedAt.map { $0 <= now } ?? false) }
            .prefix(limit).compactMap(\.id)
        return try await summaries(ids: Array(ids), on: db)
    }

    func article(edition: Int, slug: String, on db: any Database) async throws -> ArticleLookup {
        if let row = try await visible(on: db, now: clock.now())
            .filter(\.$editionID == edition).filter(\.$slug == slug).first() {
            return .found(try await detail(of: row, on: db))
        }
        if let redirect = try await SlugRedirect.query(on: db)
            .filter(\.$editionID == edition).filter(\.$slug == slug).first(),
           let target = try await visible(on: db, now: clock.now()).filter(\.$id == redirect.articleID).first() {
            return .moved(slug: target.slug)
        }
        return .notFound
    }

    func article(id: Int, on db: any Database) async throws -> ArticleDetail? {
        guard let row = try await visible(on: db, now: clock.now()).filter(\.$id == id).first() else { return nil }
        return try await detail(of: row, on: db)
    }

    /// The number of visible comments, as Discussion counts them.
    func setCommentCount(articleID: Int, to count: Int, on db: any Database) async throws {
        try await Article.query(on: db).filter(\.$id == articleID).set(\.$commentsCount, to: max(0, count)).update()
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

    func sections(edition: Int, on db: any Database) async throws -> [SectionRef] {
        try await Section.query(on: db).filter(\.$editionID == edition).sort(\.$position).all()
            .map { SectionRef(id: try $0.requireID(), name: $0.name, slug: $0.slug) }
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

    /// Summaries in the order of `ids`, with sections and images loaded in one query each.
    func summaries(ids: [Int], on db: any Database) async throws -> [ArticleSummary] {
        guard !ids.isEmpty else { return [] }
        let rows = try await Article.query(on: db).filter(\.$id ~~ ids)
            .field(\.$id).field(\.$editionID).field(\.$sectionID).field(\.$title).field(\.$slug)
            .field(\.$summary).field(\.$byline).field(\.$publishedAt).field(\.$revisedAt)
            .field(\.$leadMediaID).field(\.$shortCode).field(\.$views).field(\.$commentsCount)
            .field(\.$kind).field(\.$liveEnded)
            .all()
        return try await summaries(rows: rows, on: db, order: ids)
    }

    private func summaries(rows: [Article], on db: any Database, order: [Int]) async throws -> [ArticleSummary] {
        let sectionIDs = Set(rows.map(\.sectionID))
        let mediaIDs = Set(rows.compactMap(\.leadMediaID))
        let sections = try await Section.query(on: db).filter(\.$id ~~ sectionIDs).all()
        let media = mediaIDs.isEmpty ? [] : try await Media.query(on: db).filter(\.$id ~~ mediaIDs).all()
        var sectionByID: [Int: SectionRef] = [:]
        for s in sections { if let id = s.id { sectionByID[id] = SectionRef(id: id, name: s.name, slug: s.slug) } }
        var mediaByID: [Int: ImageRef] = [:]
        for m in media { if let id = m.id { mediaByID[id] = Self.imageRef(m) } }
        var byID: [Int: ArticleSummary] = [:]
        for row in rows {
            guard let id = row.id, let section = sectionByID[row.sectionID], let published = row.publishedAt else { continue }
            byID[id] = ArticleSummary(
                id: id, editionID: row.editionID, title: row.title, slug: row.slug, summary: row.summary,
                section: section, byline: row.byline, publishedAt: published, revisedAt: row.revisedAt,
                image: row.leadMediaID.flatMap { mediaByID[$0] }, shortCode: row.shortCode ?? "",
                views: row.views, comments: row.commentsCount,
                isLive: row.isLive, isLiveBlog: row.articleKind == .liveBlog, liveEnded: row.liveEnded == true
            )
        }
        return order.compactMap { byID[$0] }
    }

    static func imageRef(_ m: Media) -> ImageRef {
        ImageRef(path: Paths.media(m.fileName), alt: m.alt, caption: m.caption, credit: m.credit, width: m.width, height: m.height,
                 variants: MediaLibrary.variants(of: m))
    }

    private func detail(of row: Article, on db: any Database) async throws -> ArticleDetail {
        let id = try row.requireID()
        guard let summary = try await summaries(rows: [row], on: db, order: [id]).first else {
            throw PublishingError.notFound
        }
        let tagIDs = try await ArticleTag.query(on: db).filter(\.$articleID == id).all().map(\.tagID)
        let tags = tagIDs.isEmpty ? [] : try await Tag.query(on: db).filter(\.$id ~~ tagIDs).sort(\.$name).all()
            .map { TagRef(id: try $0.requireID(), name: $0.name, slug: $0.slug) }
        let relatedIDs = try await ArticleRelation.query(on: db).filter(\.$articleID == id).sort(\.$position).all().map(\.relatedID)
        let related = try await visibleSummaries(ids: relatedIDs, on: db)

        let html = try await renderBody(row.body, on: db)
        return ArticleDetail(
            summary: summary, bodyHTML: html, readingMinutes: PlainText.readingMinutes(PlainText.fromMarkdown(row.body)),
            tags: tags, related: related, commentsClosed: row.commentsClosed ?? false, correction: row.correction
        )
    }

    /// An article body as readers see it: embeds of visible articles become cards, embedded photos figures. The
    /// newsroom's preview renders drafts through this same path.
    func renderBody(_ markdown: String, on db: any Database) async throws -> String {
        // Embeds name other articles and images by id; only visible articles become cards.
        let refs = ArticleMarkdown.references(in: markdown)
        var cardIDs: [Int] = []
        var imageIDs: [Int] = []
        for ref in refs {
            switch ref {
            case .related(let key): if let n = Int(key) { cardIDs.append(n) }
            case .image(let key): if let n = Int(key) { imageIDs.append(n) }
            }
        }
        let cardSummaries = try await visibleSummaries(ids: cardIDs, on: db)
        var cards: [String: RelatedCard] = [:]
        for s in cardSummaries {
            let prefix = try await editionPrefix(s.editionID, on: db)
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
        return ArticleMarkdown.render(markdown, related: cards, images: images)
    }

    private func visibleSummaries(ids: [Int], on db: any Database) async throws -> [ArticleSummary] {
        guard !ids.isEmpty else { return [] }
        let visibleIDs = Set(try await visible(on: db, now: clock.now()).filter(\.$id ~~ ids).field(\.$id).all().compactMap(\.id))
        return try await summaries(ids: ids.filter(visibleIDs.contains), on: db)
    }

    private func editionPrefix(_ editionID: Int, on db: any Database) async throws -> String {
        guard let e = try await Edition.find(editionID, on: db) else { return "" }
        return e.isDefault ? "" : "/" + e.code
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
