import Fluent
import Foundation
import Standards

/// A member's record as Discussion knows it: what the judge's trust rules look at.
struct AuthorRecord: Sendable, Equatable {
    /// Whether each of the member's most recent decided comments (published or rejected) was rejected, newest first.
    let recentRejected: [Bool]
    let published: Int
    let lastRejection: Date?

    /// How many recent decisions Discussion gathers; the judge looks at as many as its settings say.
    static let window = 20
}

/// The one thing Discussion asks of Moderation before storing a post: the verdict on it, from the edition's policy,
/// the spam model, the standards engine and the author's standing. Discussion gathers the context from its own
/// data and other services; the judge decides.
protocol CommentJudge: Sendable {
    func verdict(on text: String, context: CommentContext, editionID: Int, author: AuthorRecord, on db: any Database) async throws -> Verdict
}

extension DiscussionService {
    func authorRecord(of userID: Int, on db: any Database) async throws -> AuthorRecord {
        let recent = try await Comment.query(on: db).filter(\.$authorID == userID)
            .filter(\.$status ~~ [CommentStatus.published.rawValue, CommentStatus.rejected.rawValue])
            .sort(\.$createdAt, .descending).limit(AuthorRecord.window).all()
        let lastRejection = try await Comment.query(on: db).filter(\.$authorID == userID)
            .filter(\.$status == CommentStatus.rejected.rawValue).sort(\.$createdAt, .descending).first()?.createdAt
        let published = try await Comment.query(on: db).filter(\.$authorID == userID)
            .filter(\.$status == CommentStatus.published.rawValue).count()
        return AuthorRecord(recentRejected: recent.map { $0.status == CommentStatus.rejected.rawValue },
                            published: published, lastRejection: lastRejection)
    }
}
