import Fluent
import Foundation
import SQLKit
import Testing
import VaporTesting
@testable import Newsdesk

/// Tests run on SQLite (a fresh file per test) or, when NEWSDESK_TEST_DATABASE_URL is set, on PostgreSQL.
/// PostgreSQL tests share one database, so they take turns and each starts from an empty schema.
enum TestDatabase {
    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["NEWSDESK_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }
    static let lock = AsyncLock()
}

/// A FIFO lock for async code (one PostgreSQL database, many tests).
actor AsyncLock {
    private var held = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func acquire() async {
        if !held {
            held = true
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    func release() {
        if waiters.isEmpty { held = false } else { waiters.removeFirst().resume() }
    }
}

/// 23 September 2017, 00:51 UTC: 03:51 in Moscow, 01:51 in London (BST).
let fixedNow = Date(timeIntervalSince1970: 1_506_127_860)

struct TestSite {
    let dataDirectory: String
    let store: Config.Store
    /// Mail goes to .eml files in the data folder unless a test points it at a real SMTP server.
    var smtpURL: String? = nil
    /// OpenID Connect providers the site offers (none unless a test starts one).
    var openIDProviders: [OpenIDProviderConfig] = []

    static func make() throws -> TestSite {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let store: Config.Store = TestDatabase.postgresURL.map { .postgres(url: $0) } ?? .sqlite(path: dir + "/test.sqlite")
        return TestSite(dataDirectory: dir, store: store)
    }

    var config: Config {
        var config = Config(dataDirectory: dataDirectory, store: store, baseURL: "http://news.test", resourcesDirectory: packageRoot,
                            shortCodeKey: 0x5EED_1234_ABCD, viewFlushInterval: 3600, pageCacheBytes: 8 << 20, seedDemoOnFirstStart: false,
                            smtpURL: smtpURL)
        config.openIDProviders = openIDProviders
        return config
    }
}

let packageRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }  // Support -> NewsdeskTests -> Tests -> root
    return url.path
}()

/// Runs `body` with a migrated, empty application. `clock` lets a test move time.
func withTestApp(
    clock: TestClock = TestClock(fixedNow),
    site: TestSite? = nil,
    backgroundJobs: Bool = false,
    resetDatabase: Bool = true,
    lockHeld: Bool = false,
    _ body: (Application) async throws -> Void
) async throws {
    let site = try site ?? TestSite.make()
    if TestDatabase.postgresURL != nil && !lockHeld {
        try await withDatabaseTurn {
            try await withTestApp(clock: clock, site: site, backgroundJobs: backgroundJobs, resetDatabase: resetDatabase,
                                  lockHeld: true, body)
        }
        return
    }
    let app = try await Application.make(.testing)
    do {
        var options = ConfigureOptions()
        options.bcryptCost = 4
        options.clock = { clock.now }
        options.startBackgroundJobs = backgroundJobs
        options.captchaDifficultyBits = 8
        options.loginFailureDelay = 0.001
        try await configure(app, config: site.config, options: options)
        if resetDatabase, TestDatabase.postgresURL != nil, let sql = app.db as? any SQLDatabase {
            try await sql.raw("DROP SCHEMA public CASCADE").run()
            try await sql.raw("CREATE SCHEMA public").run()
        }
        try await app.autoMigrate()
        try await body(app)
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
    try await app.asyncShutdown()
}

/// Runs `body` while no other test uses the shared PostgreSQL database (a no-op wait on SQLite).
func withDatabaseTurn(_ body: () async throws -> Void) async throws {
    guard TestDatabase.postgresURL != nil else { return try await body() }
    await TestDatabase.lock.acquire()
    do {
        try await body()
    } catch {
        await TestDatabase.lock.release()
        throw error
    }
    await TestDatabase.lock.release()
}

/// A clock tests can move.
final class TestClock: @unchecked Sendable {
    // Guarded by `lock`.
    private var value: Date
    private let lock = NSLock()

    init(_ date: Date) { value = date }

    var now: Date {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    func advance(_ seconds: TimeInterval) {
        lock.lock()
        value = value.addingTimeInterval(seconds)
        lock.unlock()
    }
}
