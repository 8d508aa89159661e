import Fluent
import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

/// Group commit: comments that arrive while a write is on its way are written together, each poster is answered
/// after the commit, and a bad comment in a batch does not take the others down.
@Suite("Comment writer: group commit")
struct CommentWriterTests {
    /// Holds the first batch's transaction open until released, so the posts that arrive meanwhile queue up.
    actor Gate {
        private var open = false
        private var waiters: [CheckedContinuation<Void, Never>] = []
        private(set) var calls: [Set<Int>] = []
        func pass(_ ids: Set<Int>) async {
            calls.append(ids)
            if open { return }
            await withCheckedContinuation { waiters.append($0) }
        }
        func release() {
            open = true
            waiters.forEach { $0.resume() }
            waiters = []
        }
    }

    static func comment(article: Int, author: Int, _ text: String) -> Newsdesk.Comment {
        let c = Newsdesk.Comment()
        c.articleID = article
        c.authorID = author
        c.text = text
        c.status = CommentStatus.published.rawValue
        c.findings = "[]"
        c.likes = 0
        c.createdAt = fixedNow
        c.editedByModerator = false
        return c
    }

    @Test func postsArrivingDuringAWriteAreCommittedTogetherAndAllAnswered() async throws {
        try await withTestApp { app in
            let f = try await Fixture.build(app)
            let article = try await f.article(app, title: "Busy thread")
            let author = try await app.newsdesk.users.create(.init(email: "w@news.test", password: "correct horse battery",
                                                                   displayName: "Writer", role: .reader, confirmed: true), on: app.db).id
            let writer = CommentWriter()
            let gate = Gate()
            let db = app.db
            let first = Task { try await writer.write(Self.comment(article: article, author: author, "first"), on: db) { written, _ in await gate.pass(Set(written.map(\.articleID))) } }
            // The first batch is now held open; nine more posts queue behind it.
            while await gate.calls.isEmpty { try await Task.sleep(nanoseconds: 1_000_000) }
            let queued = (1...9).map { Self.comment(article: article, author: author, "post \($0)") }
            let rest = queued.map { c in
                Task { try await writer.write(c, on: db) { written, _ in await gate.pass(Set(written.map(\.articleID))) } }
            }
            try await Task.sleep(nanoseconds: 200_000_000)
            #expect(await gate.calls.count == 1, "the nine wait while the first batch is being written")
            await gate.release()
            try await first.value
            for t in rest { try await t.value }
            let figures = await writer.figures
            #expect(figures.written == 10)
            #expect(figures.batches == 2, "one transaction for the first post, one for the nine that waited")
            #expect(try await Newsdesk.Comment.query(on: db).count() == 10)
            // Each poster's comment carries the id its row was stored under (the batch drew them together).
            let stored = Dictionary(uniqueKeysWithValues: try await Newsdesk.Comment.query(on: db).all().map { ($0.text, $0.id) })
            #expect(queued.allSatisfy { $0.id != nil && stored[$0.text] == $0.id })
            #expect(Set(queued.compactMap(\.id)).count == 9)
        }
    }

    @Test func aCommentThatCannotBeWrittenFailsAloneAndTheRestOfItsBatchIsKept() async throws {
        try await withTestApp { app in
            let f = try await Fixture.build(app)
            let article = try await f.article(app, title: "Thread")
            let author = try await app.newsdesk.users.create(.init(email: "w@news.test", password: "correct horse battery",
                                                                   displayName: "Writer", role: .reader, confirmed: true), on: app.db).id
            let writer = CommentWriter()
            let gate = Gate()
            let db = app.db
            let first = Task { try await writer.write(Self.comment(article: article, author: author, "first"), on: db) { written, _ in await gate.pass(Set(written.map(\.articleID))) } }
            while await gate.calls.isEmpty { try await Task.sleep(nanoseconds: 1_000_000) }
            let good = Task { try await writer.write(Self.comment(article: article, author: author, "good"), on: db) { written, _ in await gate.pass(Set(written.map(\.articleID))) } }
            // An article that does not exist: the foreign key refuses the row.
            let bad = Task { try await writer.write(Self.comment(article: 999_999, author: author, "orphan"), on: db) { written, _ in await gate.pass(Set(written.map(\.articleID))) } }
            try await Task.sleep(nanoseconds: 200_000_000)
            await gate.release()
            try await first.value
            try await good.value
            await #expect(throws: (any Error).self) { try await bad.value }
            let texts = try await Newsdesk.Comment.query(on: db).all().map(\.text).sorted()
            #expect(texts == ["first", "good"])
        }
    }
}
