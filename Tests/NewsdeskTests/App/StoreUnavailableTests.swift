import Fluent
import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOPosix
import PostgresKit
import PostgresNIO
import SQLiteNIO
import Testing
import VaporTesting
@testable import Newsdesk

/// Another process's connection holding the database's write lock, opened with the drivers' own clients:
/// on SQLite `BEGIN IMMEDIATE` on the same file; on PostgreSQL an open transaction holding
/// `LOCK TABLE rate_counters IN EXCLUSIVE MODE` (every comment post writes there first; reads still pass).
final class WriteLockHolder: Sendable {
    private enum Connection {
        case sqlite(SQLiteConnection)
        case postgres(PostgresConnection)
    }

    private let connection: NIOLockedValueBox<Connection?>
    static let logger = Logger(label: "write-lock-holder")

    private init(_ connection: Connection) { self.connection = NIOLockedValueBox(connection) }

    static func hold(_ store: Config.Store) async throws -> WriteLockHolder {
        switch store {
        case .sqlite(let path):
            let c = try await SQLiteConnection.open(storage: .file(path: path), threadPool: .singleton, logger: logger,
                                                    on: MultiThreadedEventLoopGroup.singleton.any())
            _ = try await c.query("BEGIN IMMEDIATE")
            return WriteLockHolder(.sqlite(c))
        case .postgres(let url):
            let config = try SQLPostgresConfiguration(url: url).coreConfiguration
            let c = try await PostgresConnection.connect(configuration: config, id: 99, logger: logger)
            try await c.query("BEGIN", logger: logger)
            try await c.query("LOCK TABLE rate_counters IN EXCLUSIVE MODE", logger: logger)
            return WriteLockHolder(.postgres(c))
        }
    }

    /// Rolls back and closes; later calls do nothing.
    func release() async {
        guard let c = connection.withLockedValue({ value -> Connection? in defer { value = nil }; return value }) else { return }
        switch c {
        case .sqlite(let db):
            _ = try? await db.query("ROLLBACK")
            try? await db.close()
        case .postgres(let db):
            _ = try? await db.query("ROLLBACK", logger: Self.logger)
            try? await db.close()
        }
    }
}

/// While another connection holds the write lock, writes answer 503 with Retry-After within the database's bounded
/// wait (not for ever), reads go on, and after the lock is gone the same write succeeds.
@Suite("Store unavailable: a held write lock")
struct StoreUnavailableTests {
    /// Far above the 3-second database wait, far below "for ever" (the failure this guards against): a correctness
    /// bound, not a speed target. SQLite counts its busy wait in the sleeps it asks for, not in wall time, so on a
    /// machine whose cores are all busy (the whole suite in parallel) the same wait takes several times longer.
    static let boundedWait: Double = 45
    typealias D = DiscussionTests

    static func elapsed(since start: Date) -> TimeInterval { Date().timeIntervalSince(start) }

    @Test func writesAnswer503WithRetryAfterWhileReadsGoOnAndTheNextPostSucceeds() async throws {
        try await withTestApp { app in
            let s = try await D.setup(app)
            let rita = try await D.member(app, email: "rita@example.com", name: "Rita")
            let token = try await TestAPI.token(app, email: "api@example.com")
            let api: HTTPHeaders = ["Authorization": "Bearer \(token)", "Content-Type": "application/json"]
            await app.newsdesk.pageCache.removeAll()

            let holder = try await WriteLockHolder.hold(app.newsdesk.config.store)
            // If the server waits for ever, the lock goes after 90 s so the test ends (and fails on the timings).
            let watchdog = Task {
                try await Task.sleep(nanoseconds: 90_000_000_000)
                await holder.release()
            }
            do {
                try await Self.checkWhileLocked(app, s, rita, api)
            } catch {
                watchdog.cancel()
                await holder.release()
                throw error
            }
            watchdog.cancel()
            await holder.release()

            #expect(try await Comment.query(on: app.db).count() == 0, "nothing half-saved while locked")
            let again = try await rita.post("/threads/\(s.articleID)", ["text": D.clean])
            #expect(again.status == .seeOther, "\(again.body.string.prefix(300))")
            try await app.testing().test(.POST, "/api/v1/articles/\(s.articleID)/comments", headers: api,
                                         body: .init(string: "{\"text\": \"The rescue teams on the coast deserve thanks.\"}")) { res in
                #expect(res.status == .created, "\(res.body.string)")
            }
            #expect(try await Comment.query(on: app.db).count() == 2)
        }
    }

    static func checkWhileLocked(_ app: Application, _ s: D.Setup, _ rita: FormClient, _ api: HTTPHeaders) async throws {
        var start = Date()
        let page = try await rita.post("/threads/\(s.articleID)", ["text": D.clean])
        var took = elapsed(since: start)
        #expect(page.status == .serviceUnavailable, "\(page.body.string.prefix(300))")
        #expect(took < Self.boundedWait, "the form post waited \(took) s")
        #expect(page.headers.first(name: .retryAfter).flatMap(Int.init) ?? 0 > 0)
        #expect(page.body.string.contains("The site cannot save this right now"), "\(page.body.string.prefix(300))")

        start = Date()
        try await app.testing().test(.POST, "/api/v1/articles/\(s.articleID)/comments", headers: api,
                                     body: .init(string: "{\"text\": \"\(D.clean)\"}")) { res in
            took = elapsed(since: start)
            #expect(res.status == .serviceUnavailable, "\(res.body.string)")
            #expect(took < Self.boundedWait, "the API post waited \(took) s")
            #expect(res.headers.first(name: .retryAfter).flatMap(Int.init) ?? 0 > 0)
            #expect(TestAPI.json(res)?["error"] as? String == "unavailable", "\(res.body.string)")
        }

        // Readers are not held up by the lock.
        start = Date()
        let article = try await FormClient(app).get(s.path)
        #expect(article.status == .ok)
        #expect(article.body.string.contains("Storm makes landfall on the coast"))
        try await app.testing().test(.GET, "/api/v1/articles") { res in
            #expect(res.status == .ok)
            #expect((TestAPI.json(res)?["items"] as? [Any])?.count == 1, "\(res.body.string.prefix(200))")
        }
        took = elapsed(since: start)
        #expect(took < Self.boundedWait, "reads waited \(took) s")
    }
}
