import Fluent
import Foundation
import Logging
import NIOConcurrencyHelpers
import SQLKit

/// Counts article views in memory and writes them in batches: one UPDATE per article per flush instead of a write
/// per view. A graceful shutdown flushes what is pending; a crash loses at most one interval.
/// Counting is a few instructions under a lock, so a cached page can count its view without leaving the event loop.
final class ViewCounter: Sendable {
    private let pending = NIOLockedValueBox<[Int: Int]>([:])

    func record(_ articleID: Int) {
        pending.withLockedValue { $0[articleID, default: 0] += 1 }
    }

    var pendingCount: Int { pending.withLockedValue { $0.values.reduce(0, +) } }

    /// Writes pending counts in one transaction. On failure the counts go back into the buffer, so nothing is lost.
    /// Returns the ids whose counters changed.
    @discardableResult
    func flush(on db: any Database, logger: Logger) async -> [Int] {
        let batch = pending.withLockedValue { p -> [Int: Int] in
            defer { p = [:] }
            return p
        }
        guard !batch.isEmpty else { return [] }
        do {
            try await db.transaction { tx in
                guard let sql = tx as? any SQLDatabase else { return }
                for (id, count) in batch.sorted(by: { $0.key < $1.key }) {
                    try await sql.update(Article.schema)
                        .set(SQLIdentifier("views"), to: SQLBinaryExpression(SQLIdentifier("views"), .add, SQLBind(count)))
                        .where("id", .equal, id)
                        .run()
                }
            }
            return Array(batch.keys)
        } catch {
            pending.withLockedValue { p in
                for (id, count) in batch { p[id, default: 0] += count }
            }
            logger.error("view counter flush failed; counts kept for the next try",
                         metadata: ["articles": "\(batch.count)", "error": "\(String(reflecting: error))"])
            return []
        }
    }
}
