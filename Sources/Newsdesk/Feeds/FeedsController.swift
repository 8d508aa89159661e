import Fluent
import Foundation
import NewsText
import Vapor

/// `/sitemap.xml`: every published article's canonical address with its last change.
struct FeedsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.sitemap, use: sitemap)
        routes.get(.robots, use: robots)
    }

    @Sendable
    func sitemap(req: Request) async throws -> Response {
        let s = req.newsdesk
        let editions = try await s.editions.all(on: req.db)
        var prefixByID: [Int: String] = [:]
        for e in editions { prefixByID[e.id] = e.pathPrefix }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        let origin = req.siteOrigin
        for e in editions {
            xml += "<url><loc>\(HTML.escape(origin + Paths.front(e.pathPrefix)))</loc><changefreq>always</changefreq></url>\n"
        }
        for entry in try await s.articles.sitemapEntries(on: req.db) {
            guard let prefix = prefixByID[entry.editionID] else { continue }
            let loc = HTML.escape(origin + Paths.article(prefix, entry.slug))
            xml += "<url><loc>\(loc)</loc><lastmod>\(EditionClock.iso8601(entry.lastModified, zone: .gmt))</lastmod></url>\n"
        }
        xml += "</urlset>\n"
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "application/xml; charset=utf-8")
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=300")
        return Response(status: .ok, headers: headers, body: .init(string: xml))
    }

    @Sendable
    func robots(req: Request) async throws -> Response {
        Response(status: .ok, headers: ["Content-Type": "text/plain; charset=utf-8"],
                 body: .init(string: "User-agent: *\nDisallow: \(Paths.apiPrefix)\nSitemap: \(req.siteOrigin)\(Paths.sitemap)\n"))
    }
}
