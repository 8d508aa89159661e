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

    private static func launch(_ tool: String, _ args: [String], limit: TimeInterval) async throws(Failure) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = args
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let killed = NIOLockedValueBox(false)
        let result: Result<Int32, Failure> = await withCheckedContinuation { continuation in
            process.terminationHandler = { p in
                continuation.resume(returning: killed.withLockedValue { $0 } ? .failure(.timedOut) : .success(p.terminationStatus))
            }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(returning: .failure(.missing))
                return
            }
            let pid = process.processIdentifier
            DispatchQueue.global().asyncAfter(deadline: .now() + limit) {
                guard process.isRunning else { return }
                killed.withLockedValue { $0 = true }
                kill(pid, SIGKILL)
            }
        }
        return try result.get()
    }
}
