import Fluent
import Foundation
import Standards

/// What the moderation desk asks of Discussion: the comments waiting for a decision, a member's record, and the
/// changes moderators make. Moderation never touches Discussion's tables itself.
extension DiscussionService {
    struct QueuePage: Sendable {
        let comments: [CommentView]
        /// Open reports per comment id.
        let reports: [Int: [(rule: String, text: String?)]]
        let hasMore: Bool
    }

    /// Held comments and comments with open reports, newest or oldest first.
    func awaitingDecision(rule: String?, articleIDs: [Int]?, authorID: Int?, oldestFirst: Bool, offset: Int, limit: Int,
                          on db: any Database) async throws -> QueuePage {
        let reported = try await CommentReport.query(on: db).filter(\.$resolvedAt == nil).field(\.$id).field(\.$commentID).all().map(\.commentID)
        var q = Comment.query(on: db).filter(\.$deletedAt == nil).group(.or) { or in
            or.filter(\.$status == CommentStatus.pending.rawValue)
            if !reported.isEmpty { or.filter(\.$id ~~ Set(reported)) }
        }
        if let rule { q = q.filter(\.$findings ~~ "\"\(rule)\"") }
        if let articleIDs { q = q.filter(\.$articleID ~~ articleIDs) }
        if let authorID { q = q.filter(\.$authorID == authorID) }
        q = oldestFirst ? q.sort(\.$createdAt, .ascending).sort(\.$id, .ascending) : q.sort(\.$createdAt, .descending).sort(\.$id, .descending)
        let start = min(max(0, offset), Self.maxOffset)
        let rows = try await q.range(start..<(start + limit + 1)).all()
        let page = Array(rows.prefix(limit))
        let comments = try await views(page, on: db)
        var reports: [Int: [(rule: String, text: String?)]] = [:]
        let ids = comments.map(\.id)
        if !ids.isEmpty {
            for r in try await CommentReport.query(on: db).filter(\.$commentID ~~ ids).filter(\.$resolvedAt == nil).sort(\.$id).all() {
                reports[r.commentID, default: []].append((r.rule, r.text))
            }
        }
        return QueuePage(comments: comments, reports: reports, hasMore: rows.count > limit)
    }

    /// A member's latest comments in any state, newest first (the desk's member page).
    func latestComments(of userID: Int, limit: Int, on db: any Database) async throws -> [CommentView] {
        try await views(Comment.query(on: db).filter(\.$authorID == userID).sort(\.$createdAt, .descending).limit(limit).all(), on: db)
    }

    /// How a member's comments fared: published, held, rejected.
    func record(of userID: Int, on db: any Database) async throws -> (published: Int, held: Int, rejected: Int) {
        func count(_ status: CommentStatus) async throws -> Int {
            try await Comment.query(on: db).filter(\.$authorID == userID).filter(\.$status == status.rawValue).count()
        }
        return (try await count(.published), try await count(.pending), try await count(.rejected))
    }

    /// The outcome of a moderator's decision, for the desk's audit entry and mail.
    struct Moderated: Sendable {
        let articleID: Int
        let authorID: Int
        let text: String
        let statusBefore: String
        let statusAfter: String
    }

    /// Approves, rejects or deletes a comment and resolves its reports, inside the caller's transaction.
    func moderate(commentID: Int, action: ModerationAction, on tx: any Database) async throws -> Moderated {
        guard let comment = try await Comment.find(commentID, on: tx), comment.deletedAt == nil else { throw DiscussionError.notFound }
        let before = comment.status
        switch action {
        case .approve: comment.status = CommentStatus.published.rawValue
        case .reject: comment.status = CommentStatus.rejected.rawValue
        case .delete: comment.deletedAt = clock.now()
        }
        try await comment.update(on: tx)
        try await CommentReport.query(on: tx).filter(\.$commentID == commentID).filter(\.$resolvedAt == nil)
            .set(\.$resolvedAt, to: clock.now()).update()
        try await recount(articleID: comment.articleID, on: tx)
        return Moderated(articleID: comment.articleID, authorID: comment.authorID, text: comment.text, statusBefore: before,
                         statusAfter: action == .delete ? "deleted" : comment.status)
    }

    /// A moderator's edit: the old text is kept as a version and the comment says a moderator edited it.
    func moderatorEdit(commentID: Int, text: String, editorID: Int, on tx: any Database) async throws -> Moderated {
        guard let comment = try await Comment.find(commentID, on: tx), comment.deletedAt == nil else { throw DiscussionError.notFound }
        let before = comment.text
        let version = CommentVersion()
        version.commentID = commentID
        version.text = before
        version.editedBy = editorID
        version.createdAt = clock.now()
        try await version.create(on: tx)
        comment.text = text
        comment.editedByModerator = true
        comment.editedAt = clock.now()
        try await comment.update(on: tx)
        return Moderated(articleID: comment.articleID, authorID: comment.authorID, text: before, statusBefore: comment.status,
                         statusAfter: comment.status)
    }

    /// After a decision has committed: pages of the thread are dropped and readers see an approved comment arrive.
    func moderated(_ m: Moderated, commentID: Int, approved: Bool) async {
        await changed(articleID: m.articleID)
        if approved { live.publish(.thread(m.articleID), LiveEvent(id: commentID, name: "comment", data: "{\"id\":\(commentID)}")) }
    }
}
