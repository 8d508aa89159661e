import Fluent
import Foundation
import SQLKit

/// Group commit for new comments. Posts that arrive while a write is on its way to disk are written together in the
/// next transaction: one commit (one fsync) for the batch instead of one per comment, with no waiting added when
/// the site is quiet (a lone post is written at once). Each poster is answered only after their comment is on disk,
/// so an acknowledged comment survives a crash exactly as before. A batch that fails is written again one comment
/// at a time, so one bad row never takes its neighbours' posts with it.
actor CommentWriter {
    private struct Waiting {
        let comment: Comment
        let done: CheckedContinuation<Void, any Error>
    }

    /// Written with each batch, in its transaction: the comment counters of the batch's articles.
    typealias AfterWrite = @Sendable (_ written: [Comment], _ tx: any Database) async throws -> Void

    private var waiting: [Waiting] = []
    private var writing = false
    /// How many transactions wrote how many comments, for the metrics and the tests.
    private(set) var batches = 0
    private(set) var written = 0

    /// Most comments written in one transaction; more wait for the next.
    static let maxBatch = 256

    func write(_ comment: Comment, on db: any Database, after: @escaping AfterWrite) async throws {
        try await withCheckedThrowingContinuation { (done: CheckedContinuation<Void, any Error>) in
            waiting.append(Waiting(comment: comment, done: done))
            if !writing {
                writing = true
                Task { await self.drain(db, after: after) }
            }
        }
    }

    private func drain(_ db: any Database, after: @escaping AfterWrite) async {
        while !waiting.isEmpty {
            let batch = Array(waiting.prefix(Self.maxBatch))
            waiting.removeFirst(batch.count)
            do {
                try await commit(batch.map(\.comment), db, after)
                batches += 1
                written += batch.count
                batch.forEach { $0.done.resume() }
            } catch where batch.count > 1 {
                for item in batch {
                    do {
                        try await commit([item.comment], db, after)
                        batches += 1
                        written += 1
                        item.done.resume()
                    } catch {
                        item.done.resume(throwing: error)
                    }
                }
            } catch {
                batch.forEach { $0.done.resume(throwing: error) }
            }
        }
        writing = false
    }

    private func commit(_ comments: [Comment], _ db: any Database, _ after: @escaping AfterWrite) async throws {
        try await db.transaction { tx in
            for comment in comments {
                // A comment written again after its batch rolled back still carries the id of that attempt.
                comment.id = nil
                comment._$idExists = false
            }
            if comments.count > 1, let sql = tx as? any SQLDatabase {
                if sql.isSQLite { try await Self.insertAllReturning(comments, on: sql) } else { try await Self.insertAll(comments, on: sql) }
            } else {
                for comment in comments { try await Self.insert(comment, on: tx) }
            }
            try await after(comments, tx)
        }
    }

    var figures: (batches: Int, written: Int) { (batches, written) }

    private static let columns: SQLQueryString = """
        article_id, parent_id, root_id, author_id, text, status, findings, likes, created_at, edited_at,
        edited_by_moderator, deleted_at
        """

    private static func values(_ c: Comment) -> SQLQueryString {
        """
        \(bind: c.articleID), \(bind: c.parentID), \(bind: c.rootID), \(bind: c.authorID), \(bind: c.text), \(bind: c.status),
        \(bind: c.findings), \(bind: c.likes), \(bind: c.createdAt), \(bind: c.editedAt), \(bind: c.editedByModerator),
        \(bind: c.deletedAt)
        """
    }

    /// A batch on PostgreSQL, where each statement is a round trip to another process: the ids are drawn from the
    /// table's sequence first, then every row goes in one INSERT (two statements for the batch instead of one per
    /// comment).
    private static func insertAll(_ comments: [Comment], on sql: any SQLDatabase) async throws {
        let ids = try await sql.raw("""
            SELECT nextval(pg_get_serial_sequence('comments', 'id')) AS id FROM generate_series(1, \(bind: comments.count))
            """).all().map { try $0.decode(column: "id", as: Int.self) }
        guard ids.count == comments.count else { throw DiscussionError.notFound }
        var statement: SQLQueryString = "INSERT INTO comments (id, \(Self.columns)) VALUES "
        for (i, (comment, id)) in zip(comments, ids).enumerated() {
            statement.appendLiteral(i == 0 ? "(" : ", (")
            statement.appendInterpolation(bind: id)
            statement.appendLiteral(", ")
            statement.appendInterpolation(values(comment))
            statement.appendLiteral(")")
        }
        try await sql.raw(statement).run()
        for (comment, id) in zip(comments, ids) {
            comment.id = id
            comment._$idExists = true
        }
    }

    /// A batch on SQLite: every row in one INSERT (one statement to prepare instead of one per comment). SQLite
    /// returns the new ids in no promised order, but it numbers the rows one after another in the order of the
    /// VALUES list (each new id is above every id in the table, and nothing else writes inside this transaction),
    /// so the ids in ascending order belong to the comments in the order they were listed.
    private static func insertAllReturning(_ comments: [Comment], on sql: any SQLDatabase) async throws {
        var statement: SQLQueryString = "INSERT INTO comments (\(Self.columns)) VALUES "
        for (i, comment) in comments.enumerated() {
            statement.appendLiteral(i == 0 ? "(" : ", (")
            statement.appendInterpolation(values(comment))
            statement.appendLiteral(")")
        }
        statement.appendLiteral(" RETURNING id")
        let ids = try await sql.raw(statement).all().map { try $0.decode(column: "id", as: Int.self) }.sorted()
        guard ids.count == comments.count else { throw DiscussionError.notFound }
        for (comment, id) in zip(comments, ids) {
            comment.id = id
            comment._$idExists = true
        }
    }

    /// One plain INSERT that returns the new id (Fluent's create reflected over the model's fields for every row).
    private static func insert(_ c: Comment, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { try await c.create(on: db); return }
        let row = try await sql.raw("INSERT INTO comments (\(Self.columns)) VALUES (\(values(c))) RETURNING id").first()
        guard let id = try row?.decode(column: "id", as: Int.self) else { throw DiscussionError.notFound }
        c.id = id
        c._$idExists = true
    }
}
