import Fluent
import Foundation
import Standards

/// When a member's record changes what happens to their comments. Settings, not constants: a desk tunes them.
struct TrustSettings: Sendable {
    /// Published comments needed before low-confidence holds are skipped.
    var trustedAfterApproved = 10
    /// No rejection in this many days for trust.
    var cleanDays: Double = 30
    /// Below this confidence a hold is "low confidence".
    var lowConfidence = 0.7
    /// Pre-moderation when at least this share of the last `recentWindow` decided comments was rejected.
    var premoderationShare = 0.5
    var recentWindow = 10
    var premoderationMinimum = 4
}

enum Standing: String, Sendable {
    case trusted, ordinary, premoderated
}

extension DiscussionService {
    func standing(of userID: Int, on db: any Database) async throws -> Standing {
        let recent = try await Comment.query(on: db).filter(\.$authorID == userID)
            .filter(\.$status ~~ [CommentStatus.published.rawValue, CommentStatus.rejected.rawValue])
            .sort(\.$createdAt, .descending).limit(trust.recentWindow).all()
        let rejected = recent.filter { $0.status == CommentStatus.rejected.rawValue }
        if recent.count >= trust.premoderationMinimum,
           Double(rejected.count) / Double(recent.count) >= trust.premoderationShare { return .premoderated }
        let since = clock.now().addingTimeInterval(-trust.cleanDays * 86_400)
        let recentRejection = try await Comment.query(on: db).filter(\.$authorID == userID)
            .filter(\.$status == CommentStatus.rejected.rawValue).filter(\.$createdAt >= since).count() > 0
        let published = try await Comment.query(on: db).filter(\.$authorID == userID)
            .filter(\.$status == CommentStatus.published.rawValue).count()
        return published >= trust.trustedAfterApproved && !recentRejection ? .trusted : .ordinary
    }

    /// Trusted members skip holds whose findings are all low-confidence; pre-moderated members have every comment held.
    func applyTrust(_ verdict: Verdict, member: Member, on db: any Database) async throws -> Verdict {
        guard verdict.action != .reject else { return verdict }
        switch try await standing(of: member.id, on: db) {
        case .premoderated:
            var held = verdict
            held.action = .hold
            return held
        case .trusted where verdict.action == .hold && verdict.findings.allSatisfy({ $0.confidence < trust.lowConfidence }):
            var published = verdict
            published.action = .publish
            return published
        default:
            return verdict
        }
    }
}
