import Fluent
import Foundation

/// Comments brought in from another system (the WordPress importer): their time, status, thread and likes are the
/// source's, so the engine, rate limits and live events of posting do not apply. Runs in the caller's transaction.
extension DiscussionService {
    struct ImportedComment: Sendable, Equatable {
        var articleID: Int
        var authorID: Int
        /// An imported comment of the same article; nil for a top-level comment.
        var parentID: Int?
        /// The parent's thread (its root), when the caller knows it: saves reading the parent.
        var rootID: Int? = nil
        var text: String
        var status: CommentStatus
        var createdAt: Date
        var likes: Int
    }

    /// Creates the comment (`replacing: nil`) or rewrites an earlier import of it.
    func importComment(_ c: ImportedComment, replacing id: Int?, on db: any Database) async throws -> Int {
        var rootID: Int?
        var parentID: Int?
        if let pid = c.parentID, let root = c.rootID {
            parentID = pid
            rootID = root
        } else if let pid = c.parentID, let parent = try await Comment.find(pid, on: db), parent.articleID == c.articleID {
            parentID = pid
            rootID = parent.rootID ?? pid
        }
        var comment = Comment()
        if let id, let found = try await Comment.find(id, on: db) { comment = found }
        comment.articleID = c.articleID
        comment.parentID = parentID
        comment.rootID = rootID
        comment.authorID = c.authorID
        comment.text = String(Self.normalise(c.text).prefix(Self.maxLength))
        comment.status = c.status.rawValue
        if comment.id == nil { comment.findings = "[]" }
        comment.likes = max(0, c.likes)
        comment.createdAt = c.createdAt
        comment.editedByModerator = false
        try await comment.save(on: db)
        return try comment.requireID()
    }

    /// After a batch: the counters of the articles that got comments, and their cached pages.
    func importFinished(articleIDs: Set<Int>, on db: any Database) async throws {
        for id in articleIDs.sorted() {
            try await recount(articleID: id, on: db)
            await changed(articleID: id)
        }
    }
}
