import NIOPosix
import Vapor

/// bcrypt, off the event loops. A hash takes tens of milliseconds by design, and tasks run on the event loops
/// (`NewsdeskMain.runTasksOnEventLoops`), so hashing in a handler would stall every request its loop serves. The
/// hashing gets two threads of its own: the database's thread pool stays free for queries while members log in.
enum PasswordHash {
    /// Started once and kept for the life of the process, like NIO's own singleton pool.
    private static let pool: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: 2)
        pool.start()
        return pool
    }()

    static func make(_ password: String, cost: Int) async throws -> String {
        try await pool.runIfActive { try Bcrypt.hash(password, cost: cost) }
    }

    /// False for a wrong password and for a stored hash bcrypt cannot read.
    static func verify(_ password: String, against hash: String) async -> Bool {
        (try? await pool.runIfActive { try Bcrypt.verify(password, created: hash) }) ?? false
    }
}
