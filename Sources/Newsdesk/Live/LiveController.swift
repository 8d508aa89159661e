import Fluent
import Foundation
import Vapor

/// `/live` in every edition, the live part of a live blog's page, and the newsroom's entry desk. Translation only:
/// the rules are in `LiveBlogService`.
struct LiveController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.getInEveryEdition(.live, use: live)
        routes.get(.newsroomLive, use: desk)
        routes.on(.POST, .newsroomLive, body: .collect(maxSize: "256kb"), use: post)
        routes.on(.POST, .newsroomLiveEntry, body: .collect(maxSize: "256kb"), use: change)
    }

    @Sendable func live(req: Request) async throws -> Response {
        let edition = try await ReaderContext.edition(req)
        return try await PageResponder(req: req).page(edition: edition, tags: ["edition:\(edition.id)", "live:\(edition.id)"]) {
            let s = req.newsdesk
            let running = try await s.articles.runningLiveBlogs(edition: edition.id, limit: 10, on: req.db)
            let latest = try await s.liveBlogs.latestFeed(edition: edition, limit: 30, on: req.db)
            let last = try await s.liveBlogs.lastEventID(.feed(edition: edition.id), on: req.db)
            let model = LivePages.page(try await PageContext.load(req, edition: edition), running: running, latest: latest, lastEventID: last)
            return try await req.view.render("Live/live", model)
        }
    }

    /// The live part of a live blog's page: the latest entries, or older ones at `?entries=<cursor>`.
    static func blogContent(_ req: Request, summary: ArticleSummary) async throws -> LiveBlogContent? {
        let live = req.newsdesk.liveBlogs
        guard summary.isLiveBlog, let blog = try await req.newsdesk.articles.liveBlog(id: summary.id, on: req.db) else { return nil }
        var before: Int?
        if let raw = try? req.query.get(String.self, at: "entries") {
            guard let cursor = FeedCursor(token: raw) else { throw Abort(.badRequest, reason: "This page address is not valid.") }
            before = cursor.id
        }
        let page = try await live.entries(blogID: blog.id, before: before, limit: LiveBlogService.pageSize, on: req.db)
        return LiveBlogContent(
            blog: blog, slug: summary.slug, entries: page.items, next: page.next,
            keyEvents: try await live.keyEvents(blogID: blog.id, on: req.db), pinned: try await live.pinned(blogID: blog.id, on: req.db),
            isOlderPage: before != nil, lastEventID: try await live.lastEventID(.blog(blog.id), on: req.db))
    }

    // MARK: The newsroom's desk

    struct EntryForm: Decodable {
        var textMarkdown: String?
        var keyEvent: String?
        var pinned: String?
        var mediaId: String?
        var relatedId: String?
        var action: String?

        enum CodingKeys: String, CodingKey {
            case textMarkdown = "text_markdown", keyEvent = "key_event", pinned, mediaId = "media_id", relatedId = "related_id", action
        }

        var form: LiveEntryForm {
            var f = LiveEntryForm()
            f.text = textMarkdown ?? ""
            f.keyEvent = keyEvent != nil
            f.pinned = pinned != nil
            f.mediaID = mediaId ?? ""
            f.relatedID = relatedId ?? ""
            return f
        }
    }

    private func content(_ req: Request, blogID: Int, actor: Member) async throws -> NewsroomLivePage.Content {
        let live = req.newsdesk.liveBlogs
        let blog = try await live.blog(id: blogID, viewer: actor, on: req.db)
        return NewsroomLivePage.Content(blog: blog, edition: try await live.edition(of: blog, on: req.db),
                                        entries: try await live.entries(blogID: blog.id, before: nil, limit: 50, on: req.db).items)
    }

    /// `ctx`: the newsroom's context, in the staff member's language (`NewsroomController.context`).
    private func render(_ req: Request, _ content: NewsroomLivePage.Content, status: HTTPStatus = .ok, ctx: PageContext) async throws -> Response {
        try await NewsroomController.render(req, "Newsroom/live", NewsroomLivePage.build(ctx, content), ctx: ctx, status: status)
    }

    @Sendable func desk(req: Request) async throws -> Response {
        let actor = try NewsroomController.staff(req)
        guard let id = req.parameters.get("id", as: Int.self) else { throw LiveError.notFound }
        var c = try await content(req, blogID: id, actor: actor)
        let ctx = try await NewsroomController.context(req)
        c.notice = (try? req.query.get(String.self, at: "done")).flatMap { ["posted": "nrEntryPosted", "saved": "nrEntrySaved", "deleted": "nrEntryDeleted"][$0] }
            .map { ctx.edition.strings.text($0) }
        return try await render(req, c, ctx: ctx)
    }

    @Sendable func post(req: Request) async throws -> Response {
        let actor = try StaffGuard.member(req)
        guard let id = req.parameters.get("id", as: Int.self) else { throw LiveError.notFound }
        let form = try req.content.decode(EntryForm.self).form
        do {
            _ = try await req.newsdesk.liveBlogs.post(blogID: id, try form.input(), by: actor, on: req.db)
            return req.redirect(to: LivePaths.newsroom(id, done: "posted"), redirectType: .normal)
        } catch let refused as LiveError {
            guard case .invalid(let fields) = refused else { throw refused }
            var c = try await content(req, blogID: id, actor: actor)
            let ctx = try await NewsroomController.context(req)
            c.form = form
            c.errors = fields
            c.message = ctx.edition.strings.text("nrEntryNotPosted", ["why": Self.why(fields, ctx.edition.strings)])
            return try await render(req, c, status: .unprocessableEntity, ctx: ctx)
        }
    }

    /// What to fix, in the page's language: the fields' messages, in the order of their names.
    static func why(_ fields: [String: String], _ s: UIStrings) -> String {
        fields.keys.sorted().compactMap { fields[$0].map(s.message) }.joined(separator: "; ")
    }

    /// `action=save` or `action=delete` on one entry.
    @Sendable func change(req: Request) async throws -> Response {
        let actor = try StaffGuard.member(req)
        guard let entryID = req.parameters.get("id", as: Int.self) else { throw LiveError.notFound }
        let live = req.newsdesk.liveBlogs
        let entry = try await live.entry(id: entryID, on: req.db)
        let body = try req.content.decode(EntryForm.self)
        if body.action == "delete" {
            try await live.delete(entryID: entryID, by: actor, on: req.db)
            return req.redirect(to: LivePaths.newsroom(entry.articleID, done: "deleted"), redirectType: .normal)
        }
        do {
            _ = try await live.edit(entryID: entryID, try body.form.input(), by: actor, on: req.db)
            return req.redirect(to: LivePaths.newsroom(entry.articleID, done: "saved"), redirectType: .normal)
        } catch let refused as LiveError {
            guard case .invalid(let fields) = refused else { throw refused }
            var c = try await content(req, blogID: entry.articleID, actor: actor)
            let ctx = try await NewsroomController.context(req)
            let s = ctx.edition.strings
            c.errors = fields
            c.message = s.text("nrEntryNotSaved", ["id": String(entryID), "why": Self.why(fields, s)])
            return try await render(req, c, status: .unprocessableEntity, ctx: ctx)
        }
    }
}
