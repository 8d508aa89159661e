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

/// Builds the discussion part of an article page for its viewer.
enum DiscussionSection {
    static func build(_ ctx: PageContext, articleID: Int, slug: String, count: Int, closed: Bool,
                      content: DiscussionContent, state: CommentFormState = .init()) -> DiscussionModel {
        let viewer = ctx.viewer
        let prefix = ctx.edition.pathPrefix
        var notice: String?
        var unblockURL: String?
        var canPost = false
        if closed {
            notice = "Comments on this article are closed."
        } else if viewer != nil {
            if let refusal = content.refusal {
                notice = message(for: refusal)
                if case .blocked(_, _, let permanent) = refusal, !permanent { unblockURL = Paths.unblock }
            } else {
                canPost = true
            }
        }
        let edition = ctx.edition
        func model(_ c: CommentView) -> CommentModel {
            let mine = viewer?.id == c.authorID
            let pendingRules = Set(c.findings.map(\.rule.rawValue)).sorted().joined(separator: ", ")
            return CommentModel(
                id: c.id, likeURL: Paths.commentLike(c.id), reportURL: Paths.commentReport(c.id),
                deleteURL: Paths.commentDelete(c.id), editURL: Paths.commentEdit(c.id), authorName: c.authorName, avatar: c.authorAvatar, initial: String(c.authorName.prefix(1)).uppercased(),
                time: EditionClock.articleTime(c.createdAt, zone: edition.timeZone, language: edition.language),
                iso: EditionClock.iso8601(c.createdAt, zone: edition.timeZone), text: c.text, pending: c.status == .pending,
                pendingNote: c.status == .pending ? "Awaiting moderation" + (pendingRules.isEmpty ? "" : " (\(pendingRules))") + ": only you can see this comment." : nil,
                likes: c.likes, liked: content.liked.contains(c.id), edited: c.editedAt != nil && !c.editedByModerator,
                editedByModerator: c.editedByModerator, deleted: c.deleted, replyToName: c.replyToName, mine: mine,
                canEdit: mine && !c.deleted && ctx.now.timeIntervalSince(c.createdAt) <= DiscussionService.editWindow,
                canAct: canPost && !c.deleted, replies: c.replies.map(model))
        }
        let sortLabels: [(CommentSort, String)] = [(.newest, "Newest"), (.oldest, "Oldest"), (.liked, "Most liked")]
        return DiscussionModel(
            articleID: articleID, count: count, closed: closed,
            sorts: sortLabels.map {
                SortLink(label: $0.1, url: Paths.article(prefix, slug, sort: $0.0.rawValue, fragment: "comments"), current: $0.0 == content.sort)
            },
            comments: content.thread.comments.map(model),
            nextURL: content.thread.nextCursor.map { Paths.article(prefix, slug, sort: content.sort.rawValue, cursor: $0, fragment: "comments") },
            canPost: canPost, notice: notice, unblockURL: unblockURL,
            loginURL: viewer == nil && !closed ? Paths.login(next: Paths.article(prefix, slug)) : nil,
            csrf: viewer == nil ? nil : ctx.csrf,
            formText: state.text, formParentID: state.parentID, formError: state.error, formFindings: state.findings,
            formHighlighted: state.highlighted, reasons: DiscussionPresenter.reasons,
            liveURL: Paths.threadLive(articleID), postURL: Paths.thread(articleID))
    }

    static func message(for error: DiscussionError) -> String {
        switch error {
        case .notLoggedIn: return "Log in to take part in the discussion."
        case .unconfirmed: return "Confirm your e-mail address to comment: follow the link we sent you."
        case .blocked(let rule, let reason, let permanent):
            return permanent
                ? "Your account is blocked permanently for breaking the community standards (\(rule)): \(reason). You can still read."
                : "Your account is blocked for breaking the community standards (\(rule)): \(reason). You can still read, and you may ask to be unblocked."
        case .closed: return "Comments on this article are closed."
        case .rejected: return "Your comment was not published: it breaks the community standards. Edit it and send it again."
        case .invalid(let fields): return fields.values.sorted().joined(separator: " ")
        case .notFound: return "This comment or article is not available."
        case .notYours: return "Only the author can change this comment."
        case .editWindowOver: return "Comments can be edited for 15 minutes after posting."
        }
    }
}
