import Foundation
import NewsText
import Vapor

/// RSS 2.0, Atom 1.0 and JSON Feed 1.1 for every edition, section and tag: the latest 30 articles with title,
/// summary, author, time, categories and the lead photo. Served through the page cache (gzip, ETag and 304, purged
/// by the edition's tag on every write) like the pages they mirror.
struct SyndicationController: RouteCollection {
    enum Format: Sendable {
        case rss, atom, json

        var contentType: String {
            switch self {
            case .rss: "application/rss+xml; charset=utf-8"
            case .atom: "application/atom+xml; charset=utf-8"
            case .json: "application/feed+json; charset=utf-8"
            }
        }
    }

    static let items = 30

    func boot(routes: any RoutesBuilder) throws {
        for (route, scope, format) in [(SiteRoute.editionRSS, Scope.edition, Format.rss), (.editionAtom, .edition, .atom), (.editionJSON, .edition, .json),
                                       (.sectionRSS, .section, .rss), (.sectionAtom, .section, .atom), (.sectionJSON, .section, .json),
                                       (.tagRSS, .tag, .rss), (.tagAtom, .tag, .atom), (.tagJSON, .tag, .json)] {
            routes.getInEveryEdition(route) { req in try await self.feed(req, scope: scope, format: format) }
        }
    }

    enum Scope: Sendable { case edition, section, tag }

    /// What a feed is about: its title, the page it mirrors and the filter of its articles.
    struct Subject {
        let title: String
        let pagePath: String
        let filter: FeedFilter
    }

    private func subject(_ req: Request, edition: EditionInfo, scope: Scope) async throws -> Subject {
        let s = req.newsdesk
        switch scope {
        case .edition:
            return Subject(title: "Newsdesk \(edition.name)", pagePath: Paths.front(edition.pathPrefix), filter: .edition(edition.id))
        case .section:
            guard let slug = req.parameters.get("slug"), let section = try await s.articles.section(edition: edition.id, slug: slug, on: req.db) else {
                throw Abort(.notFound)
            }
            return Subject(title: "Newsdesk \(edition.name): \(section.name)", pagePath: Paths.section(edition.pathPrefix, section.slug),
                           filter: .section(section.id))
        case .tag:
            guard let slug = req.parameters.get("slug"), let tag = try await s.articles.tag(edition: edition.id, slug: slug, on: req.db) else {
                throw Abort(.notFound)
            }
            return Subject(title: "Newsdesk \(edition.name): \(tag.name)", pagePath: Paths.tag(edition.pathPrefix, tag.slug), filter: .tag(tag.id))
        }
    }

    func feed(_ req: Request, scope: Scope, format: Format) async throws -> Response {
        let edition = try await ReaderContext.edition(req)
        let responder = PageResponder(req: req)
        return try await responder.shared {
            let subject = try await subject(req, edition: edition, scope: scope)
            let s = req.newsdesk
            let articles = try await s.articles.feed(subject.filter, cursor: nil, limit: Self.items, on: req.db).items
            let tags = try await s.articles.tags(of: articles.map(\.id), on: req.db)
            let origin = req.siteOrigin
            let feedURL = origin + req.url.path
            let body: String
            switch format {
            case .rss: body = Self.rss(subject, articles, tags, edition: edition, origin: origin, feedURL: feedURL)
            case .atom: body = Self.atom(subject, articles, tags, edition: edition, origin: origin, feedURL: feedURL, now: s.clock.now())
            case .json: body = try Self.json(subject, articles, tags, edition: edition, origin: origin, feedURL: feedURL)
            }
            let response = await responder.store(View(data: ByteBuffer(string: body)), edition: edition, tags: ["edition:\(edition.id)"],
                                                 countView: nil, contentType: format.contentType)
            if let latest = articles.map({ $0.revisedAt ?? $0.publishedAt }).max() {
                response.headers.replaceOrAdd(name: .lastModified, value: Self.httpDate(latest))
            }
            return response
        }
    }

    // MARK: Formats

    private static func link(_ a: ArticleSummary, _ edition: EditionInfo, _ origin: String) -> String {
        origin + Paths.article(edition.pathPrefix, a.slug)
    }

    private static func categories(_ a: ArticleSummary, _ tags: [Int: [TagRef]]) -> [String] {
        [a.section.name] + (tags[a.id] ?? []).map(\.name)
    }

    static func rss(_ subject: Subject, _ articles: [ArticleSummary], _ tags: [Int: [TagRef]], edition: EditionInfo,
                    origin: String, feedURL: String) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
            <channel>
            <title>\(HTML.escape(subject.title))</title>
            <link>\(HTML.escape(origin + subject.pagePath))</link>
            <description>\(HTML.escape(subject.title))</description>
            <language>\(HTML.escape(edition.language))</language>
            <atom:link href="\(HTML.escape(feedURL))" rel="self" type="application/rss+xml"/>

            """
        if let first = articles.first { xml += "<lastBuildDate>\(rfc822(first.revisedAt ?? first.publishedAt))</lastBuildDate>\n" }
        for a in articles {
            let url = HTML.escape(link(a, edition, origin))
            xml += "<item><title>\(HTML.escape(a.title))</title><link>\(url)</link><guid isPermaLink=\"true\">\(url)</guid>"
            xml += "<description>\(HTML.escape(a.summary))</description><dc:creator>\(HTML.escape(a.byline))</dc:creator>"
            xml += "<pubDate>\(rfc822(a.publishedAt))</pubDate>"
            for c in categories(a, tags) { xml += "<category>\(HTML.escape(c))</category>" }
            if let image = a.image {
                xml += "<media:content url=\"\(HTML.escape(origin + image.path))\" medium=\"image\"><media:description>\(HTML.escape(image.alt))</media:description>"
                xml += "<media:credit>\(HTML.escape(image.credit))</media:credit></media:content>"
            }
            xml += "</item>\n"
        }
        return xml + "</channel>\n</rss>\n"
    }

    static func atom(_ subject: Subject, _ articles: [ArticleSummary], _ tags: [Int: [TagRef]], edition: EditionInfo,
                     origin: String, feedURL: String, now: Date) -> String {
        let updated = articles.map { $0.revisedAt ?? $0.publishedAt }.max() ?? now
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(HTML.escape(edition.language))">
            <title>\(HTML.escape(subject.title))</title>
            <id>\(HTML.escape(feedURL))</id>
            <link rel="self" href="\(HTML.escape(feedURL))"/>
            <link rel="alternate" type="text/html" href="\(HTML.escape(origin + subject.pagePath))"/>
            <updated>\(EditionClock.iso8601(updated, zone: edition.timeZone))</updated>

            """
        for a in articles {
            let url = HTML.escape(link(a, edition, origin))
            xml += "<entry><title>\(HTML.escape(a.title))</title><link rel=\"alternate\" type=\"text/html\" href=\"\(url)\"/><id>\(url)</id>"
            xml += "<published>\(EditionClock.iso8601(a.publishedAt, zone: edition.timeZone))</published>"
            xml += "<updated>\(EditionClock.iso8601(a.revisedAt ?? a.publishedAt, zone: edition.timeZone))</updated>"
            xml += "<author><name>\(HTML.escape(a.byline))</name></author><summary>\(HTML.escape(a.summary))</summary>"
            for c in categories(a, tags) { xml += "<category term=\"\(HTML.escape(c))\"/>" }
            if let image = a.image {
                xml += "<link rel=\"enclosure\" type=\"\(mime(image.path))\" href=\"\(HTML.escape(origin + image.path))\"/>"
            }
            xml += "</entry>\n"
        }
        return xml + "</feed>\n"
    }

    static func json(_ subject: Subject, _ articles: [ArticleSummary], _ tags: [Int: [TagRef]], edition: EditionInfo,
                     origin: String, feedURL: String) throws -> String {
        struct Author: Encodable { let name: String }
        struct Item: Encodable {
            let id: String, url: String, title: String, summary: String
            let date_published: String, date_modified: String
            let authors: [Author], tags: [String], image: String?
        }
        struct Feed: Encodable {
            let version = "https://jsonfeed.org/version/1.1"
            let title: String, home_page_url: String, feed_url: String, language: String
            let items: [Item]
        }
        let feed = Feed(title: subject.title, home_page_url: origin + subject.pagePath, feed_url: feedURL, language: edition.language,
                        items: articles.map { a in
                            Item(id: link(a, edition, origin), url: link(a, edition, origin), title: a.title, summary: a.summary,
                                 date_published: EditionClock.iso8601(a.publishedAt, zone: edition.timeZone),
                                 date_modified: EditionClock.iso8601(a.revisedAt ?? a.publishedAt, zone: edition.timeZone),
                                 authors: [Author(name: a.byline)], tags: categories(a, tags), image: a.image.map { origin + $0.path })
                        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return String(decoding: try encoder.encode(feed), as: UTF8.self)
    }

    private static func mime(_ path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "webp": "image/webp"
        case "avif": "image/avif"
        default: "image/jpeg"
        }
    }

    static func rfc822(_ date: Date) -> String { httpDate(date).replacingOccurrences(of: "GMT", with: "+0000") }

    static func httpDate(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = .gmt
        f.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return f.string(from: date)
    }
}
