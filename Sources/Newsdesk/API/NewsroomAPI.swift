import Fluent
import Foundation
import Vapor

/// The newsroom's JSON API: write, list and follow the revisions of articles. Journalists, editors and admins;
/// a reader's or moderator's token gets 403, no token 401.
struct NewsroomAPI: RouteCollection {
    /// A body of 1 MB of Markdown, JSON-escaped, with room for the other fields.
    static let maxArticleBody: ByteCount = "3mb"

    func boot(routes: any RoutesBuilder) throws {
        routes.on(.POST, .apiArticles, body: .collect(maxSize: Self.maxArticleBody), use: create)
        routes.on(.PATCH, .apiArticle, body: .collect(maxSize: Self.maxArticleBody), use: update)
        routes.get(.apiArticleRevisions, use: revisions)
        routes.get(.apiNewsroomArticles, use: list)
    }

    /// A writer's fields; `null` clears `lead_image_id`, `publish_at`, `embargo_until` and `correction`.
    struct ArticleBody: Decodable {
        var input = NewsroomService.ArticleInput()
        var version: Int?

        enum Keys: String, CodingKey {
            case edition, section, title, summary, bodyMarkdown, slug, byline, tags, leadImageId, relatedIds, status
            case publishAt, embargoUntil, commentsOpen, correction, recommended, version, kind, liveEnded
        }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: Keys.self)
            func clearable<T: Decodable>(_ key: Keys) throws -> T?? {
                guard c.contains(key) else { return nil }
                return try c.decodeNil(forKey: key) ? .some(nil) : .some(try c.decode(T.self, forKey: key))
            }
            input.edition = try c.decodeIfPresent(String.self, forKey: .edition)
            input.section = try c.decodeIfPresent(String.self, forKey: .section)
            input.title = try c.decodeIfPresent(String.self, forKey: .title)
            input.summary = try c.decodeIfPresent(String.self, forKey: .summary)
            input.body = try c.decodeIfPresent(String.self, forKey: .bodyMarkdown)
            input.slug = try c.decodeIfPresent(String.self, forKey: .slug)
            input.byline = try c.decodeIfPresent(String.self, forKey: .byline)
            input.tags = try c.decodeIfPresent([String].self, forKey: .tags)
            input.leadImageID = try clearable(.leadImageId)
            input.relatedIDs = try c.decodeIfPresent([Int].self, forKey: .relatedIds)
            input.status = try c.decodeIfPresent(String.self, forKey: .status)
            input.publishAt = try clearable(.publishAt)
            input.embargoUntil = try clearable(.embargoUntil)
            input.commentsOpen = try c.decodeIfPresent(Bool.self, forKey: .commentsOpen)
            input.correction = try clearable(.correction)
            input.recommended = try c.decodeIfPresent(Bool.self, forKey: .recommended)
            version = try c.decodeIfPresent(Int.self, forKey: .version)
            input.kind = try c.decodeIfPresent(String.self, forKey: .kind)
            input.liveEnded = try c.decodeIfPresent(Bool.self, forKey: .liveEnded)
        }
    }

    private func writer(_ req: Request) throws -> Member {
        let member = try req.requireMember()
        try req.newsdesk.newsroom.requireWriter(member)
        return member
    }

    @Sendable func create(req: Request) async throws -> Response {
        let actor = try writer(req)
        let body = try req.decodeJSON(ArticleBody.self)
        let article = try await req.newsdesk.newsroom.create(body.input, by: actor, on: req.db)
        return try await respond(article, req: req, status: .created)
    }

    @Sendable func update(req: Request) async throws -> Response {
        let actor = try writer(req)
        guard let id = req.parameters.get("id", as: Int.self), id > 0 else { throw NewsroomError.notFound }
        let body = try req.decodeJSON(ArticleBody.self)
        guard let version = body.version else {
            throw NewsroomError.invalid(["version": "required: the version the changes were made on"])
        }
        let article = try await req.newsdesk.newsroom.update(id: id, version: version, body.input, by: actor, on: req.db)
        return try await respond(article, req: req, status: .ok)
    }

    @Sendable func list(req: Request) async throws -> Response {
        let actor = try writer(req)
        let s = req.newsdesk
        var filter = NewsroomService.Filter()
        var fields: [String: String] = [:]
        if let raw = try? req.query.get(String.self, at: "status") {
            filter.status = ArticleStatus(rawValue: raw)
            if filter.status == nil { fields["status"] = "use draft, submitted, scheduled or published" }
        }
        var edition: EditionInfo?
        if let code = try? req.query.get(String.self, at: "edition") {
            edition = try await s.editions.edition(code: code, on: req.db)
            if let edition { filter.editionID = edition.id } else { fields["edition"] = "no edition has the code '\(code)'" }
        }
        if let slug = try? req.query.get(String.self, at: "section") {
            var e = edition
            if e == nil, fields["edition"] == nil { e = try await s.editions.defaultEdition(on: req.db) }
            if let e, let section = try await s.articles.section(edition: e.id, slug: slug, on: req.db) {
                filter.sectionID = section.id
            } else if fields["edition"] == nil {
                fields["section"] = "no section '\(slug)' in this edition"
            }
        }
        if let raw = try? req.query.get(String.self, at: "author") {
            if let id = Int(raw), id > 0 { filter.authorID = id } else { fields["author"] = "a member's id" }
        }
        filter.titleContains = try? req.query.get(String.self, at: "q")
        var after: Int?
        if let raw = try? req.query.get(String.self, at: "cursor") {
            after = FeedCursor(token: raw)?.id
            if after == nil { fields["cursor"] = "not a cursor this server gave out" }
        }
        guard fields.isEmpty else { throw NewsroomError.invalid(fields) }
        let page = try await s.newsroom.list(filter, after: after, limit: 50, for: actor, on: req.db)
        let items = page.items.map { NewsroomJSON.article($0, bodyHTML: nil, origin: req.siteOrigin) }
        return try APIJSON.response(ListResponse(items: items, nextCursor: page.next.map { FeedCursor(seconds: 0, id: $0).token }),
                                    cache: "no-store")
    }

    @Sendable func revisions(req: Request) async throws -> Response {
        let actor = try writer(req)
        guard let id = req.parameters.get("id", as: Int.self), id > 0 else { throw NewsroomError.notFound }
        let items = try await req.newsdesk.newsroom.revisions(articleID: id, for: actor, on: req.db)
        let article = try await req.newsdesk.newsroom.article(id: id, for: actor, on: req.db)
        let zone = article.edition.timeZone
        return try APIJSON.response(NewsroomJSON.Revisions(items: items.map {
            .init(version: $0.version, author: .init(id: $0.authorID, displayName: $0.authorName),
                  createdAt: EditionClock.iso8601($0.createdAt, zone: zone), title: $0.title)
        }), cache: "no-store")
    }

    private func respond(_ article: NewsroomArticle, req: Request, status: HTTPStatus) async throws -> Response {
        let html = try await req.newsdesk.newsroom.preview(markdown: article.body, on: req.db)
        return try APIJSON.response(NewsroomJSON.article(article, bodyHTML: html, origin: req.siteOrigin), status: status, cache: "no-store")
    }
}
