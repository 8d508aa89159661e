import Fluent
import Foundation
import NewsText

/// A gallery as the newsroom edits it.
struct EditableGallery: Sendable, Equatable {
    struct Item: Sendable, Equatable {
        let mediaID: Int
        let caption: String
        let credit: String
        let ownCaption: String?
        let ownCredit: String?
        let image: ImageRef
    }
    let id: Int
    let edition: EditionInfo
    let title: String
    let slug: String
    let summary: String
    let publishedAt: Date?
    let items: [Item]
}

extension GalleryService {
    struct GalleryInput: Sendable, Equatable {
        struct Item: Sendable, Equatable {
            var mediaID: Int
            var caption: String?
            var credit: String?
        }
        var edition: String?
        var title: String?
        var summary: String?
        var items: [Item]?
        /// Into Multimedia (editors and admins) or out of it.
        var published: Bool?
    }

    static let builders: Set<Role> = [.journalist, .editor, .admin]

    /// Creates (`id` nil) or changes a gallery; its photos come from the media library, in the order given.
    func save(id: Int?, _ input: GalleryInput, by actor: Member, editions: EditionService, on db: any Database) async throws -> EditableGallery {
        guard Self.builders.contains(actor.role) else { throw MediaError.forbidden }
        var current: EditableGallery?
        if let id {
            guard let found = try await editable(id: id, editions: editions, on: db) else { throw MediaError.notFound }
            current = found
        }
        var fields: [String: String] = [:]
        var edition = current?.edition
        if let code = input.edition, code != current?.edition.code {
            if current != nil { fields["edition"] = "a gallery stays in its edition" }
            else if let e = try await editions.edition(code: code, on: db) { edition = e }
            else { fields["edition"] = "no edition has the code '\(code)'" }
        } else if current == nil && input.edition == nil {
            fields["edition"] = "required"
        }
        let title = (input.title ?? current?.title ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if title.isEmpty || title.count > 200 { fields["title"] = "a gallery title needs 1 to 200 characters" }
        let summary = (input.summary ?? current?.summary ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if summary.count > 600 { fields["summary"] = "the summary may have at most 600 characters" }
        let kept: [GalleryInput.Item] = (current?.items ?? []).map { GalleryInput.Item(mediaID: $0.mediaID, caption: $0.ownCaption, credit: $0.ownCredit) }
        let items = input.items ?? kept
        if items.isEmpty || items.count > 200 {
            fields["items"] = "a gallery needs 1 to 200 photos"
        } else {
            let found = Set(try await Media.query(on: db).filter(\.$id ~~ Set(items.map(\.mediaID))).field(\.$id).all().compactMap(\.id))
            if let missing = items.first(where: { !found.contains($0.mediaID) }) {
                fields["items"] = "no photo has the id \(missing.mediaID)"
            } else if Set(items.map(\.mediaID)).count != items.count {
                fields["items"] = "each photo once"
            } else if items.contains(where: { ($0.caption?.count ?? 0) > 600 || ($0.credit?.count ?? 0) > 200 }) {
                fields["items"] = "captions of at most 600 and credits of at most 200 characters"
            }
        }
        guard fields.isEmpty, let edition else { throw MediaError.invalid(fields) }
        let wasPublished = current?.publishedAt != nil
        let publish = input.published ?? wasPublished
        if publish != wasPublished && !NewsroomService.editors.contains(actor.role) {
            throw NewsroomError.forbidden("Only editors and admins publish galleries into Multimedia.")
        }
        let now = clock.now()
        let savedID: Int = try await db.transaction { tx in
            var existing: Gallery?
            if let id { existing = try await Gallery.find(id, on: tx) }
            let gallery = existing ?? Gallery()
            if gallery.id == nil {
                gallery.editionID = edition.id
                gallery.createdAt = now
                var slug = Slug.make(title).isEmpty ? "gallery" : Slug.make(title)
                let base = slug
                var n = 2
                while try await Gallery.query(on: tx).filter(\.$editionID == edition.id).filter(\.$slug == slug).count() > 0 {
                    slug = "\(base)-\(n)"
                    n += 1
                }
                gallery.slug = slug
            }
            gallery.title = title
            gallery.summary = summary
            gallery.coverMediaID = items.first?.mediaID
            gallery.publishedAt = publish ? (gallery.publishedAt ?? ArticleService.wholeSeconds(now)) : nil
            try await gallery.save(on: tx)
            let gid = try gallery.requireID()
            try await GalleryItem.query(on: tx).filter(\.$galleryID == gid).delete()
            for (position, item) in items.enumerated() {
                let row = GalleryItem(galleryID: gid, mediaID: item.mediaID, position: position)
                row.caption = item.caption.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
                row.credit = item.credit.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
                try await row.create(on: tx)
            }
            return gid
        }
        await cache.invalidate(tags: ["edition:\(edition.id)"])
        guard let saved = try await editable(id: savedID, editions: editions, on: db) else { throw MediaError.notFound }
        return saved
    }

    func editable(id: Int, editions: EditionService, on db: any Database) async throws -> EditableGallery? {
        guard let g = try await Gallery.find(id, on: db), let edition = try await editions.edition(id: g.editionID, on: db) else { return nil }
        let items = try await GalleryItem.query(on: db).filter(\.$galleryID == id).sort(\.$position).all()
        let media = try await Media.query(on: db).filter(\.$id ~~ Set(items.map(\.mediaID))).all()
        return EditableGallery(id: id, edition: edition, title: g.title, slug: g.slug, summary: g.summary, publishedAt: g.publishedAt,
                               items: items.compactMap { item in
            guard let m = media.first(where: { $0.id == item.mediaID }) else { return nil }
            return .init(mediaID: item.mediaID, caption: item.caption ?? m.caption, credit: item.credit ?? m.credit,
                         ownCaption: item.caption, ownCredit: item.credit, image: ArticleService.imageRef(m))
        })
    }

    /// Every gallery of the site, newest first, for the newsroom.
    func all(on db: any Database) async throws -> [Gallery] {
        try await Gallery.query(on: db).sort(\.$id, .descending).limit(200).all()
    }
}
