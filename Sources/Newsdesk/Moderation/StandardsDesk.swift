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

/// Moderation's judge of new comments: the edition's policy and link allow-list, the spam model moderators'
/// decisions retrain, the standards engine, and the author's standing (trusted members skip low-confidence holds,
/// pre-moderated members are always held).
struct StandardsDesk: CommentJudge {
    let clock: AppClock
    let policies = PolicyStore()
    let spamModel = SpamModelHolder()
    let engines = EngineCache()
    var trust = TrustSettings()

    func verdict(on text: String, context: CommentContext, editionID: Int, author: AuthorRecord, on db: any Database) async throws -> Verdict {
        let edition = try await policies.judgingPolicy(editionID: editionID, on: db)
        var context = context
        context.allowedDomains.formUnion(edition.allowedDomains)
        let verdict = engines.engine(policy: edition.policy, spam: spamModel).evaluate(text, context: context)
        return apply(standing(of: author), to: verdict)
    }

    func standing(of record: AuthorRecord) -> Standing {
        let recent = record.recentRejected.prefix(trust.recentWindow)
        let rejected = recent.filter { $0 }.count
        if recent.count >= trust.premoderationMinimum, Double(rejected) / Double(recent.count) >= trust.premoderationShare {
            return .premoderated
        }
        let since = clock.now().addingTimeInterval(-trust.cleanDays * 86_400)
        let recentRejection = record.lastRejection.map { $0 >= since } ?? false
        return record.published >= trust.trustedAfterApproved && !recentRejection ? .trusted : .ordinary
    }

    func apply(_ standing: Standing, to verdict: Verdict) -> Verdict {
        guard verdict.action != .reject else { return verdict }
        switch standing {
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
