import Fluent
import Foundation
import Vapor

/// Builds the discussion part of an article page for the request's viewer.
enum DiscussionSection {
    static func model(_ req: Request, articleID: Int, articlePath: String, count: Int, closed: Bool, edition: EditionInfo,
                      state: CommentFormState = .init()) async throws -> DiscussionModel {
        let s = req.newsdesk
        let sort = (try? req.query.get(String.self, at: "sort")).flatMap(CommentSort.init(rawValue:)) ?? .newest
        let cursor = try? req.query.get(String.self, at: "cursor")
        let viewer = req.member
        let page = try await s.discussion.thread(articleID: articleID, viewer: viewer, sort: sort, cursor: cursor, on: req.db)
        let ids = page.comments.flatMap { [$0.id] + $0.replies.map(\.id) }
        let liked = try await s.discussion.liked(by: viewer, among: ids, on: req.db)

        var notice: String?
        var unblockURL: String?
        var canPost = false
        if closed {
            notice = "Comments on this article are closed."
        } else if let viewer {
            do {
                _ = try await s.discussion.checkMayAct(viewer, on: req.db)
                canPost = true
            } catch let error as DiscussionError {
                notice = message(for: error)
                if case .blocked(_, _, let permanent) = error, !permanent { unblockURL = "/account/unblock" }
            }
        }
        let now = s.clock.now()
        func model(_ c: CommentView) -> CommentModel {
            let mine = viewer?.id == c.authorID
            let pendingRules = Set(c.findings.map(\.rule.rawValue)).sorted().joined(separator: ", ")
            return CommentModel(
                id: c.id, authorName: c.authorName, avatar: c.authorAvatar, initial: String(c.authorName.prefix(1)).uppercased(),
                time: EditionClock.articleTime(c.createdAt, zone: edition.timeZone, language: edition.language),
                iso: EditionClock.iso8601(c.createdAt, zone: edition.timeZone), text: c.text, pending: c.status == .pending,
                pendingNote: c.status == .pending ? "Awaiting moderation" + (pendingRules.isEmpty ? "" : " (\(pendingRules))") + ": only you can see this comment." : nil,
                likes: c.likes, liked: liked.contains(c.id), edited: c.editedAt != nil && !c.editedByModerator,
                editedByModerator: c.editedByModerator, deleted: c.deleted, replyToName: c.replyToName, mine: mine,
                canEdit: mine && !c.deleted && now.timeIntervalSince(c.createdAt) <= DiscussionService.editWindow,
                canAct: canPost && !c.deleted, replies: c.replies.map(model))
        }
        let sortLabels: [(CommentSort, String)] = [(.newest, "Newest"), (.oldest, "Oldest"), (.liked, "Most liked")]
        return DiscussionModel(
            articleID: articleID, count: count, closed: closed,
            sorts: sortLabels.map { SortLink(label: $0.1, url: articlePath + "?sort=\($0.0.rawValue)#comments", current: $0.0 == sort) },
            comments: page.comments.map(model),
            nextURL: page.nextCursor.map { articlePath + "?sort=\(sort.rawValue)&cursor=\($0)#comments" },
            canPost: canPost, notice: notice, unblockURL: unblockURL,
            loginURL: viewer == nil && !closed ? "/account/login?next=" + articlePath : nil,
            csrf: viewer == nil ? nil : req.csrfToken,
            formText: state.text, formParentID: state.parentID, formError: state.error, formFindings: state.findings,
            formHighlighted: state.highlighted, reasons: DiscussionPresenter.reasons,
            liveURL: "/threads/\(articleID)/live", postURL: "/threads/\(articleID)")
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
