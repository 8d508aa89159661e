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
        if let old = try await WordPressLinks.target(req) { return req.redirect(to: old, redirectType: .permanent) }
        let edition = try await ReaderContext.edition(req)
        return try await PageResponder(req: req).page(edition: edition, tags: ["edition:\(edition.id)"]) {
            let s = req.newsdesk
            let stories = try await s.articles.frontPage(
                edition: edition.id, sections: try await s.articles.sections(edition: edition.id, on: req.db),
                latest: 12, recommended: 7, perSection: 4, on: req.db)
            let content = FrontPageContent(
                latest: stories.latest, recommended: stories.recommended, sections: stories.sections,
                galleries: try await s.galleries.latest(edition: edition.id, limit: 3, on: req.db))
            return try await req.view.render("Publishing/front", FrontPage.build(try await PageContext.load(req, edition: edition), content))
        }
    }

    @Sendable
    func allNews(req: Request) async throws -> Response {
        let edition = try await ReaderContext.edition(req)
        let p = edition.pathPrefix
        return try await feedPage(req, edition: edition, filter: .edition(edition.id), listing: .init(
            heading: edition.strings.text("allNews"), kicker: nil, current: .allNews, link: { Paths.allNews(p, cursor: $0) }))
    }

    @Sendable
    func section(req: Request) async throws -> Response {
        let edition = try await ReaderContext.edition(req)
        guard let slug = req.parameters.get("slug") else { throw Abort(.notFound) }
        guard let section = try await req.newsdesk.articles.section(edition: edition.id, slug: slug, on: req.db) else {
            // A renamed section's old address leads to its new one.
            if let moved = try await req.newsdesk.newsroom.sectionMoved(edition: edition.id, slug: slug, on: req.db) {
                return req.redirect(to: Paths.section(edition.pathPrefix, moved), redirectType: .permanent)
            }
            throw Abort(.notFound)
        }
        let p = edition.pathPrefix
        return try await feedPage(req, edition: edition, filter: .section(section.id), listing: .init(
            heading: section.name, kicker: nil, current: .section(section.slug), link: { Paths.section(p, section.slug, cursor: $0) }))
    }

    @Sendable
    func tag(req: Request) async throws -> Response {
        let edition = try await ReaderContext.edition(req)
        guard let slug = req.parameters.get("slug"),
              let tag = try await req.newsdesk.articles.tag(edition: edition.id, slug: slug, on: req.db) else {
            throw Abort(.notFound)
        }
        let p = edition.pathPrefix
        return try await feedPage(req, edition: edition, filter: .tag(tag.id), listing: .init(
            heading: tag.name, kicker: edition.strings.text("tags"), current: nil, link: { Paths.tag(p, tag.slug, cursor: $0) }))
    }

    private func feedPage(_ req: Request, edition: EditionInfo, filter: FeedFilter, listing: FeedPage.Listing) async throws -> Response {
        let cursor = try req.query[String.self, at: "cursor"].map { raw -> FeedCursor in
            guard let c = FeedCursor(token: raw) else { throw Abort(.badRequest, reason: "This page address is not valid.") }
            return c
        }
        return try await PageResponder(req: req).page(edition: edition, tags: ["edition:\(edition.id)"]) {
            let page = try await req.newsdesk.articles.feed(filter, cursor: cursor, limit: Self.feedPageSize, on: req.db)
            if cursor != nil && page.items.isEmpty { throw Abort(.notFound) }
            let model = FeedPage.build(try await PageContext.load(req, edition: edition), listing: listing, page: page, cursor: cursor)
            return try await req.view.render("Publishing/feed", model)
        }
    }

    @Sendable
    func article(req: Request) async throws -> Response {
        let edition = try await ReaderContext.edition(req)
        guard let slug = req.parameters.get("slug") else { throw Abort(.notFound) }
        let responder = PageResponder(req: req)
        return try await responder.shared {
            switch try await req.newsdesk.articles.article(edition: edition.id, slug: slug, on: req.db) {
            case .notFound:
                throw Abort(.notFound)
            case .moved(let newSlug):
                return req.redirect(to: Paths.article(edition.pathPrefix, newSlug), redirectType: .permanent)
            case .found(let detail):
                let id = detail.summary.id
                let discussion = try await DiscussionController.content(req, articleID: id, closed: detail.commentsClosed)
                let ctx = try await PageContext.load(req, edition: edition)
                var model = ArticlePage.build(ctx, detail: detail, discussion: discussion, side: try await Self.side(req, edition: edition))
                if let live = try await LiveController.blogContent(req, summary: detail.summary) { model.live = LivePages.blog(ctx, live) }
                let html = try await ArticleHTML.render(model, views: { req.view })
                return await responder.store(html: html, edition: edition, tags: ["edition:\(edition.id)", "article:\(id)"], countView: id)
            }
        }
    }

    /// The article page's side column: latest news, recommended, multimedia of the edition. The same for every
    /// article of the edition, so it is read once and kept with the edition's pages (dropped with them).
    static func side(_ req: Request, edition: EditionInfo) async throws -> ArticleSideContent {
        let s = req.newsdesk
        return try await s.pageCache.shared.value("side:\(edition.id)", tags: ["edition:\(edition.id)"], now: s.clock.now()) {
            let stories = try await s.articles.frontPage(edition: edition.id, sections: [], latest: 9, recommended: 5, perSection: 0, on: req.db)
            return ArticleSideContent(
                latest: stories.latest, recommended: stories.recommended,
                galleries: try await s.galleries.latest(edition: edition.id, limit: 2, on: req.db))
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
