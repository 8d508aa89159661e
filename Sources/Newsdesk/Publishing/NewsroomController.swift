import Fluent
import Foundation
import Vapor

/// The newsroom's pages. Journalists, editors and admins with the second factor enrolled; the rules are the
/// newsroom service's, this only translates forms to its inputs and its answers to pages.
struct NewsroomController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.newsroomHome, use: home)
        routes.get(.newsroomNewArticle, use: newArticle)
        routes.on(.POST, .newsroomNewArticle, body: .collect(maxSize: NewsroomAPI.maxArticleBody), use: saveNew)
        routes.get(.newsroomArticle, use: editArticle)
        routes.on(.POST, .newsroomArticle, body: .collect(maxSize: NewsroomAPI.maxArticleBody), use: save)
        routes.on(.POST, .newsroomPreview, body: .collect(maxSize: NewsroomAPI.maxArticleBody), use: preview)
        routes.get(.newsroomRevisions, use: revisions)
        routes.post(.newsroomRestore, use: restore)
        bootFurniture(routes)
    }

    static func staff(_ req: Request) throws -> Member { try StaffGuard.require(req, roles: NewsroomService.writers) }

    /// The default edition as the staff member sees it: in the language they chose for the staff pages.
    static func context(_ req: Request) async throws -> PageContext {
        let edition = PageResponder.staffEdition(try await ReaderContext.edition(forPath: "/", on: req), language: req.member?.language)
        return try await PageContext.load(req, edition: edition, forms: true)
    }

    static func render<M: Encodable>(_ req: Request, _ template: String, _ model: M, ctx: PageContext, status: HTTPStatus = .ok) async throws -> Response {
        PageResponder(req: req).personal(try await req.view.render(template, model), edition: ctx.edition, status: status)
    }

    static func sectionsByEdition(_ req: Request, _ editions: [EditionInfo]) async throws -> [(EditionInfo, [SectionRef])] {
        var out: [(EditionInfo, [SectionRef])] = []
        for e in editions { out.append((e, try await req.newsdesk.articles.sections(edition: e.id, on: req.db))) }
        return out
    }

    // MARK: Home

    @Sendable func home(req: Request) async throws -> Response {
        let actor = try Self.staff(req)
        let ctx = try await Self.context(req)
        let s = req.newsdesk
        var filter = NewsroomService.Filter()
        let status = (try? req.query.get(String.self, at: "status")).flatMap { $0.isEmpty ? nil : $0 }
        let editionCode = (try? req.query.get(String.self, at: "edition")).flatMap { $0.isEmpty ? nil : $0 }
        let section = (try? req.query.get(String.self, at: "section")).flatMap { $0.isEmpty ? nil : $0 }
        let query = (try? req.query.get(String.self, at: "q")) ?? ""
        filter.status = status.flatMap(ArticleStatus.init(rawValue:))
        filter.editionID = editionCode.flatMap { code in ctx.editions.first { $0.code == code }?.id }
        if let section, let slash = section.firstIndex(of: "/"),
           let e = ctx.editions.first(where: { $0.code == section[..<slash] }) {
            filter.sectionID = try await s.articles.section(edition: e.id, slug: String(section[section.index(after: slash)...]), on: req.db)?.id
        }
        filter.titleContains = query.isEmpty ? nil : query
        filter.authorID = (try? req.query.get(Int.self, at: "author")).flatMap { $0 > 0 ? $0 : nil }
        var content = NewsroomHomePage.Content(filter: filter, query: query, filtered: nil)
        content.sections = try await Self.sectionsByEdition(req, ctx.editions)
        let newsroom = s.newsroom
        if filter != NewsroomService.Filter() {
            content.filtered = try await newsroom.list(filter, after: nil, limit: 50, for: actor, on: req.db).items
        } else {
            content.myDrafts = try await newsroom.list(.init(status: .draft, authorID: actor.id), after: nil, limit: 20, for: actor, on: req.db).items
            content.submitted = try await newsroom.list(.init(status: .submitted), after: nil, limit: 20, for: actor, on: req.db).items
            content.scheduled = try await newsroom.list(.init(status: .scheduled), after: nil, limit: 20, for: actor, on: req.db).items
                .sorted { ($0.publishedAt ?? .distantFuture) < ($1.publishedAt ?? .distantFuture) }
            content.published = try await newsroom.list(.init(status: .published), after: nil, limit: 10, for: actor, on: req.db).items
        }
        return try await Self.render(req, "Newsroom/home", NewsroomHomePage.build(ctx, content), ctx: ctx)
    }

    // MARK: The editor

    struct EditorForm: Decodable {
        var edition: String?
        var section: String?
        var title: String?
        var summary: String?
        var body: String?
        var slug: String?
        var byline: String?
        var tags: String?
        var leadImageId: String?
        var relatedIds: String?
        var status: String?
        var publishAt: String?
        var embargoUntil: String?
        var commentsOpen: String?
        var correction: String?
        var recommended: String?
        var liveBlog: String?
        var liveEnded: String?
        var version: Int?
        var action: String?
        var find: String?

        enum CodingKeys: String, CodingKey {
            case edition, section, title, summary, body, slug, byline, tags, status, correction, recommended, version, action, find
            case leadImageId = "lead_image_id", relatedIds = "related_ids", publishAt = "publish_at", embargoUntil = "embargo_until"
            case commentsOpen = "comments_open", liveBlog = "live_blog", liveEnded = "live_ended"
        }

        var form: ArticleForm {
            var f = ArticleForm()
            f.edition = edition ?? ""
            f.section = section ?? ""
            f.title = title ?? ""
            f.summary = summary ?? ""
            f.body = body ?? ""
            f.slug = slug ?? ""
            f.byline = byline ?? ""
            f.tags = tags ?? ""
            f.leadImageID = leadImageId ?? ""
            f.relatedIDs = relatedIds ?? ""
            f.status = status ?? "draft"
            f.publishAt = publishAt ?? ""
            f.embargoUntil = embargoUntil ?? ""
            f.commentsOpen = commentsOpen != nil
            f.correction = correction ?? ""
            f.recommended = recommended != nil
            f.liveBlog = liveBlog != nil
            f.liveEnded = liveEnded != nil
            f.version = version ?? 0
            return f
        }
    }

    private func editor(_ req: Request, ctx: PageContext, article: NewsroomArticle?, form: ArticleForm,
                        status: HTTPStatus = .ok, change: (inout ArticleEditorPage.Content) -> Void = { _ in }) async throws -> Response {
        let photos = try await req.newsdesk.mediaLibrary.list(query: nil, after: nil, limit: 40, on: req.db).items
        var content = ArticleEditorPage.Content(article: article, form: form, sections: try await Self.sectionsByEdition(req, ctx.editions),
                                                photos: photos)
        change(&content)
        return try await Self.render(req, "Newsroom/editor", ArticleEditorPage.build(ctx, content), ctx: ctx, status: status)
    }

    @Sendable func newArticle(req: Request) async throws -> Response {
        let actor = try Self.staff(req)
        let ctx = try await Self.context(req)
        var form = ArticleForm()
        form.edition = ctx.edition.code
        form.section = ctx.sections.first?.slug ?? ""
        form.byline = actor.displayName
        return try await editor(req, ctx: ctx, article: nil, form: form)
    }

    @Sendable func editArticle(req: Request) async throws -> Response {
        let actor = try Self.staff(req)
        let ctx = try await Self.context(req)
        guard let id = req.parameters.get("id", as: Int.self) else { throw Abort(.notFound) }
        let article = try await req.newsdesk.newsroom.article(id: id, for: actor, on: req.db)
        let done = try? req.query.get(String.self, at: "done")
        let s = ctx.edition.strings
        return try await editor(req, ctx: ctx, article: article, form: ArticleForm(article)) {
            $0.notice = done == "saved" ? s.text("nrSavedVersion", ["version": String(article.version)])
                : done == "restored" ? s.text("nrRestored") : nil
        }
    }

    @Sendable func saveNew(req: Request) async throws -> Response { try await saveForm(req, id: nil) }

    @Sendable func save(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id", as: Int.self) else { throw Abort(.notFound) }
        return try await saveForm(req, id: id)
    }

    private func saveForm(_ req: Request, id: Int?) async throws -> Response {
        let actor = try Self.staff(req)
        let ctx = try await Self.context(req)
        let newsroom = req.newsdesk.newsroom
        let posted = try req.content.decode(EditorForm.self)
        var form = posted.form
        let article = try await id.asyncMap { try await newsroom.article(id: $0, for: actor, on: req.db) }
        if let article { form.edition = article.edition.code }
        switch posted.action {
        case "preview":
            let html = try await newsroom.preview(markdown: form.body, on: req.db)
            return try await editor(req, ctx: ctx, article: article, form: form) { $0.previewHTML = html }
        case "find":
            let words = (posted.find ?? "").trimmingCharacters(in: .whitespaces)
            let found = words.isEmpty ? [] : try await newsroom.list(.init(status: .published, titleContains: words), after: nil, limit: 10,
                                                                       for: actor, on: req.db).items
            return try await editor(req, ctx: ctx, article: article, form: form) {
                $0.found = found.map { ($0.id, $0.title) }
                $0.findQuery = words
            }
        default:
            break
        }
        do {
            let input = try form.input(isNew: id == nil, canChooseRecommended: NewsroomService.editors.contains(actor.role))
            let saved: NewsroomArticle
            if let id {
                saved = try await newsroom.update(id: id, version: form.version, input, by: actor, on: req.db)
            } else {
                saved = try await newsroom.create(input, by: actor, on: req.db)
            }
            return req.redirect(to: NewsroomPaths.article(saved.id, done: "saved"), redirectType: .normal)
        } catch NewsroomError.invalid(let fields) {
            return try await editor(req, ctx: ctx, article: article, form: form, status: .unprocessableEntity) {
                $0.errors = fields
                $0.message = ctx.edition.strings.text("nrNotSaved")
            }
        } catch NewsroomError.forbidden(let why) {
            return try await editor(req, ctx: ctx, article: article, form: form, status: .forbidden) { $0.message = why }
        } catch NewsroomError.conflict(let current) {
            guard let id, let article else { throw NewsroomError.notFound }
            let base = try? await newsroom.revision(articleID: id, version: form.version, for: actor, on: req.db).1
            let now = article.snapshot
            let sectionNames = Dictionary(uniqueKeysWithValues: try await req.newsdesk.articles.sections(edition: article.edition.id, on: req.db)
                .map { ($0.id, $0.name) })
            var kept = form
            kept.version = current
            return try await editor(req, ctx: ctx, article: article, form: kept, status: .conflict) {
                $0.message = ctx.edition.strings.text("nrConflictMessage", ["version": String(current)])
                $0.conflict = ConflictModel(
                    currentVersion: current,
                    fields: base.map { RevisionDiff.fields($0, now, strings: ctx.edition.strings) { sectionNames[$0] ?? "#\($0)" } } ?? [],
                    body: RevisionDiff.lines(base?.body ?? "", now.body))
            }
        }
    }

    /// The live preview: the body rendered by the reader page's renderer, as an HTML fragment.
    @Sendable func preview(req: Request) async throws -> Response {
        _ = try Self.staff(req)
        let body = (try? req.content.get(String.self, at: "body")) ?? ""
        let html = try await req.newsdesk.newsroom.preview(markdown: body, on: req.db)
        return Response(status: .ok, headers: ["Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store"],
                        body: .init(string: html))
    }

    // MARK: Revisions

    @Sendable func revisions(req: Request) async throws -> Response {
        let actor = try Self.staff(req)
        let ctx = try await Self.context(req)
        guard let id = req.parameters.get("id", as: Int.self) else { throw Abort(.notFound) }
        let newsroom = req.newsdesk.newsroom
        let article = try await newsroom.article(id: id, for: actor, on: req.db)
        let list = try await newsroom.revisions(articleID: id, for: actor, on: req.db)
        let to = (try? req.query.get(Int.self, at: "to")) ?? list.first?.version
        let from = (try? req.query.get(Int.self, at: "from")) ?? to.map { $0 - 1 }
        let toSnap = try await to.asyncMap { v in try? await newsroom.revision(articleID: id, version: v, for: actor, on: req.db).1 } ?? nil
        let fromSnap = try await from.asyncMap { v in try? await newsroom.revision(articleID: id, version: v, for: actor, on: req.db).1 } ?? nil
        let sectionNames = Dictionary(uniqueKeysWithValues: try await req.newsdesk.articles.sections(edition: article.edition.id, on: req.db)
            .map { ($0.id, $0.name) })
        let content = RevisionsPage.Content(
            article: article, revisions: list, from: fromSnap.flatMap { s in from.map { ($0, s) } },
            to: toSnap.flatMap { s in to.map { ($0, s) } }, sectionNames: sectionNames,
            canRestore: newsroom.canEdit(actor, authorID: article.authorID, status: article.status))
        return try await Self.render(req, "Newsroom/revisions", RevisionsPage.build(ctx, content), ctx: ctx)
    }

    @Sendable func restore(req: Request) async throws -> Response {
        let actor = try Self.staff(req)
        guard let id = req.parameters.get("id", as: Int.self),
              let version = try? req.content.get(Int.self, at: "version"),
              let current = try? req.content.get(Int.self, at: "current_version") else { throw Abort(.notFound) }
        _ = try await req.newsdesk.newsroom.restore(articleID: id, revision: version, currentVersion: current, by: actor, on: req.db)
        return req.redirect(to: NewsroomPaths.article(id, done: "restored"), redirectType: .normal)
    }
}
