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
            let model = MultimediaPage.build(try await PageContext.load(req, edition: edition), galleries: galleries)
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
            return try await req.view.render("Media/gallery", GalleryPage.build(try await PageContext.load(req, edition: edition), detail))
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
