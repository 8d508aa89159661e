import Fluent
import Foundation
import NIOCore
import Standards
import Vapor

/// Comment forms (they work without JavaScript: post, then back to the comment) and the live stream of a thread.
struct DiscussionController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post(.thread, use: post)
        routes.get(.threadLive, use: live)
        routes.get(.commentFragment, use: fragment)
        routes.post(.commentEdit, use: edit)
        routes.post(.commentDelete, use: delete)
        routes.post(.commentLike, use: like)
        routes.post(.commentReport, use: report)
    }

    private func field(_ req: Request, _ name: String) -> String? { try? req.content.get(String.self, at: name) }

    private func articleTarget(_ req: Request, articleID: Int) async throws -> (edition: EditionInfo, detail: ArticleDetail) {
        guard let detail = try await req.newsdesk.articles.article(id: articleID, on: req.db),
              let edition = try await req.newsdesk.editions.edition(id: detail.summary.editionID, on: req.db) else {
            throw Abort(.notFound)
        }
        return (edition, detail)
    }

    /// Loads the discussion under an article for the request's viewer: the page of comments its address asks for
    /// (`sort`, `cursor`), which of them the viewer liked, and whether the viewer may post.
    static func content(_ req: Request, articleID: Int, closed: Bool) async throws -> DiscussionContent {
        let s = req.newsdesk.discussion
        let sort = req.queryValue("sort").flatMap(CommentSort.init(rawValue:)) ?? .newest
        let viewer = req.member
        let thread = try await s.thread(articleID: articleID, viewer: viewer, sort: sort,
                                        cursor: req.queryValue("cursor"), on: req.db)
        let liked = try await s.liked(by: viewer, among: thread.comments.flatMap { [$0.id] + $0.replies.map(\.id) }, on: req.db)
        var refusal: DiscussionError?
        if let viewer, !closed {
            do { _ = try await s.checkMayAct(viewer, on: req.db) } catch let error as DiscussionError { refusal = error }
        }
        return DiscussionContent(thread: thread, sort: sort, liked: liked, refusal: refusal)
    }

    /// Renders the article page again with the member's text kept and what to fix shown.
    private func articleWithForm(_ req: Request, articleID: Int, state: CommentFormState, status: HTTPStatus) async throws -> Response {
        let (edition, detail) = try await articleTarget(req, articleID: articleID)
        let discussion = try await Self.content(req, articleID: articleID, closed: detail.commentsClosed)
        let model = ArticlePage.build(try await PageContext.load(req, edition: edition), detail: detail, discussion: discussion,
                                      commentForm: state, side: try await ReaderController.side(req, edition: edition))
        return PageResponder(req: req).personal(html: try await ArticleHTML.render(model, views: { req.view }), edition: edition, status: status)
    }

    private func back(_ req: Request, articleID: Int, anchor: String) async throws -> Response {
        let (edition, detail) = try await articleTarget(req, articleID: articleID)
        return req.redirect(to: Paths.article(edition.pathPrefix, detail.summary.slug, fragment: anchor))
    }

    @Sendable func post(req: Request) async throws -> Response {
        guard let articleID = req.parameters.get("id", as: Int.self) else { throw Abort(.notFound) }
        let text = field(req, "text") ?? ""
        let parentID = field(req, "parent_id").flatMap(Int.init)
        do {
            guard let member = req.member else { throw DiscussionError.notLoggedIn }
            let posted = try await req.newsdesk.discussion.post(member, articleID: articleID, text: text, parentID: parentID,
                                                                 ip: req.clientIP, on: req.db)
            if req.wantsJSON { return try APIJSON.response(APIComment(posted.comment, findings: posted.findings), status: .created, cache: "no-store") }
            return try await back(req, articleID: articleID, anchor: "comment-\(posted.comment.id)")
        } catch let failure {
            // Scripts get the API's JSON from the error middleware; the form gets the article again, text kept
            // (also when the database could not take the comment now).
            guard !req.wantsJSON, let answer = Failures.answer(for: failure) else { throw failure }
            var state = CommentFormState(text: text, parentID: parentID, error: answer.message)
            let strings = try await articleTarget(req, articleID: articleID).0.strings
            if let error = failure as? DiscussionError { state.error = DiscussionSection.message(for: error, strings: strings) }
            switch failure {
            case DiscussionError.rejected(let findings):
                state.findings = DiscussionPresenter.findings(findings, strings: strings)
                state.highlighted = DiscussionPresenter.highlighted(DiscussionService.normalise(text), findings: findings)
            case DiscussionError.notLoggedIn:
                let (edition, detail) = try await articleTarget(req, articleID: articleID)
                return req.redirect(to: Paths.login(edition.pathPrefix, next: Paths.article(edition.pathPrefix, detail.summary.slug)))
            case DiscussionError.notFound, is RequestLimitExceeded:
                throw failure
            case AccountError.rateLimited(let retry):
                state.error = strings.text("discTooFast", ["wait": strings.plural("seconds", retry)])
            default:
                break
            }
            let response = try await articleWithForm(req, articleID: articleID, state: state, status: answer.status)
            if let retry = answer.retryAfter { response.headers.replaceOrAdd(name: .retryAfter, value: "\(retry)") }
            return response
        }
    }

    @Sendable func edit(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id", as: Int.self) else { throw Abort(.notFound) }
        let posted = try await req.newsdesk.discussion.edit(try req.requireMember(), commentID: id, text: field(req, "text") ?? "", on: req.db)
        return try await back(req, articleID: posted.comment.articleID, anchor: "comment-\(id)")
    }

    @Sendable func delete(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id", as: Int.self),
              let comment = try await req.newsdesk.discussion.comment(id: id, on: req.db) else { throw Abort(.notFound) }
        try await req.newsdesk.discussion.delete(try req.requireMember(), commentID: id, on: req.db)
        return try await back(req, articleID: comment.articleID, anchor: "comments")
    }

    @Sendable func like(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id", as: Int.self),
              let comment = try await req.newsdesk.discussion.comment(id: id, on: req.db) else { throw Abort(.notFound) }
        let likes = try await req.newsdesk.discussion.like(try req.requireMember(), commentID: id, on: req.db)
        if req.wantsJSON { return try APIJSON.response(["likes": likes], cache: "no-store") }
        return try await back(req, articleID: comment.articleID, anchor: "comment-\(id)")
    }

    @Sendable func report(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id", as: Int.self),
              let comment = try await req.newsdesk.discussion.comment(id: id, on: req.db) else { throw Abort(.notFound) }
        try await req.newsdesk.discussion.report(try req.requireMember(), commentID: id, rule: field(req, "rule") ?? "", text: field(req, "text"), on: req.db)
        return try await back(req, articleID: comment.articleID, anchor: "comment-\(id)")
    }

    /// One published comment as HTML, for the page's script to insert when the live stream announces it.
    @Sendable func fragment(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id", as: Int.self),
              let c = try await req.newsdesk.discussion.comment(id: id, on: req.db), c.status == .published, !c.deleted,
              let article = try await req.newsdesk.articles.headlines(ids: [c.articleID], on: req.db)[c.articleID],
              let edition = try await req.newsdesk.editions.edition(id: article.editionID, on: req.db) else { throw Abort(.notFound) }
        let model = CommentModel(
            id: c.id, likeURL: Paths.commentLike(c.id), reportURL: Paths.commentReport(c.id), deleteURL: Paths.commentDelete(c.id),
            editURL: Paths.commentEdit(c.id), authorName: c.authorName, avatar: c.authorAvatar, initial: String(c.authorName.prefix(1)).uppercased(),
            time: EditionClock.articleTime(c.createdAt, zone: edition.timeZone, language: edition.language),
            iso: EditionClock.iso8601(c.createdAt, zone: edition.timeZone), text: c.text, pending: false, pendingNote: nil,
            likes: c.likes, liked: false, edited: c.editedAt != nil, editedByModerator: c.editedByModerator, deleted: false,
            replyToName: nil, mine: req.member?.id == c.authorID, canEdit: false, canAct: false, replies: [],
            likesLabel: edition.strings.plural("likes", c.likes), replyLabel: edition.strings.text("replyTo", ["name": c.authorName]))
        struct Fragment: Encodable { let c: CommentModel; let parentID: Int?; let rootID: Int? }
        let view = try await req.view.render("Discussion/comment-fragment", Fragment(c: model, parentID: c.parentID, rootID: c.rootID))
        return Response(status: .ok, headers: ["Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store"], body: .init(buffer: view.data))
    }

    /// Server-Sent Events: `event: comment` with the new comment's id (see `LiveStream`).
    @Sendable func live(req: Request) async throws -> Response {
        // Streams are opened only for threads readers can see: nobody can hold connections on made-up ids.
        guard let articleID = req.parameters.get("id", as: Int.self), articleID > 0,
              try await req.newsdesk.articles.isVisible(id: articleID, on: req.db) else { throw Abort(.notFound) }
        return try await LiveStream.response(req, topic: .thread(articleID))
    }
}

