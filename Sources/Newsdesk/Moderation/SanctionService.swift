import Fluent
import Foundation
import SQLKit

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
        // Asked before every like and report: a plain row. A post reads it within its context statement.
        guard let sql = db as? any SQLDatabase, let row = try await sql.raw(Self.activeBlockQuery(userID: userID)).first() else { return nil }
        return Block(rule: try row.decode(column: "rule", as: String.self), reason: try row.decode(column: "reason", as: String.self),
                     permanent: try row.decode(column: "permanent", as: Bool.self), since: try row.decode(column: "created_at", as: Date.self))
    }

    /// The member's active block as a query (`rule`, `reason`, `permanent`, `created_at`; no row when none), for
    /// statements that read it together with other things.
    static func activeBlockQuery(userID: Int) -> SQLQueryString {
        """
        SELECT rule, reason, permanent, created_at FROM sanctions WHERE user_id = \(bind: userID) AND lifted_at IS NULL
        ORDER BY created_at DESC LIMIT 1
        """
    }
}
