import Fluent
import Foundation
import NIOConcurrencyHelpers
import Standards
import Testing
@testable import Newsdesk

/// On SQLite (one node) rate limits are counted in memory: the same fixed windows as the shared table, so a limit
/// holds within its window, the wait is to the window's end, a new window starts from zero, every limit of a hit
/// counts, and ended windows are forgotten.
@Suite("Rate limits counted in memory; the engine's context analysed once")
struct InMemoryRateLimitTests {
    final class Clock: Sendable {
        let now = NIOLockedValueBox(Date(timeIntervalSince1970: 1_800_000_010))
        var app: AppClock { AppClock { [now] in now.withLockedValue { $0 } } }
    }

    static func retryAfter(_ body: () async throws -> Void) async -> Int? {
        do { try await body(); return nil } catch AccountError.rateLimited(let wait) { return wait } catch { return -1 }
    }

    @Test func aLimitHoldsForItsWindowAndStartsAgainInTheNext() async throws {
        try await withTestApp { app in
            let clock = Clock()
            let limiter = RateLimiter(clock: clock.app, inMemory: true)
            let limits: [RateLimiter.Limit] = [.init(key: "comment:member:7", limit: 5, window: 60),
                                               .init(key: "comment:member-hour:7", limit: 7, window: 3600)]
            for _ in 1...5 { #expect(await Self.retryAfter { try await limiter.hit(limits, on: app.db) } == nil) }
            // 10 s into the minute (1_800_000_010 is 10 s past a multiple of 60): 50 s to wait.
            #expect(await Self.retryAfter { try await limiter.hit(limits, on: app.db) } == 50)
            // Another member is not held up.
            #expect(await Self.retryAfter { try await limiter.hit("comment:member:8", limit: 5, window: 60, on: app.db) } == nil)

            clock.now.withLockedValue { $0 += 60 }
            // The minute starts again, but the hour has had 6 hits: the 8th within it is refused until the hour ends.
            #expect(await Self.retryAfter { try await limiter.hit(limits, on: app.db) } == nil)
            let wait = await Self.retryAfter { try await limiter.hit(limits, on: app.db) }
            #expect(wait == 3600 - (1_800_000_070 % 3600))

            // Pruning forgets windows that ended a day ago, not the current ones.
            #expect(limiter.memory?.count == 3)
            clock.now.withLockedValue { $0 += 2 * 86_400 }
            try await limiter.prune(on: app.db)
            #expect(limiter.memory?.count == 0)
        }
    }

    @Test func earlierCommentsAreAnalysedOnceAndAgainWhenTheirTextChanges() {
        let memory = JudgingMemory(capacity: 3)
        let t = Date(timeIntervalSince1970: 1_800_000_000)
        let first = memory.prior(id: 1, text: "The harbour wall held overnight.", author: "7", time: t)
        #expect(first.text == "The harbour wall held overnight.")
        let again = memory.prior(id: 1, text: "The harbour wall held overnight.", author: "7", time: t)
        #expect(again.text == first.text)
        // Edited: the new text is what the engine sees.
        let edited = memory.prior(id: 1, text: "The harbour wall broke overnight.", author: "7", time: t)
        #expect(edited.text == "The harbour wall broke overnight.")
        // The article: a revision is analysed again.
        let a = memory.article(id: 3, title: "Storm", summary: "Coast", bodyMarkdown: "The **storm** hit the coast.")
        #expect(a.text.contains("The storm hit the coast."))
        let b = memory.article(id: 3, title: "Storm", summary: "Coast", bodyMarkdown: "The storm left the coast.")
        #expect(b.text.contains("left the coast"))
        // Bounded: past its capacity it starts again instead of growing.
        for id in 2...10 { _ = memory.prior(id: id, text: "comment \(id)", author: "7", time: t) }
        #expect(memory.count <= 3)
    }

    /// The engine's view of a thread is kept between posts: a post reads only the comments since the newest one
    /// kept, so a comment written meanwhile (here straight into the table, as another node would) is in the next
    /// post's context; one removed out of order leaves it at the next full read, `threadRefresh` later.
    @Test func aPostReadsTheThreadSinceItsNewestKeptCommentAndInFullAfterTheRefresh() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            let s = try await DiscussionTests.setup(app)
            let author = try await app.newsdesk.users.create(.init(email: "w@news.test", password: "correct horse battery",
                                                                   displayName: "Writer", role: .reader, confirmed: true), on: app.db).id
            let discussion = app.newsdesk.discussion
            func write(_ text: String) async throws -> Int {
                let c = CommentWriterTests.comment(article: s.articleID, author: author, text)
                c.createdAt = clock.now
                try await c.create(on: app.db)
                return try c.requireID()
            }
            func threadIDs() async throws -> [Int] {
                try await discussion.postContext(memberID: author, articleID: s.articleID, parentID: nil, on: app.db).thread.map(\.id)
            }
            let first = try await write("The harbour wall held overnight.")
            #expect(try await threadIDs() == [first])
            #expect(discussion.memory.threadSince(articleID: s.articleID, now: clock.now) == fixedNow)
            clock.advance(5)
            let second = try await write("The ferry is running again this morning.")
            #expect(try await threadIDs() == [second, first], "newest first, the new one read since the kept one")
            // Removed out of order: still in the kept view until the next full read.
            try await Newsdesk.Comment.query(on: app.db).filter(\.$id == first).set(\.$deletedAt, to: clock.now).update()
            #expect(try await threadIDs() == [second, first])
            clock.advance(JudgingMemory.threadRefresh)
            #expect(discussion.memory.threadSince(articleID: s.articleID, now: clock.now) == nil)
            #expect(try await threadIDs() == [second])
        }
    }
}
