import Fluent
import Foundation
import NIOConcurrencyHelpers
import SQLKit

/// Failed log-ins, counted per account-and-address pair, per address and per account, stored in the database so
/// every node sees them. Nobody is locked out by someone else's guesses:
/// - one account from one address: after `captchaAfter` failures each attempt needs a captcha, and after
///   `delayAfter` the pair waits, twice as long after each further failure (up to `maxDelay`);
/// - one account from anywhere: after `accountCaptchaAfter` failures every address needs a captcha for it;
/// - one address across accounts (credential stuffing): after `addressDelayAfter` failures the address waits.
/// A success resets all three counters; counts older than `memory` are forgotten.
struct LoginThrottle: Sendable {
    let clock: AppClock
    var captchaAfter = 3
    var accountCaptchaAfter = 10
    var delayAfter = 5
    var addressDelayAfter = 30
    var firstDelay: TimeInterval = 5
    var maxDelay: TimeInterval = 15 * 60
    var memory: TimeInterval = 15 * 60

    struct State: Sendable, Equatable {
        /// This account from this address failed `captchaAfter` times.
        var pairNeedsCaptcha: Bool
        /// This account failed `accountCaptchaAfter` times from anywhere.
        var accountNeedsCaptcha: Bool
        var needsCaptcha: Bool { pairNeedsCaptcha || accountNeedsCaptcha }
        /// Seconds until the next attempt is taken; nil when it is taken now.
        var retryAfter: Int?
    }

    private static func keys(email: String, ip: String) -> (pair: String, address: String, account: String) {
        ("pair:\(email)|\(ip)", "ip:\(ip)", "account:\(email)")
    }

    func state(email: String, ip: String, on db: any Database) async throws -> State {
        let k = Self.keys(email: email, ip: ip)
        let rows = try await LoginThrottleRow.query(on: db).filter(\.$key ~~ [k.pair, k.address, k.account]).all()
        let now = clock.now()
        func failures(_ key: String) -> Int {
            guard let row = rows.first(where: { $0.key == key }), !isStale(row, now: now) else { return 0 }
            return row.failures
        }
        let until = rows.filter { $0.key != k.account }.compactMap(\.lockedUntil).filter { $0 > now }.max()
        return State(pairNeedsCaptcha: failures(k.pair) >= captchaAfter, accountNeedsCaptcha: failures(k.account) >= accountCaptchaAfter,
                     retryAfter: until.map { max(1, Int($0.timeIntervalSince(now).rounded(.up))) })
    }

    /// Records a failure of this account from this address.
    func fail(email: String, ip: String, on db: any Database) async throws {
        let k = Self.keys(email: email, ip: ip)
        try await bump(k.pair, delayAfter: delayAfter, on: db)
        try await bump(k.address, delayAfter: addressDelayAfter, on: db)
        try await bump(k.account, delayAfter: nil, on: db)
    }

    func succeed(email: String, ip: String, on db: any Database) async throws {
        let k = Self.keys(email: email, ip: ip)
        try await LoginThrottleRow.query(on: db).filter(\.$key ~~ [k.pair, k.address, k.account]).delete()
    }

    /// After a password reset the account's own counters start again (the addresses' stay).
    func forgive(email: String, on db: any Database) async throws {
        try await LoginThrottleRow.query(on: db).group(.or) { $0.filter(\.$key == "account:\(email)").filter(\.$key =~ "pair:\(email)|") }.delete()
    }

    private func isStale(_ row: LoginThrottleRow, now: Date) -> Bool {
        row.updatedAt < now.addingTimeInterval(-memory) && (row.lockedUntil ?? .distantPast) <= now
    }

    private func bump(_ key: String, delayAfter: Int?, on db: any Database) async throws {
        let now = clock.now()
        let row = try await LoginThrottleRow.query(on: db).filter(\.$key == key).first() ?? {
            let r = LoginThrottleRow()
            r.key = key
            r.failures = 0
            return r
        }()
        if row.id != nil, isStale(row, now: now) { row.failures = 0; row.lockedUntil = nil }
        row.failures += 1
        row.updatedAt = now
        if let delayAfter, row.failures >= delayAfter {
            let wait = min(maxDelay, firstDelay * pow(2, Double(min(row.failures - delayAfter, 20))))
            row.lockedUntil = now.addingTimeInterval(wait)
        }
        try await row.save(on: db)
    }
}

/// Fixed-window rate limits: at most `limit` hits per `window` seconds per key.
///
/// Where they are counted depends on the store:
/// - SQLite serves one node, so the counts live in this process's memory (`Counts`). A count written to the file was
///   a commit of its own, so one post paid two commits where the comment needs one.
/// - PostgreSQL may serve several nodes: the counts are rows every node shares (`rate_counters`, an unlogged table
///   there, since a count needs no crash safety and should not wait for the log).
///
/// A restart forgets in-memory counts: at most one window's worth of hits more for anyone.
struct RateLimiter: Sendable {
    let clock: AppClock
    /// nil: counted in the database (several nodes).
    let memory: Counts?
    /// Counted in the database, batched (several nodes); nil in memory.
    let shared: SharedCounts?

    init(clock: AppClock, inMemory: Bool = false) {
        self.clock = clock
        self.memory = inMemory ? Counts() : nil
        self.shared = inMemory ? nil : SharedCounts()
    }

    /// A window of one key: its name and when it started (seconds since 1970).
    struct Window: Hashable, Sendable {
        let key: String
        let start: Int
    }

    /// Hits counted in `rate_counters`, which every node shares. Hits that arrive while a count is on its way to the
    /// database are counted together in the next statement, one row per window with the batch's number of hits, and
    /// each caller gets the count its own hit made, as if the hits had been counted one at a time in the order they
    /// arrived. Every comment post counts three windows: one upsert per post was a round trip and a row update of its
    /// own on PostgreSQL.
    final class SharedCounts: Sendable {
        private struct Waiting {
            let windows: [Window]
            let done: CheckedContinuation<[Int], any Error>
        }

        private let state = NIOLockedValueBox<(waiting: [Waiting], sending: Bool)>(([], false))
        /// Most callers counted in one statement.
        static let maxBatch = 200

        /// The count of each window after this hit, in the order given. `sql` may count other callers' hits too, so
        /// it is the pool (a request's `db`), never a transaction.
        func hit(_ windows: [Window], on sql: any SQLDatabase) async throws -> [Int] {
            try await withCheckedThrowingContinuation { done in
                let start = state.withLockedValue { s -> Bool in
                    s.waiting.append(Waiting(windows: windows, done: done))
                    guard !s.sending else { return false }
                    s.sending = true
                    return true
                }
                if start { Task { await self.drain(sql) } }
            }
        }

        private func drain(_ sql: any SQLDatabase) async {
            while true {
                let batch = state.withLockedValue { s -> [Waiting] in
                    let taken = Array(s.waiting.prefix(Self.maxBatch))
                    s.waiting.removeFirst(taken.count)
                    if taken.isEmpty { s.sending = false }
                    return taken
                }
                if batch.isEmpty { return }
                var added: [Window: Int] = [:]
                for w in batch.flatMap(\.windows) { added[w, default: 0] += 1 }
                do {
                    let totals = try await Self.count(added, on: sql)
                    var handed: [Window: Int] = [:]
                    for caller in batch {
                        caller.done.resume(returning: caller.windows.map { w in
                            handed[w, default: 0] += 1
                            return (totals[w] ?? 0) - (added[w] ?? 0) + (handed[w] ?? 0)
                        })
                    }
                } catch {
                    batch.forEach { $0.done.resume(throwing: error) }
                }
            }
        }

        /// Adds each window's hits in one upsert; the windows' totals after it.
        private static func count(_ added: [Window: Int], on sql: any SQLDatabase) async throws -> [Window: Int] {
            var statement: SQLQueryString = "INSERT INTO rate_counters (key, window_start, hits) VALUES "
            for (i, (window, hits)) in added.sorted(by: { ($0.key.key, $0.key.start) < ($1.key.key, $1.key.start) }).enumerated() {
                statement.appendLiteral(i == 0 ? "(" : ", (")
                statement.appendInterpolation(bind: window.key)
                statement.appendLiteral(", ")
                statement.appendInterpolation(bind: window.start)
                statement.appendLiteral(", ")
                statement.appendInterpolation(bind: hits)
                statement.appendLiteral(")")
            }
            statement.appendLiteral("""
                 ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_counters.hits + excluded.hits
                RETURNING key, window_start, hits
                """)
            var totals: [Window: Int] = [:]
            for row in try await sql.raw(statement).all() {
                let window = Window(key: try row.decode(column: "key", as: String.self),
                                    start: try row.decode(column: "window_start", as: Int.self))
                totals[window] = try row.decode(column: "hits", as: Int.self)
            }
            return totals
        }
    }

    /// Counts per key in the current window of each key, in memory. Keys of ended windows are dropped when the
    /// table grows past `sweepAt` and by `prune`.
    final class Counts: Sendable {
        private let table = NIOLockedValueBox<[String: (start: Int, hits: Int)]>([:])
        static let sweepAt = 100_000

        /// Counts one hit on each key in its window; returns each key's hits.
        func hit(_ keys: [(key: String, start: Int, end: Int)], now: Int) -> [String: Int] {
            table.withLockedValue { table in
                if table.count > Self.sweepAt { Self.sweep(&table, now: now) }
                var out: [String: Int] = [:]
                for k in keys {
                    let hits = table[k.key].map { $0.start == k.start ? $0.hits + 1 : 1 } ?? 1
                    table[k.key] = (k.start, hits)
                    out[k.key] = hits
                }
                return out
            }
        }

        func prune(now: Int) { table.withLockedValue { Self.sweep(&$0, now: now) } }

        /// No window is longer than a day: anything started a day ago has ended.
        private static func sweep(_ table: inout [String: (start: Int, hits: Int)], now: Int) {
            table = table.filter { $0.value.start > now - 86_400 }
        }

        var count: Int { table.withLockedValue { $0.count } }
    }

    /// One limit: at most `limit` hits per `window` seconds for `key`.
    struct Limit: Sendable {
        let key: String
        let limit: Int
        let window: Int
    }

    /// Counts a hit; throws `AccountError.rateLimited` when the key is over its limit.
    func hit(_ key: String, limit: Int, window: Int, on db: any Database) async throws {
        try await hit([Limit(key: key, limit: limit, window: window)], on: db)
    }

    /// Counts a hit on every limit (in one statement with other callers' hits on PostgreSQL), and throws `AccountError.rateLimited` with the longest wait when any is over.
    func hit(_ limits: [Limit], on db: any Database) async throws {
        guard !limits.isEmpty else { return }
        let now = Int(clock.now().timeIntervalSince1970)
        if let memory {
            let windows = limits.map { l in (key: l.key, start: now - now % l.window, end: now - now % l.window + l.window) }
            let hits = memory.hit(windows, now: now)
            var wait = 0
            for (l, w) in zip(limits, windows) where (hits[l.key] ?? 0) > l.limit { wait = max(wait, w.end - now) }
            if wait > 0 { throw AccountError.rateLimited(retryAfter: wait) }
            return
        }
        guard let sql = db as? any SQLDatabase, let shared else { return }
        let windows = limits.map { l in Window(key: l.key, start: now - now % l.window) }
        let counts = try await shared.hit(windows, on: sql)
        var wait = 0
        for (l, (w, hits)) in zip(limits, zip(windows, counts)) where hits > l.limit { wait = max(wait, w.start + l.window - now) }
        if wait > 0 { throw AccountError.rateLimited(retryAfter: wait) }
    }

    /// Old windows are useless; the purge job calls this.
    func prune(on db: any Database) async throws {
        let cutoff = Int(clock.now().timeIntervalSince1970) - 86_400
        memory?.prune(now: cutoff + 86_400)
        try await RateCounter.query(on: db).filter(\.$windowStart < cutoff).delete()
    }
}
