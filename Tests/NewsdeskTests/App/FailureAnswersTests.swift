import AsyncKit
import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO
import SQLiteNIO
import Testing
import VaporTesting
@testable import Newsdesk

/// `Failures.answer(for:)` is the one place that decides a status. These tests feed it the errors the real drivers
/// throw (made by real SQLite and PostgreSQL connections, not hand-built) and check which become "try again" (503
/// with Retry-After) and which stay bugs (nil: a logged 500).
@Suite("Failure answers: which errors mean 'try again later'")
struct FailureAnswersTests {
    static let logger = Logger(label: "failure-answers-test")

    /// A scratch SQLite file with one table, opened with SQLiteNIO like the app's own driver.
    static func scratchDatabase() async throws -> (path: String, connection: SQLiteConnection) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("failures-\(UUID().uuidString).sqlite").path
        let connection = try await SQLiteConnection.open(storage: .file(path: path), threadPool: .singleton, logger: logger,
                                                         on: MultiThreadedEventLoopGroup.singleton.any())
        _ = try await connection.query("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE)")
        return (path, connection)
    }

    /// Runs `work` and returns the error it throws (failing the test if it throws none).
    static func error(from work: () async throws -> Void) async -> (any Error)? {
        do {
            try await work()
            Issue.record("expected the database to refuse the work")
            return nil
        } catch {
            return error
        }
    }

    static func expectTryAgain(_ error: (any Error)?, _ reason: SQLiteError.Reason? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let error else { return }
        if let reason {
            #expect((error as? SQLiteError)?.reason == reason, "got \(String(reflecting: error))", sourceLocation: sourceLocation)
        }
        let answer = Failures.answer(for: error)
        #expect(answer?.status == .serviceUnavailable, "\(String(reflecting: error)) → \(String(describing: answer))", sourceLocation: sourceLocation)
        #expect(answer?.code == "unavailable", sourceLocation: sourceLocation)
        #expect(answer?.retryAfter ?? 0 > 0, sourceLocation: sourceLocation)
        #expect(answer?.message.contains("Nothing was lost") == true, sourceLocation: sourceLocation)
    }

    @Test func readOnlyDatabaseIsAnswered503WithRetryAfter() async throws {
        let (path, db) = try await Self.scratchDatabase()
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try await db.query("PRAGMA query_only = ON")
        let error = await Self.error { _ = try await db.query("INSERT INTO notes (text) VALUES ('refused')") }
        Self.expectTryAgain(error, .readOnly)
        try await db.close()
    }

    @Test func fullDatabaseIsAnswered503WithRetryAfter() async throws {
        let (path, db) = try await Self.scratchDatabase()
        defer { try? FileManager.default.removeItem(atPath: path) }
        // A database capped at its current size behaves like a full disk.
        let pages = try await db.query("PRAGMA page_count").first?.column("page_count")?.integer ?? 2
        _ = try await db.query("PRAGMA max_page_count = \(pages)")
        let error = await Self.error {
            for i in 0..<200 { _ = try await db.query("INSERT INTO notes (text) VALUES (?)", [.text(String(repeating: "x", count: 4000) + "\(i)")]) }
        }
        Self.expectTryAgain(error, .full)
        try await db.close()
    }

    @Test func writeLockHeldByAnotherConnectionIsAnswered503WithRetryAfter() async throws {
        let (path, holder) = try await Self.scratchDatabase()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let other = try await SQLiteConnection.open(storage: .file(path: path), threadPool: .singleton, logger: Self.logger,
                                                    on: MultiThreadedEventLoopGroup.singleton.any())
        _ = try await other.query("PRAGMA busy_timeout = 50")
        _ = try await holder.query("BEGIN IMMEDIATE")
        let error = await Self.error { _ = try await other.query("INSERT INTO notes (text) VALUES ('waits')") }
        Self.expectTryAgain(error, .busy)
        _ = try await holder.query("ROLLBACK")
        // With the lock gone the same write goes through: the refusal was "not now", not "never".
        _ = try await other.query("INSERT INTO notes (text) VALUES ('waits')")
        try await other.close()
        try await holder.close()
    }

    @Test func unreachablePostgreSQLIsAnswered503WithRetryAfter() async throws {
        // A port nobody listens on: bind one, note it, close it.
        let probe = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton).bind(host: "127.0.0.1", port: 0).get()
        let port = try #require(probe.localAddress?.port)
        try await probe.close()
        let config = PostgresConnection.Configuration(host: "127.0.0.1", port: port, username: "newsdesk", password: "x",
                                                      database: "none", tls: .disable)
        let error = await Self.error { _ = try await PostgresConnection.connect(configuration: config, id: 1, logger: Self.logger) }
        #expect((error as? PSQLError)?.code == .connectionError, "got \(String(reflecting: error))")
        Self.expectTryAgain(error)
    }

    @Test func noPooledConnectionInTimeIsAnswered503() {
        Self.expectTryAgain(ConnectionPoolTimeoutError.connectionRequestTimeout)
    }

    @Test func otherDatabaseErrorsStayBugs() async throws {
        let (path, db) = try await Self.scratchDatabase()
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try await db.query("INSERT INTO notes (text) VALUES ('once')")
        let duplicate = await Self.error { _ = try await db.query("INSERT INTO notes (text) VALUES ('once')") }
        let syntax = await Self.error { _ = try await db.query("SELEC nothing") }
        for error in [duplicate, syntax].compactMap({ $0 }) {
            #expect(Failures.answer(for: error) == nil, "\(String(reflecting: error)) must be a logged 500, not an expected failure")
            #expect(Failures.storeFailure(error) == nil)
        }
        try await db.close()
    }

    @Test func expectedFailuresKeepTheirStatusAndRetryAfter() {
        let limited = Failures.answer(for: AccountError.rateLimited(retryAfter: 0))
        #expect(limited?.status == .tooManyRequests)
        #expect(limited?.code == "rate_limited")
        #expect(limited?.retryAfter == 1, "Retry-After is never 0")
        #expect(Failures.answer(for: RequestLimitExceeded(limit: .streams))?.status == .tooManyRequests)
        #expect(Failures.answer(for: RequestLimitExceeded(limit: .uri))?.status == .uriTooLong)
        #expect(Failures.answer(for: RequestLimitExceeded(limit: .headers))?.status == .requestHeaderFieldsTooLarge)
        #expect(Failures.answer(for: Abort(.payloadTooLarge))?.code == "too_large")
        #expect(Failures.answer(for: Abort(.badRequest))?.status == .unprocessableEntity)
        let decoding = DecodingError.typeMismatch(String.self, .init(codingPath: [], debugDescription: "x"))
        #expect(Failures.answer(for: decoding)?.status == .unprocessableEntity)
        #expect(Failures.answer(for: StoreUnavailable(reason: "test"))?.retryAfter == 5)
        struct Unexpected: Error {}
        #expect(Failures.answer(for: Unexpected()) == nil)
    }
}
