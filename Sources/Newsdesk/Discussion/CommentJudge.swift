import Fluent
import Foundation
import SQLKit
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
            .sort(\.$createdAt, .descending).limit(AuthorRecord.window).field(\.$id).field(\.$status).all()
        return try await authorRecord(of: userID, recentStatuses: recent.map(\.status), on: db)
    }

    /// The record from the statuses of the member's most recent decided comments (newest first) and one aggregate
    /// query for the rest: how many were published, and when the last one was rejected.
    func authorRecord(of userID: Int, recentStatuses: [String], on db: any Database) async throws -> AuthorRecord {
        var published = 0
        var lastRejection: Date?
        if let sql = db as? any SQLDatabase {
            let row = try await sql.raw("""
                SELECT COUNT(CASE WHEN status = 'published' THEN 1 END) AS published,
                       MAX(CASE WHEN status = 'rejected' THEN created_at END) AS last_rejection
                FROM comments WHERE author_id = \(bind: userID)
                """).first()
            published = try row?.decode(column: "published", as: Int.self) ?? 0
            lastRejection = try row?.decode(column: "last_rejection", as: Date?.self)
        } else {
            published = try await Comment.query(on: db).filter(\.$authorID == userID)
                .filter(\.$status == CommentStatus.published.rawValue).count()
            lastRejection = try await Comment.query(on: db).filter(\.$authorID == userID)
                .filter(\.$status == CommentStatus.rejected.rawValue).sort(\.$createdAt, .descending).first()?.createdAt
        }
        return Self.authorRecord(recentStatuses: recentStatuses, published: published, lastRejection: lastRejection)
    }

    /// The record from the author's recent decisions (newest first) and their totals.
    static func authorRecord(recentStatuses: [String], published: Int, lastRejection: Date?) -> AuthorRecord {
        AuthorRecord(recentRejected: recentStatuses.prefix(AuthorRecord.window).map { $0 == CommentStatus.rejected.rawValue },
                     published: published, lastRejection: lastRejection)
    }
}
