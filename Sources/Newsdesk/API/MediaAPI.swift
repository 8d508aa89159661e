import Fluent
import Foundation
import Vapor

/// The media library and galleries over JSON (photos as multipart). Journalists, editors and admins; readers and
/// moderators 403, no token 401.
struct MediaAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(.POST, .apiMedia, body: .collect(maxSize: ByteCount(value: MediaLibrary.maxRequestBytes)), use: upload)
        routes.get(.apiMedia, use: list)
        routes.on(.POST, .apiGalleries, body: .collect(maxSize: "256kb"), use: createGallery)
        routes.on(.PATCH, .apiGallery, body: .collect(maxSize: "256kb"), use: updateGallery)
    }

    struct UploadForm: Decodable {
        var file: File?
        var caption: String?
        var credit: String?
        var alt: String?
    }

    struct PhotoJSON: Encodable {
        struct Variant: Encodable { let width: Int; let format: String; let url: String }
        let id: Int
        let url: String
        let width: Int
        let height: Int
        let mime: String
        let caption: String
        let credit: String
        let alt: String
        let variants: [Variant]
    }

    static func json(_ p: LibraryPhoto, origin: String) -> PhotoJSON {
        PhotoJSON(id: p.id, url: origin + Paths.media(p.fileName), width: p.width, height: p.height, mime: p.mimeType,
                  caption: p.caption, credit: p.credit, alt: p.alt,
                  variants: p.variants.map { .init(width: $0.width, format: $0.format, url: origin + Paths.media($0.fileName)) })
    }

    private func writer(_ req: Request) throws -> Member {
        let member = try req.requireMember()
        guard MediaLibrary.writers.contains(member.role) else { throw MediaError.forbidden }
        return member
    }

    @Sendable func upload(req: Request) async throws -> Response {
        let actor = try writer(req)
        guard req.headers.contentType?.type == "multipart",
              let form = try? req.content.decode(UploadForm.self), let file = form.file else {
            throw MediaError.invalid(["file": "send the photo as multipart/form-data in `file`, with `caption`, `credit` and `alt`"])
        }
        let photo = try await req.newsdesk.mediaLibrary.upload(
            .init(bytes: Array(buffer: file.data), fileName: file.filename, caption: form.caption ?? "", credit: form.credit ?? "",
                  alt: form.alt ?? ""), by: actor, on: req.db)
        return try APIJSON.response(Self.json(photo, origin: req.siteOrigin), status: .created, cache: "no-store")
    }

    @Sendable func list(req: Request) async throws -> Response {
        _ = try writer(req)
        var after: Int?
        if let raw = try? req.query.get(String.self, at: "cursor") {
            guard let id = FeedCursor(token: raw)?.id else { throw MediaError.invalid(["cursor": "not a cursor this server gave out"]) }
            after = id
        }
        let page = try await req.newsdesk.mediaLibrary.list(query: try? req.query.get(String.self, at: "q"), after: after, limit: 50, on: req.db)
        return try APIJSON.response(ListResponse(items: page.items.map { Self.json($0, origin: req.siteOrigin) },
                                                 nextCursor: page.next.map { FeedCursor(seconds: 0, id: $0).token }), cache: "no-store")
    }

    struct GalleryBody: Decodable {
        struct Item: Decodable { var mediaId: Int; var caption: String?; var credit: String? }
        var edition: String?
        var title: String?
        var summary: String?
        var items: [Item]?
        var published: Bool?

        var input: GalleryService.GalleryInput {
            .init(edition: edition, title: title, summary: summary,
                  items: items?.map { .init(mediaID: $0.mediaId, caption: $0.caption, credit: $0.credit) }, published: published)
        }
    }

    struct GalleryJSON: Encodable {
        struct Item: Encodable { let mediaId: Int; let caption: String; let credit: String; let url: String; let width: Int; let height: Int }
        let id: Int
        let edition: String
        let title: String
        let slug: String
        let summary: String
        let url: String
        let publishedAt: String?
        let items: [Item]

        enum CodingKeys: String, CodingKey { case id, edition, title, slug, summary, url, publishedAt, items }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(edition, forKey: .edition)
            try c.encode(title, forKey: .title)
            try c.encode(slug, forKey: .slug)
            try c.encode(summary, forKey: .summary)
            try c.encode(url, forKey: .url)
            try c.encode(publishedAt, forKey: .publishedAt)
            try c.encode(items, forKey: .items)
        }
    }

    static func json(_ g: EditableGallery, origin: String) -> GalleryJSON {
        GalleryJSON(id: g.id, edition: g.edition.code, title: g.title, slug: g.slug, summary: g.summary,
                    url: origin + Paths.gallery(g.edition.pathPrefix, g.slug),
                    publishedAt: g.publishedAt.map { EditionClock.iso8601($0, zone: g.edition.timeZone) },
                    items: g.items.map { .init(mediaId: $0.mediaID, caption: $0.caption, credit: $0.credit, url: origin + $0.image.path,
                                               width: $0.image.width, height: $0.image.height) })
    }

    @Sendable func createGallery(req: Request) async throws -> Response {
        let actor = try writer(req)
        let body = try req.decodeJSON(GalleryBody.self)
        let g = try await req.newsdesk.galleries.save(id: nil, body.input, by: actor, editions: req.newsdesk.editions, on: req.db)
        return try APIJSON.response(Self.json(g, origin: req.siteOrigin), status: .created, cache: "no-store")
    }

    @Sendable func updateGallery(req: Request) async throws -> Response {
        let actor = try writer(req)
        guard let id = req.parameters.get("id", as: Int.self), id > 0 else { throw MediaError.notFound }
        let body = try req.decodeJSON(GalleryBody.self)
        let g = try await req.newsdesk.galleries.save(id: id, body.input, by: actor, editions: req.newsdesk.editions, on: req.db)
        return try APIJSON.response(Self.json(g, origin: req.siteOrigin), cache: "no-store")
    }
}
