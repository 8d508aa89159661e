import Fluent
import Foundation
import Vapor

/// Multimedia: the list of galleries and each gallery page.
struct GalleryController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.getInEveryEdition(.multimedia, use: index)
        routes.getInEveryEdition(.gallery, use: gallery)
    }

    @Sendable
    func index(req: Request) async throws -> Response {
        let edition = try await ReaderContext.edition(req)
        return try await PageResponder(req: req).page(edition: edition, tags: ["edition:\(edition.id)"]) {
            let galleries = try await req.newsdesk.galleries.latest(edition: edition.id, limit: 50, on: req.db)
            let layout = try await ReaderContext.layout(
                req, edition: edition, title: edition.strings.multimedia, description: nil,
                canonicalPath: Paths.multimedia(edition.pathPrefix), current: .multimedia)
            let model = MultimediaPageModel(layout: layout, heading: edition.strings.multimedia,
                                            galleries: galleries.map { ReaderContext.teaser($0, edition: edition) })
            return try await req.view.render("Media/multimedia", model)
        }
    }

    @Sendable
    func gallery(req: Request) async throws -> Response {
        let edition = try await ReaderContext.edition(req)
        guard let slug = req.parameters.get("slug") else { throw Abort(.notFound) }
        return try await PageResponder(req: req).page(edition: edition, tags: ["edition:\(edition.id)"]) {
            guard let detail = try await req.newsdesk.galleries.gallery(edition: edition.id, slug: slug, on: req.db) else {
                throw Abort(.notFound)
            }
            let g = detail.summary
            let total = detail.photos.count
            let photos = detail.photos.enumerated().compactMap { index, photo -> PhotoModel? in
                guard let image = ReaderContext.image(photo) else { return nil }
                return PhotoModel(anchor: "photo-\(index + 1)", position: index + 1, total: total, image: image,
                                  prevAnchor: index > 0 ? "photo-\(index)" : nil,
                                  nextAnchor: index + 1 < total ? "photo-\(index + 2)" : nil)
            }
            let canonical = Paths.gallery(edition.pathPrefix, g.slug)
            let og = OpenGraph(type: "article", title: g.title, description: g.summary, url: req.siteOrigin + canonical,
                               image: g.cover.map { req.siteOrigin + $0.path }, imageAlt: g.cover?.alt,
                               publishedTime: EditionClock.iso8601(g.publishedAt, zone: edition.timeZone),
                               modifiedTime: nil, section: edition.strings.multimedia)
            let layout = try await ReaderContext.layout(
                req, edition: edition, title: g.title, description: g.summary, canonicalPath: canonical,
                current: .multimedia, og: og)
            let model = GalleryPageModel(
                layout: layout, title: g.title, summary: g.summary,
                published: EditionClock.articleTime(g.publishedAt, zone: edition.timeZone, language: edition.language),
                publishedISO: EditionClock.iso8601(g.publishedAt, zone: edition.timeZone),
                photos: photos, multimediaURL: Paths.multimedia(edition.pathPrefix))
            return try await req.view.render("Media/gallery", model)
        }
    }
}

/// Serves stored media files. Names are checked against the pattern we write, so no path can leave the folder.
struct MediaController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.media, use: file)
    }

    @Sendable
    func file(req: Request) async throws -> Response {
        guard let name = req.parameters.get("file"), MediaStore.isSafeFileName(name) else { throw Abort(.notFound) }
        let path = req.newsdesk.media.path(of: name)
        guard FileManager.default.fileExists(atPath: path) else { throw Abort(.notFound) }
        let response = try await req.fileio.asyncStreamFile(at: path, advancedETagComparison: true)
        response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=31536000, immutable")
        // An SVG opened directly must not run anything.
        response.headers.replaceOrAdd(name: "Content-Security-Policy", value: "default-src 'none'; style-src 'unsafe-inline'; sandbox")
        return response
    }
}
