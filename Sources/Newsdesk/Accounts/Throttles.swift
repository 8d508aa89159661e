import Fluent
import Foundation
import SQLKit

/// Failed log-ins per key ("account:<email>", "ip:<address>"): after `maxFailures` in a row the key is locked for
/// `lockDuration`. Stored in the database so the lock holds on every node.
struct LoginThrottle: Sendable {
    let clock: AppClock
    var maxFailures = 10
    var lockDuration: TimeInterval = 15 * 60

    func lockedUntil(_ keys: [String], on db: any Database) async throws -> Date? {
        let now = clock.now()
        let rows = try await LoginThrottleRow.query(on: db).filter(\.$key ~~ keys).all()
        return rows.compactMap(\.lockedUntil).filter { $0 > now }.max()
    }

    /// Records a failure; returns the failures in a row for the worst key.
    @discardableResult
    func fail(_ keys: [String], on db: any Database) async throws -> Int {
        let now = clock.now()
        var worst = 0
        for key in keys {
            let row = try await LoginThrottleRow.query(on: db).filter(\.$key == key).first() ?? {
                let r = LoginThrottleRow()
                r.key = key
                r.failures = 0
                return r
            }()
            if let until = row.lockedUntil, until <= now { row.failures = 0; row.lockedUntil = nil }
            row.failures += 1
            row.updatedAt = now
            if row.failures >= maxFailures { row.lockedUntil = now.addingTimeInterval(lockDuration) }
            try await row.save(on: db)
            worst = max(worst, row.failures)
        }
        return worst
    }

    func succeed(_ keys: [String], on db: any Database) async throws {
        try await LoginThrottleRow.query(on: db).filter(\.$key ~~ keys).delete()
    }
}

/// Fixed-window rate limits shared by all nodes: at most `limit` hits per `window` seconds per key.
struct RateLimiter: Sendable {
    let clock: AppClock

    /// Counts a hit; throws `AccountError.rateLimited` when the key is over its limit.
    func hit(_ key: String, limit: Int, window: Int, on db: any Database) async throws {
        let now = Int(clock.now().timeIntervalSince1970)
        let start = now - now % window
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.raw("""
            INSERT INTO rate_counters (key, window_start, hits) VALUES (\(bind: key), \(bind: start), 1)
            ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_counters.hits + 1
            """).run()
        let hits = try await RateCounter.query(on: db).filter(\.$key == key).filter(\.$windowStart == start).first()?.hits ?? 0
        if hits > limit { throw AccountError.rateLimited(retryAfter: start + window - now) }
    }

    /// Old windows are useless; the purge job calls this.
    func prune(on db: any Database) async throws {
        let cutoff = Int(clock.now().timeIntervalSince1970) - 86_400
        try await RateCounter.query(on: db).filter(\.$windowStart < cutoff).delete()
    }
}
