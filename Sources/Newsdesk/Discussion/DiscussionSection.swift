import Foundation

/// What the discussion under an article shows, as the services loaded it for the viewer.
struct DiscussionContent: Sendable {
    let thread: ThreadPage
    let sort: CommentSort
    /// The comments on this page the viewer has liked.
    let liked: Set<Int>
    /// Why the signed-in viewer may not post (unconfirmed, blocked); nil when they may or nobody is signed in.
    let refusal: DiscussionError?
}

/// Builds the discussion part of an article page for its viewer, in the edition's language.
enum DiscussionSection {
    static func build(_ ctx: PageContext, articleID: Int, slug: String, count: Int, closed: Bool,
                      content: DiscussionContent, state: CommentFormState = .init()) -> DiscussionModel {
        let viewer = ctx.viewer
        let prefix = ctx.edition.pathPrefix
        let s = ctx.edition.strings
        var notice: String?
        var unblockURL: String?
        var canPost = false
        if closed {
            notice = s.text("commentsClosed")
        } else if viewer != nil {
            if let refusal = content.refusal {
                notice = message(for: refusal, strings: s)
                if case .blocked(_, _, let permanent) = refusal, !permanent { unblockURL = Paths.unblock(prefix) }
            } else {
                canPost = true
            }
        }
        let edition = ctx.edition
        func model(_ c: CommentView) -> CommentModel {
            let mine = viewer?.id == c.authorID
            let pendingRules = Set(c.findings.map(\.rule.rawValue)).sorted().map { DiscussionPresenter.ruleName($0, s) }
            var model = CommentModel(
                id: c.id, likeURL: Paths.commentLike(c.id), reportURL: Paths.commentReport(c.id),
                deleteURL: Paths.commentDelete(c.id), editURL: Paths.commentEdit(c.id), authorName: c.authorName, avatar: c.authorAvatar, initial: String(c.authorName.prefix(1)).uppercased(),
                time: EditionClock.articleTime(c.createdAt, zone: edition.timeZone, language: edition.language),
                iso: EditionClock.iso8601(c.createdAt, zone: edition.timeZone), text: c.text, pending: c.status == .pending,
                pendingNote: c.status == .pending
                    ? (pendingRules.isEmpty ? s.text("pendingNote") : s.text("pendingNoteRules", ["rules": pendingRules.joined(separator: ", ")]))
                    : nil,
                likes: c.likes, liked: content.liked.contains(c.id), edited: c.editedAt != nil && !c.editedByModerator,
                editedByModerator: c.editedByModerator, deleted: c.deleted, replyToName: c.replyToName, mine: mine,
                canEdit: mine && !c.deleted && ctx.now.timeIntervalSince(c.createdAt) <= DiscussionService.editWindow,
                canAct: canPost && !c.deleted, replies: c.replies.map(model))
            model.likesLabel = s.plural("likes", c.likes)
            model.replyLabel = s.text("replyTo", ["name": c.authorName])
            return model
        }
        let sortLabels: [(CommentSort, String)] = [(.newest, "sortNewest"), (.oldest, "sortOldest"), (.liked, "sortLiked")]
        return DiscussionModel(
            articleID: articleID, count: count, closed: closed,
            sorts: sortLabels.map {
                SortLink(label: s.text($0.1), url: Paths.article(prefix, slug, sort: $0.0.rawValue, fragment: "comments"), current: $0.0 == content.sort)
            },
            commentsHTML: CommentListHTML(canPost: canPost, csrf: viewer == nil ? "" : ctx.csrf ?? "", postURL: Paths.thread(articleID),
                                          reasons: DiscussionPresenter.reasons(s), strings: s).render(content.thread.comments.map(model)),
            nextURL: content.thread.nextCursor.map { Paths.article(prefix, slug, sort: content.sort.rawValue, cursor: $0, fragment: "comments") },
            canPost: canPost, notice: notice, unblockURL: unblockURL,
            loginURL: viewer == nil && !closed ? Paths.login(prefix, next: Paths.article(prefix, slug)) : nil,
            csrf: viewer == nil ? nil : ctx.csrf,
            formText: state.text, formParentID: state.parentID, formError: state.error, formFindings: state.findings,
            formHighlighted: state.highlighted,
            liveURL: Paths.threadLive(articleID), postURL: Paths.thread(articleID))
    }

    /// The API's message (English, like the rest of the API's words).
    static func message(for error: DiscussionError) -> String { message(for: error, strings: .english) }

    /// What the member is told, in their edition's language. A rejection says only that the comment was not
    /// published: the findings under it say what to fix, once each.
    static func message(for error: DiscussionError, strings s: UIStrings) -> String {
        switch error {
        case .notLoggedIn: return s.text("discLogIn")
        case .unconfirmed: return s.text("discUnconfirmed")
        case .blocked(let rule, let reason, let permanent):
            let values = ["rule": DiscussionPresenter.ruleName(rule, s), "reason": reason]
            return s.text(permanent ? "discBlockedPermanent" : "discBlocked", values)
        case .closed: return s.text("commentsClosed")
        case .rejected: return s.text("discRejected")
        case .invalid(let fields): return fields.values.sorted().map(s.message).joined(separator: " ")
        case .notFound: return s.text("discNotFound")
        case .notYours: return s.text("discNotYours")
        case .editWindowOver: return s.text("discEditWindowOver")
        }
    }
}
