import Foundation
import NIOConcurrencyHelpers

/// Runs libvips' `vipsthumbnail` outside the process with a time limit and at most `maxConcurrent` at once, so
/// pictures can never take both cores or hang a request. Callers probe the header first (`ImageProbe`).
final class ImageTool: Sendable {
    enum Failure: Error, Equatable {
        case missing
        case busy
        case timedOut
        case failed(Int32)
    }

    let path: String?
    let maxConcurrent: Int
    let timeLimit: TimeInterval
    /// How long a caller may wait for a free slot before being told to try later.
    let queueWait: TimeInterval
    private let running = NIOLockedValueBox(0)
    private let started = NIOLockedValueBox(0)

    /// How many times the tool was started (a picture refused from its header never starts it).
    var launches: Int { started.withLockedValue { $0 } }

    init(path: String?, maxConcurrent: Int = 2, timeLimit: TimeInterval = 15, queueWait: TimeInterval = 5) {
        self.path = path
        self.maxConcurrent = maxConcurrent
        self.timeLimit = timeLimit
        self.queueWait = queueWait
    }

    static func find() -> String? {
        for dir in ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"] where FileManager.default.isExecutableFile(atPath: dir + "/vipsthumbnail") {
            return dir + "/vipsthumbnail"
        }
        return nil
    }

    /// Runs the tool with these arguments; throws `busy` when no slot frees up in time and `timedOut` (after
    /// killing it) when it runs past the limit.
    func run(_ arguments: [String]) async throws(Failure) {
        guard let path else { throw .missing }
        try await acquire()
        defer { running.withLockedValue { $0 -= 1 } }
        started.withLockedValue { $0 += 1 }
        let status = try await Self.launch(path, arguments, limit: timeLimit)
        guard status == 0 else { throw .failed(status) }
    }

    private func acquire() async throws(Failure) {
        let deadline = Date().addingTimeInterval(queueWait)
        while true {
            let got = running.withLockedValue { n -> Bool in
                guard n < maxConcurrent else { return false }
                n += 1
                return true
            }
            if got { return }
            if Date() > deadline { throw .busy }
            try? await Task.sleep(nanoseconds: 50_000_000)
        }
    }

    /// Started with `posix_spawn` rather than Foundation's `Process`, whose `run()` crashed in `memcpy` on Linux
    /// (swift-corelibs-foundation, fixed upstream after this toolchain) when other threads were busy at the same
    /// moment. The child gets /dev/null for its standard streams and a fixed environment (our sockets and database files
    /// are opened close-on-exec).
    private static func launch(_ tool: String, _ args: [String], limit: TimeInterval) async throws(Failure) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let environment: [String] = ["PATH=/usr/local/bin:/usr/bin:/bin", "LC_ALL=C"]
        let argv: [UnsafeMutablePointer<CChar>?] = ([tool] + args).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var spawned: pid_t = 0
        guard posix_spawn(&spawned, tool, &actions, nil, argv, envp) == 0 else { throw .missing }
        let pid = spawned

        // Reaped on a thread of its own (a blocking wait); killed if still running at the limit.
        let state = NIOLockedValueBox((reaped: false, killed: false))
        DispatchQueue.global().asyncAfter(deadline: .now() + limit) {
            state.withLockedValue { s in
                guard !s.reaped else { return }
                s.killed = true
                kill(pid, SIGKILL)
            }
        }
        let status: Int32 = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                var raw: Int32 = 0
                while waitpid(pid, &raw, 0) == -1 && errno == EINTR {}
                state.withLockedValue { $0.reaped = true }
                continuation.resume(returning: raw)
            }
        }
        if state.withLockedValue({ $0.killed }) { throw .timedOut }
        // Exited normally: its exit code; ended by a signal: 128 + the signal, as shells report it.
        return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }
}
