import Foundation
import Testing
@testable import Newsdesk

/// Rate limits every node shares (PostgreSQL; the same table works on SQLite, where these tests also run): hits that
/// arrive together are counted in one statement, and each is judged by the count its own hit made.
@Suite("Rate limits counted in the shared table")
struct SharedRateLimitTests {
    typealias M = InMemoryRateLimitTests

    @Test func concurrentHitsLetExactlyTheLimitThroughAndCountEveryHit() async throws {
        try await withTestApp { app in
            let clock = M.Clock()
            let limiter = RateLimiter(clock: clock.app)
            let limits: [RateLimiter.Limit] = [.init(key: "comment:member:7", limit: 5, window: 60),
                                               .init(key: "comment:ip:198.51.100.7", limit: 12, window: 60)]
            let db = app.db
            let waits = await withTaskGroup(of: Int?.self) { group in
                for _ in 0..<20 { group.addTask { await M.retryAfter { try await limiter.hit(limits, on: db) } } }
                return await group.reduce(into: [Int?]()) { $0.append($1) }
            }
            #expect(waits.filter { $0 == nil }.count == 5, "five of twenty hits pass a limit of five")
            #expect(waits.compactMap { $0 }.allSatisfy { $0 == 50 }, "the rest wait for the minute's end, 50 s away")
            // Every hit counted, refused ones included: the address has had 20 hits, over its limit of 12.
            #expect(await M.retryAfter { try await limiter.hit("comment:ip:198.51.100.7", limit: 12, window: 60, on: db) } == 50)
            // Another key is counted apart; a new minute starts from zero.
            #expect(await M.retryAfter { try await limiter.hit("comment:member:8", limit: 5, window: 60, on: db) } == nil)
            clock.now.withLockedValue { $0 += 60 }
            #expect(await M.retryAfter { try await limiter.hit(limits, on: db) } == nil)
        }
    }
}
