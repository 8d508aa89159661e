import Fluent
import Foundation
import SQLKit
import NewsText

struct GallerySummary: Sendable, Equatable {
    let id: Int
    let editionID: Int
    let title: String
    let slug: String
    let summary: String
    let publishedAt: Date
    let cover: ImageRef?
    let photoCount: Int
}

struct GalleryDetail: Sendable {
    let summary: GallerySummary
    let photos: [ImageRef]
}

/// Photo galleries ("This Week in Pictures"): ordered photos that carry their own captions and credits.
struct GalleryService: Sendable {
    let clock: AppClock
    let cache: PageCache

    func latest(edition: Int, limit: Int, on db: any Database) async throws -> [GallerySummary] {
        try await published(edition: edition, slug: nil, limit: limit, on: db)
    }

    /// The edition's published galleries (one, when `slug` names it), newest first, in one query read as plain rows:
    /// each with its cover photo joined and its photos counted. Every `GallerySummary` is built here.
    private func published(edition: Int, slug: String?, limit: Int, on db: any Database) async throws -> [GallerySummary] {
        guard let sql = db as? any SQLDatabase else { return [] }
        var query: SQLQueryString = """
            SELECT g.id, g.edition_id, g.title, g.slug, g.summary, g.published_at,
                   (SELECT COUNT(*) FROM gallery_items i WHERE i.gallery_id = g.id) AS photo_count, \(unsafeRaw: ArticleService.photoColumns)
            FROM galleries g LEFT JOIN media m ON m.id = g.cover_media_id
            WHERE g.edition_id = \(bind: edition) AND g.published_at <= \(bind: clock.now())
            """
        if let slug {
            query.appendLiteral(" AND g.slug = ")
            query.appendInterpolation(bind: slug)
        }
        query.appendLiteral(" ORDER BY g.published_at DESC LIMIT ")
        query.appendInterpolation(count: limit)
        return try await sql.raw(query).all().map { row in
            GallerySummary(
                id: try row.decode(column: "id", as: Int.self), editionID: try row.decode(column: "edition_id", as: Int.self),
                title: try row.decode(column: "title", as: String.self), slug: try row.decode(column: "slug", as: String.self),
                summary: try row.decode(column: "summary", as: String.self), publishedAt: try row.decode(column: "published_at", as: Date.self),
                cover: try ArticleService.imageRef(row: row), photoCount: try row.decode(column: "photo_count", as: Int.self))
        }
    }

    func gallery(edition: Int, slug: String, on db: any Database) async throws -> GalleryDetail? {
        guard let summary = try await published(edition: edition, slug: slug, limit: 1, on: db).first else { return nil }
        let items = try await GalleryItem.query(on: db).filter(\.$galleryID == summary.id).sort(\.$position).all()
        let media = try await Media.query(on: db).filter(\.$id ~~ items.map(\.mediaID)).all()
        var byID: [Int: Media] = [:]
        for m in media { if let id = m.id { byID[id] = m } }
        let photos = items.compactMap { item -> ImageRef? in
            guard let m = byID[item.mediaID] else { return nil }
            let ref = ArticleService.imageRef(m)
            return ref.with(caption: item.caption ?? ref.caption, credit: item.credit ?? ref.credit)
        }
        return GalleryDetail(summary: summary, photos: photos)
    }

    struct NewGallery: Sendable {
        var editionID: Int
        var title: String
        var summary: String
        var publishedAt: Date?
        var mediaIDs: [Int]
    }

    @discardableResult
    func create(_ input: NewGallery, on db: any Database) async throws -> Int {
        let title = input.title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty, title.count <= 200 else {
            throw PublishingError.invalid(field: "title", message: "a gallery title needs 1 to 200 characters")
        }
        guard !input.mediaIDs.isEmpty else {
            throw PublishingError.invalid(field: "photos", message: "a gallery needs at least one photo")
        }
        let now = clock.now()
        let id: Int = try await db.transaction { tx in
            let gallery = Gallery()
            gallery.editionID = input.editionID
            gallery.title = title
            var slug = Slug.make(title)
            var n = 2
            while try await Gallery.query(on: tx).filter(\.$editionID == input.editionID).filter(\.$slug == slug).count() > 0 {
                slug = Slug.make(title) + "-\(n)"
                n += 1
            }
            gallery.slug = slug
            gallery.summary = input.summary
            gallery.coverMediaID = input.mediaIDs.first
            gallery.publishedAt = ArticleService.wholeSeconds(input.publishedAt ?? now)
            gallery.createdAt = now
            try await gallery.create(on: tx)
            let id = try gallery.requireID()
            for (position, mediaID) in input.mediaIDs.enumerated() {
                try await GalleryItem(galleryID: id, mediaID: mediaID, position: position).create(on: tx)
            }
            return id
        }
        await cache.invalidate(tags: ["edition:\(input.editionID)"])
        return id
    }
}
