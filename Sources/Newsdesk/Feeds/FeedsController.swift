import Fluent
import Foundation
import NewsText
import Vapor

/// Sitemaps that search engines love and that stay cheap at a million articles: `/sitemap.xml` is an index (small,
/// cached by tag), each month's articles are a child of at most 50,000 addresses streamed a slice at a time with
/// their lead photos, `/sitemaps/pages.xml` lists the editions' home and section pages with hreflang alternates, and
/// `/news-sitemap.xml` follows the news sitemap format. `robots.txt` names them.
struct FeedsController: RouteCollection {
    static let urlsPerFile = 50_000
    static let slice = 2_000

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.sitemap, use: sitemapIndex)
        routes.get(.sitemapPart, use: sitemapPart)
        routes.get(.newsSitemap, use: newsSitemap)
        routes.get(.robots, use: robots)
    }

    private static func xmlHeaders(maxAge: Int = 300) -> HTTPHeaders {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "application/xml; charset=utf-8")
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=\(maxAge)")
        return headers
    }

    private static func time(_ date: Date) -> String { EditionClock.iso8601(date, zone: .gmt) }

    @Sendable
    func sitemapIndex(req: Request) async throws -> Response {
        let key = "sitemap-index " + req.siteOrigin
        let now = req.newsdesk.clock.now()
        let cache = req.newsdesk.pageCache
        if let hit = cache.get(key, now: now) {
            return Response(status: .ok, headers: Self.xmlHeaders(), body: .init(string: hit.assembled(at: now)))
        }
        let origin = req.siteOrigin
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        xml += "<sitemap><loc>\(HTML.escape(origin + Paths.sitemapPart("pages.xml")))</loc></sitemap>\n"
        for month in try await req.newsdesk.articles.sitemapMonths(on: req.db) {
            let files = max(1, (month.count + Self.urlsPerFile - 1) / Self.urlsPerFile)
            for part in 1...files {
                let loc = HTML.escape(origin + Paths.sitemapPart("articles-\(month.name)-\(part).xml"))
                xml += "<sitemap><loc>\(loc)</loc><lastmod>\(Self.time(month.lastModified))</lastmod></sitemap>\n"
            }
        }
        xml += "</sitemapindex>\n"
        cache.put(key, html: xml, contentType: "application/xml; charset=utf-8", tags: ["sitemap"], zone: .gmt, language: "en", now: now)
        return Response(status: .ok, headers: Self.xmlHeaders(), body: .init(string: xml))
    }

    @Sendable
    func sitemapPart(req: Request) async throws -> Response {
        guard let file = req.parameters.get("file") else { throw Abort(.notFound) }
        if file == "pages.xml" { return try await pages(req) }
        // articles-YYYY-MM-N.xml
        let parts = file.split(separator: "-")
        guard parts.count == 4, parts[0] == "articles", parts[3].hasSuffix(".xml"),
              let year = Int(parts[1]), let month = Int(parts[2]), let part = Int(parts[3].dropLast(4)), part >= 1, part <= 1_000,
              ArticleService.monthRange(year: year, month: month) != nil else { throw Abort(.notFound) }
        let s = req.newsdesk
        guard let start = try await s.articles.sitemapCursor(year: year, month: month, offset: (part - 1) * Self.urlsPerFile, on: req.db) else {
            throw Abort(.notFound)
        }
        var prefixes: [Int: String] = [:]
        for e in try await s.editions.all(on: req.db) { prefixes[e.id] = e.pathPrefix }
        let prefixByID = prefixes
        let origin = req.siteOrigin
        let db = req.db
        let logger = req.logger
        let articles = s.articles
        let body = Response.Body(asyncStream: { writer in
            do {
                try await writer.write(.buffer(ByteBuffer(string: """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">

                    """)))
                var after = start
                var written = 0
                while written < Self.urlsPerFile {
                    let batch = try await articles.sitemapArticles(year: year, month: month, afterID: after,
                                                                   limit: min(Self.slice, Self.urlsPerFile - written), on: db)
                    if batch.isEmpty { break }
                    var chunk = ""
                    for a in batch {
                        guard let prefix = prefixByID[a.editionID] else { continue }
                        chunk += "<url><loc>\(HTML.escape(origin + Paths.article(prefix, a.slug)))</loc><lastmod>\(Self.time(a.lastModified))</lastmod>"
                        if let image = a.imageFile {
                            chunk += "<image:image><image:loc>\(HTML.escape(origin + Paths.media(image)))</image:loc></image:image>"
                        }
                        chunk += "</url>\n"
                    }
                    try await writer.write(.buffer(ByteBuffer(string: chunk)))
                    written += batch.count
                    after = batch.last?.id ?? after
                    if batch.count < Self.slice { break }
                }
                try await writer.write(.buffer(ByteBuffer(string: "</urlset>\n")))
                try await writer.write(.end)
            } catch {
                logger.error("sitemap stream failed", metadata: ["file": "\(file)", "error": "\(String(reflecting: error))"])
                try? await writer.write(.error(error))
            }
        })
        return Response(status: .ok, headers: Self.xmlHeaders(), body: body)
    }

    /// The editions' home, All news and section pages, each home with its alternates in the other languages.
    private func pages(_ req: Request) async throws -> Response {
        let s = req.newsdesk
        let origin = req.siteOrigin
        let editions = try await s.editions.all(on: req.db)
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
        let alternates = editions.map {
            "<xhtml:link rel=\"alternate\" hreflang=\"\(HTML.escape($0.language))\" href=\"\(HTML.escape(origin + Paths.front($0.pathPrefix)))\"/>"
        }.joined()
        for e in editions {
            xml += "<url><loc>\(HTML.escape(origin + Paths.front(e.pathPrefix)))</loc><changefreq>always</changefreq>\(alternates)</url>\n"
            xml += "<url><loc>\(HTML.escape(origin + Paths.allNews(e.pathPrefix)))</loc><changefreq>always</changefreq></url>\n"
            for section in try await s.articles.sections(edition: e.id, on: req.db) {
                xml += "<url><loc>\(HTML.escape(origin + Paths.section(e.pathPrefix, section.slug)))</loc><changefreq>hourly</changefreq></url>\n"
            }
        }
        xml += "</urlset>\n"
        return Response(status: .ok, headers: Self.xmlHeaders(), body: .init(string: xml))
    }

    /// Google News: articles of the last 48 hours, at most 1,000, with the publication's name and language.
    @Sendable
    func newsSitemap(req: Request) async throws -> Response {
        let s = req.newsdesk
        let origin = req.siteOrigin
        let now = s.clock.now()
        var editions: [Int: EditionInfo] = [:]
        for e in try await s.editions.all(on: req.db) { editions[e.id] = e }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n"
        for a in try await s.articles.recentForNewsSitemap(since: now.addingTimeInterval(-48 * 3600), limit: 1_000, on: req.db) {
            guard let e = editions[a.editionID] else { continue }
            xml += "<url><loc>\(HTML.escape(origin + Paths.article(e.pathPrefix, a.slug)))</loc><news:news><news:publication>"
                + "<news:name>Newsdesk \(HTML.escape(e.name))</news:name><news:language>\(HTML.escape(e.language))</news:language>"
                + "</news:publication><news:publication_date>\(EditionClock.iso8601(a.publishedAt, zone: e.timeZone))</news:publication_date>"
                + "<news:title>\(HTML.escape(a.title))</news:title></news:news></url>\n"
        }
        xml += "</urlset>\n"
        return Response(status: .ok, headers: Self.xmlHeaders(maxAge: 60), body: .init(string: xml))
    }

    @Sendable
    func robots(req: Request) async throws -> Response {
        let origin = req.siteOrigin
        return Response(status: .ok, headers: ["Content-Type": "text/plain; charset=utf-8"],
                        body: .init(string: "User-agent: *\nDisallow: \(Paths.apiPrefix)\nSitemap: \(origin)\(Paths.sitemap)\nSitemap: \(origin)\(Paths.newsSitemap)\n"))
    }
}
