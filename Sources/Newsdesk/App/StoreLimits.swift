import FluentKit
import Foundation
import SQLKit
import Vapor

/// Bounded waits on the database: work that cannot get the database within `waitSeconds` fails with an error that
/// `Failures` answers 503 with `Retry-After`, instead of holding a request (and a pooled connection) for ever.
enum StoreLimits {
    static let waitSeconds = 3

    /// SQLite's driver installs a busy handler that retries for ever, so a lock held by another process stalls every
    /// write and, once the connections are all waiting, every read. `busy_timeout` replaces that handler with a
    /// bounded one. The pool keeps one connection per event loop for the life of the process (no pruning), so
    /// setting it once on each is enough.
    static func boundSQLiteWaits(_ app: Application) async throws {
        for eventLoop in app.eventLoopGroup.makeIterator() {
            guard let sql = app.databases.database(logger: app.logger, on: eventLoop) as? any SQLDatabase else { continue }
            try await sql.raw("PRAGMA busy_timeout = \(unsafeRaw: String(waitSeconds * 1000))").run()
            // 8 MB of pages per connection instead of SQLite's 2 MB: hot indexes stay in the process instead of
            // being read again from the kernel (`pread` was a tenth of a comment post's CPU in a profile).
            try await sql.raw("PRAGMA cache_size = -8000").run()
        }
    }
}
