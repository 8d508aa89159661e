import Fluent
import Foundation
import Vapor

/// Reader pages: front page, All news, sections, tags, articles and short links. Translation only: the rules are in
/// ArticleService.
struct ReaderController: RouteCollection {
    static let feedPageSize = 20

    func boot(routes: any RoutesBuilder) throws {
        routes.getInEveryEdition(.front, use: front)
        routes.getInEveryEdition(.allNews, use: allNews)
        routes.getInEveryEdition(.section, use: section)
        routes.getInEveryEdition(.tag, use: tag)
        routes.getInEveryEdition(.article, use: article)
        routes.get(.shortLink, use: short)
    }

    @Sendable
    func front(req: Request) async throws -> Response {
        let edition = try await ReaderContext.edition(req)
        return try await PageResponder(req: req).page(edition: edition, tags: ["edition:\(edition.id)"]) {
            let s = req.newsdesk
            let latest = try await s.articles.feed(.edition(edition.id), cursor: nil, limit: 12, on: req.db).items
            let recommended = try await s.articles.recommended(edition: edition.id, limit: 7, on: req.db)
            let top = recommended.first ?? latest.first
            var blocks: [SectionBlockModel] = []
            for section in try await s.articles.sections(edition: edition.id, on: req.db) {
                let items = try await s.articles.feed(.section(section.id), cursor: nil, limit: 4, on: req.db).items
                guard let lead = items.first else { continue }
                blocks.append(SectionBlockModel(
                    name: section.name, url: Paths.section(edition.pathPrefix, section.slug),
                    lead: ReaderContext.card(lead, edition: edition),
                    items: items.dropFirst().map { ReaderContext.card($0, edition: edition) }))
            }
            let galleries = try await s.galleries.latest(edition: edition.id, limit: 3, on: req.db)
            let layout = try await ReaderContext.layout(
                req, edition: edition, title: edition.name, description: nil,
                canonicalPath: Paths.front(edition.pathPrefix), current: .front,
                og: OpenGraph(type: "website", title: "\(ReaderContext.siteName) — \(edition.name)",
                              description: "News, analysis and pictures from around the world.",
                              url: req.siteOrigin + Paths.front(edition.pathPrefix), image: top?.image.map { req.siteOrigin + $0.path },
                              imageAlt: top?.image?.alt, publishedTime: nil, modifiedTime: nil, section: nil))
            let model = FrontPageModel(
                layout: layout,
                top: top.map { ReaderContext.card($0, edition: edition) },
                latest: latest.filter { $0.id != top?.id }.prefix(10).map { ReaderContext.card($0, edition: edition) },
                recommended: recommended.dropFirst().prefix(6).map { ReaderContext.card($0, edition: edition) },
                sections: blocks,
                multimedia: galleries.map { ReaderContext.teaser($0, edition: edition) },
                allNewsURL: Paths.allNews(edition.pathPrefix), multimediaURL: Paths.multimedia(edition.pathPrefix))
            return try await req.view.render("Publishing/front", model)
        }
    }

    @Sendable
    func allNews(req: Request) async throws -> Response {
        let edition = try await ReaderContext.edition(req)
        return try await feedPage(req, edition: edition, filter: .edition(edition.id), heading: edition.strings.allNews,
                                  kicker: nil, basePath: Paths.allNews(edition.pathPrefix), current: .allNews)
    }

    @Sendable
    func section(req: Request) async throws -> Response {
        let edition = try await ReaderContext.edition(req)
        guard let slug = req.parameters.get("slug"),
              let section = try await req.newsdesk.articles.section(edition: edition.id, slug: slug, on: req.db) else {
            throw Abort(.notFound)
        }
        return try await feedPage(req, edition: edition, filter: .section(section.id), heading: section.name, kicker: nil,
                                  basePath: Paths.section(edition.pathPrefix, section.slug), current: .section(section.slug))
    }

    @Sendable
    func tag(req: Request) async throws -> Response {
        let edition = try await ReaderContext.edition(req)
        guard let slug = req.parameters.get("slug"),
              let tag = try await req.newsdesk.articles.tag(edition: edition.id, slug: slug, on: req.db) else {
            throw Abort(.notFound)
        }
        return try await feedPage(req, edition: edition, filter: .tag(tag.id), heading: tag.name, kicker: edition.strings.tags,
                                  basePath: Paths.tag(edition.pathPrefix, tag.slug), current: nil)
    }

    private func feedPage(
        _ req: Request, edition: EditionInfo, filter: FeedFilter, heading: String, kicker: String?, basePath: String,
        current: ReaderContext.Current?
    ) async throws -> Response {
        let cursor = try req.query[String.self, at: "cursor"].map { raw -> FeedCursor in
            guard let c = FeedCursor(token: raw) else { throw Abort(.badRequest, reason: "This page address is not valid.") }
            return c
        }
        return try await PageResponder(req: req).page(edition: edition, tags: ["edition:\(edition.id)"]) {
            let page = try await req.newsdesk.articles.feed(filter, cursor: cursor, limit: Self.feedPageSize, on: req.db)
            if cursor != nil && page.items.isEmpty { throw Abort(.notFound) }
            let layout = try await ReaderContext.layout(
                req, edition: edition, title: heading, description: nil,
                canonicalPath: cursor == nil ? basePath : basePath + "?cursor=" + (cursor?.token ?? ""), current: current)
            let model = FeedPageModel(
                layout: layout, heading: heading, kicker: kicker,
                items: page.items.map { ReaderContext.card($0, edition: edition) },
                nextURL: page.nextCursor.map { basePath + "?cursor=" + $0.token },
                firstURL: cursor == nil ? nil : basePath)
            return try await req.view.render("Publishing/feed", model)
        }
    }

    @Sendable
    func article(req: Request) async throws -> Response {
        let edition = try await ReaderContext.edition(req)
        guard let slug = req.parameters.get("slug") else { throw Abort(.notFound) }
        let responder = PageResponder(req: req)
        if let hit = await responder.cached() { return hit }
        switch try await req.newsdesk.articles.article(edition: edition.id, slug: slug, on: req.db) {
        case .notFound:
            throw Abort(.notFound)
        case .moved(let newSlug):
            return req.redirect(to: Paths.article(edition.pathPrefix, newSlug), redirectType: .permanent)
        case .found(let detail):
            let id = detail.summary.id
            let model = try await ArticlePage.model(req, edition: edition, detail: detail)
            let view = try await req.view.render("Publishing/article", model)
            return await responder.store(view, edition: edition, tags: ["edition:\(edition.id)", "article:\(id)"], countView: id)
        }
    }

    @Sendable
    func short(req: Request) async throws -> Response {
        guard let code = req.parameters.get("code"),
              let target = try await req.newsdesk.articles.resolve(shortCode: code, on: req.db),
              let edition = try await req.newsdesk.editions.edition(id: target.editionID, on: req.db) else {
            throw Abort(.notFound)
        }
        let response = req.redirect(to: req.siteOrigin + Paths.article(edition.pathPrefix, target.slug), redirectType: .permanent)
        response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=86400")
        return response
    }
}
