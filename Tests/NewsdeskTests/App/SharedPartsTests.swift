import Foundation
import NIOConcurrencyHelpers
import Testing
@testable import Newsdesk

/// Parts many pages share are read once, and dropped by the same tags as the pages that show them.
@Suite("Shared page parts")
struct SharedPartsTests {
    final class Reads: Sendable {
        private let box = NIOLockedValueBox(0)
        func next() -> Int { box.withLockedValue { $0 += 1; return $0 } }
        var count: Int { box.withLockedValue { $0 } }
    }

    @Test func aPartIsReadOnceAndReadAgainAfterItsTagIsInvalidated() async throws {
        let cache = PageCache(budgetBytes: 1 << 20)
        let reads = Reads()
        let first = try await cache.shared.value("side:1", tags: ["edition:1"]) { reads.next() }
        let again = try await cache.shared.value("side:1", tags: ["edition:1"]) { reads.next() }
        #expect(first == 1 && again == 1 && reads.count == 1)

        cache.invalidate(tags: ["edition:2", "article:7"])
        #expect(try await cache.shared.value("side:1", tags: ["edition:1"]) { reads.next() } == 1)

        // Whatever drops the edition's pages drops its parts: a publish, or a message from another node.
        cache.invalidateLocally(tags: ["edition:1"])
        #expect(try await cache.shared.value("side:1", tags: ["edition:1"]) { reads.next() } == 2)
        cache.removeAll()
        #expect(try await cache.shared.value("side:1", tags: ["edition:1"]) { reads.next() } == 3)
    }

    @Test func aPartReadWhileAnInvalidationWentByIsUsedOnceAndNotKept() async throws {
        let cache = PageCache(budgetBytes: 1 << 20)
        let reads = Reads()
        let during = try await cache.shared.value("side:1", tags: ["edition:1"]) { () -> Int in
            let n = reads.next()
            cache.invalidate(tags: ["edition:1"])  // an article is published while the old list is being read
            return n
        }
        #expect(during == 1)
        #expect(cache.shared.count == 0)
        #expect(try await cache.shared.value("side:1", tags: ["edition:1"]) { reads.next() } == 2)
    }

    @Test func otherPagesInvalidatedDuringAReadDoNotStopThePartFromBeingKept() async throws {
        let cache = PageCache(budgetBytes: 1 << 20)
        let reads = Reads()
        _ = try await cache.shared.value("side:1", tags: ["edition:1"]) { () -> Int in
            cache.invalidate(tags: ["article:7", "edition:2"])  // a comment posted elsewhere, another edition's publish
            return reads.next()
        }
        #expect(cache.shared.count == 1)
        #expect(try await cache.shared.value("side:1", tags: ["edition:1"]) { reads.next() } == 1)
    }

    @Test func partsExpireAndAreNotKeptWhenTheCacheIsOff() async throws {
        let cache = PageCache(budgetBytes: 1 << 20)
        let reads = Reads()
        let t0 = Date(timeIntervalSince1970: 1_800_000_000)
        _ = try await cache.shared.value("side:1", tags: ["edition:1"], now: t0) { reads.next() }
        #expect(try await cache.shared.value("side:1", tags: ["edition:1"], now: t0 + 30) { reads.next() } == 1)
        #expect(try await cache.shared.value("side:1", tags: ["edition:1"], now: t0 + cache.shared.maxAge) { reads.next() } == 2)

        let off = PageCache(budgetBytes: 0)
        _ = try await off.shared.value("side:1", tags: ["edition:1"]) { reads.next() }
        #expect(try await off.shared.value("side:1", tags: ["edition:1"]) { reads.next() } == 4)
    }

    @Test func aFailedReadKeepsNothing() async throws {
        struct Down: Error {}
        let cache = PageCache(budgetBytes: 1 << 20)
        await #expect(throws: Down.self) {
            _ = try await cache.shared.value("side:1", tags: ["edition:1"]) { () -> Int in throw Down() }
        }
        #expect(cache.shared.count == 0)
    }
}
