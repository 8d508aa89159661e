import Fluent
import Foundation
import Vapor

/// Old WordPress addresses of imported posts answer 301 with the article's address: `/?p=ID`, `/YYYY/MM/DD/slug/`
/// and `/slug/`. Newsdesk's own addresses always win: a slug that is an edition code is that edition, and these are
/// only asked when nothing else matched.
struct WordPressLinks: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.wordpressDatePermalink, use: datePermalink)
    }

    @Sendable
    func datePermalink(req: Request) async throws -> Response {
        guard let year = req.parameters.get("edition"), year.count == 4, Int(year) != nil,
              let month = req.parameters.get("month"), Int(month) != nil, let day = req.parameters.get("day"), Int(day) != nil,
              let slug = req.parameters.get("slug"),
              let target = try await req.newsdesk.wordpressImporter.redirect(postID: nil, slug: slug, on: req.db) else {
            throw Abort(.notFound)
        }
        return req.redirect(to: target, redirectType: .permanent)
    }

    /// For the front page's routes: `/?p=ID` on the default edition, `/slug` where no edition has that code.
    static func target(_ req: Request) async throws -> String? {
        let importer = req.newsdesk.wordpressImporter
        if let code = req.parameters.get("edition") {
            guard try await req.newsdesk.editions.edition(code: code, on: req.db) == nil else { return nil }
            return try await importer.redirect(postID: nil, slug: code, on: req.db)
        }
        guard let raw = req.query[String.self, at: "p"], let id = Int(raw), id > 0 else { return nil }
        return try await importer.redirect(postID: id, slug: nil, on: req.db)
    }
}
