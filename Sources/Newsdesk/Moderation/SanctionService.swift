import Fluent
import Foundation

/// Whether a member is blocked, and why. The moderation desk writes sanctions; every feature that lets a member
/// act asks here.
struct SanctionService: Sendable {
    struct Block: Sendable, Equatable {
        let rule: String
        let reason: String
        let permanent: Bool
        let since: Date
    }

    func activeBlock(userID: Int, on db: any Database) async throws -> Block? {
        guard let s = try await Sanction.query(on: db).filter(\.$userID == userID).filter(\.$liftedAt == nil)
            .sort(\.$createdAt, .descending).first() else { return nil }
        return Block(rule: s.rule, reason: s.reason, permanent: s.permanent, since: s.createdAt)
    }
}
