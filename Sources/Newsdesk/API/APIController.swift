import Fluent
import Foundation
import Vapor

/// The read-only JSON API (v1) for apps and checks.
struct APIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.apiArticles, use: list)
        routes.get(.apiArticle, use: show)
        routes.get(.apiEditions, use: editions)
    }

    @Sendable
    func list(req: Request) async throws -> Response {
        let s = req.newsdesk
        var fields: [String: String] = [:]
        let editionCode = try? req.query.get(String.self, at: "edition")
        let sectionSlug = try? req.query.get(String.self, at: "section")
        let tagSlug = try? req.query.get(String.self, at: "tag")
        let limitRaw = try? req.query.get(String.self, at: "limit")
        let cursorRaw = try? req.query.get(String.self, at: "cursor")

        var limit = 20
        if let limitRaw {
            if let n = Int(limitRaw), (1...ArticleService.maxPageSize).contains(n) { limit = n }
            else { fields["limit"] = "must be a whole number from 1 to \(ArticleService.maxPageSize)" }
        }
        var edition: EditionInfo?
        if let editionCode {
            edition = try await s.editions.edition(code: editionCode, on: req.db)
            if edition == nil { fields["edition"] = "no edition has the code '\(editionCode)'" }
        }
        var cursor: FeedCursor?
        if let cursorRaw {
            cursor = FeedCursor(token: cursorRaw)
            if cursor == nil { fields["cursor"] = "not a cursor this server gave out" }
        }
        if (sectionSlug != nil || tagSlug != nil) && edition == nil && fields["edition"] == nil {
            edition = try await s.editions.defaultEdition(on: req.db)
        }
        var filter: FeedFilter = edition.map { .edition($0.id) } ?? .everywhere
        if let sectionSlug, let edition {
            if let section = try await s.articles.section(edition: edition.id, slug: sectionSlug, on: req.db) {
                filter = .section(section.id)
            } else {
                fields["section"] = "edition '\(edition.code)' has no section '\(sectionSlug)'"
            }
        }
        if let tagSlug, let edition {
            if sectionSlug != nil {
                fields["tag"] = "filter by section or by tag, not both"
            } else if let tag = try await s.articles.tag(edition: edition.id, slug: tagSlug, on: req.db) {
                filter = .tag(tag.id)
            } else {
                fields["tag"] = "edition '\(edition.code)' has no tag '\(tagSlug)'"
            }
        }
        guard fields.isEmpty else {
            throw APIValidationError(message: "Some query parameters are not valid.", fields: fields)
        }
        let page = try await s.articles.feed(filter, cursor: cursor, limit: limit, on: req.db)
        let tags = try await s.articles.tags(of: page.items.map(\.id), on: req.db)
        let editions = try await s.editions.all(on: req.db)
        let items = page.items.compactMap { a -> APIArticle? in
            guard let e = editions.first(where: { $0.id == a.editionID }) else { return nil }
            return Self.article(a, edition: e, tags: tags[a.id] ?? [], bodyHTML: nil, origin: req.siteOrigin)
        }
        return try APIJSON.response(ListResponse(items: items, nextCursor: page.nextCursor?.token))
    }

    @Sendable
    func show(req: Request) async throws -> Response {
        guard let raw = req.parameters.get("id"), let id = Int(raw), id > 0 else { throw Abort(.notFound) }
        let s = req.newsdesk
        guard let detail = try await s.articles.article(id: id, on: req.db),
              let edition = try await s.editions.edition(id: detail.summary.editionID, on: req.db) else {
            throw Abort(.notFound)
        }
        return try APIJSON.response(Self.article(detail.summary, edition: edition, tags: detail.tags,
                                                 bodyHTML: detail.bodyHTML, origin: req.siteOrigin))
    }

    @Sendable
    func editions(req: Request) async throws -> Response {
        let items = try await req.newsdesk.editions.all(on: req.db).map {
            APIEdition(code: $0.code, name: $0.name, language: $0.language, timeZone: $0.timeZone.identifier,
                       url: req.siteOrigin + Paths.front($0.pathPrefix), isDefault: $0.isDefault)
        }
        return try APIJSON.response(ListResponse(items: items, nextCursor: nil))
    }

    static func article(_ a: ArticleSummary, edition: EditionInfo, tags: [TagRef], bodyHTML: String?, origin: String) -> APIArticle {
        let p = edition.pathPrefix
        return APIArticle(
            id: a.id, title: a.title, summary: a.summary, url: origin + Paths.article(p, a.slug),
            shortUrl: origin + Paths.short(a.shortCode), edition: edition.code,
            section: .init(slug: a.section.slug, name: a.section.name, url: origin + Paths.section(p, a.section.slug)),
            tags: tags.map { .init(slug: $0.slug, name: $0.name, url: origin + Paths.tag(p, $0.slug)) },
            author: .init(name: a.byline),
            publishedAt: EditionClock.iso8601(a.publishedAt, zone: edition.timeZone),
            updatedAt: a.revisedAt.map { EditionClock.iso8601($0, zone: edition.timeZone) },
            leadImage: a.image.map { .init(url: origin + $0.path, caption: $0.caption, credit: "© " + $0.credit, alt: $0.alt,
                                           width: $0.width, height: $0.height) },
            counters: .init(views: a.views, comments: a.comments),
            bodyHtml: bodyHTML)
    }
}
