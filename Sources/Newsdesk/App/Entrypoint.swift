import Logging
import NIOConcurrencyHelpers
import Vapor

/// The whole program behind the `newsdesk` executable: `serve`, `migrate`, `seed`, `user`, `standards`.
public enum NewsdeskMain {
    /// `newsdesk --help`, `newsdesk -h`, `newsdesk COMMAND --help`.
    static func asksForHelp(_ arguments: [String]) -> Bool {
        arguments.dropFirst().contains { $0 == "--help" || $0 == "-h" }
    }

    static func environmentIsImplicit(_ arguments: [String], variables: [String: String]) -> Bool {
        variables["VAPOR_ENV"] == nil && !arguments.contains { $0 == "--env" || $0 == "-e" || $0.hasPrefix("--env=") }
    }

    public static func run() async throws {
        var env = try Environment.detect()
        // A site is served in production mode (templates parsed once, no development diagnostics) unless the
        // operator names another with --env or VAPOR_ENV; logs stay at info unless LOG_LEVEL says otherwise.
        if Self.environmentIsImplicit(env.arguments, variables: ProcessInfo.processInfo.environment) {
            env = Environment(name: Environment.production.name, arguments: env.arguments)
            if ProcessInfo.processInfo.environment["LOG_LEVEL"] == nil { setenv("LOG_LEVEL", "info", 1) }
        }
        try LoggingSystem.bootstrap(from: &env)
        // Help touches nothing: no configuration read, no data folder, no database, no migrations.
        if Self.asksForHelp(env.arguments) {
            let app = try await Application.make(env)
            registerCommands(app)
            do { try await app.execute() } catch { try? await app.asyncShutdown(); exit(1) }
            try await app.asyncShutdown()
            return
        }
        // The `standards` command needs no database or server: run it before anything touches the data folder.
        if env.arguments.dropFirst().first == "standards" {
            try StandardsCommand.runStandalone(arguments: Array(env.arguments.dropFirst(2)))
            return
        }
        let config: Config
        do {
            config = try Config.fromEnvironment()
        } catch let invalid as Config.Invalid {
            FileHandle.standardError.write(Data((invalid.description + "\n").utf8))
            exit(78)  // EX_CONFIG
        }
        let app = try await Application.make(env)
        do {
            try await configure(app, config: config)
        } catch {
            app.logger.report(error: error)
            try? await app.asyncShutdown()
            exit(1)
        }
        do {
            try await app.execute()
        } catch {
            // Vapor has already printed the command's error; a failed command exits with status 1, not a crash.
            try? await app.asyncShutdown()
            exit(1)
        }
        try await app.asyncShutdown()
    }
}

/// Gives memory the allocator holds but no longer uses back to the system, every few seconds while serving.
/// Rendering a page allocates and frees buffers of 40-130 KB on several threads; glibc keeps the freed pages in its
/// heaps: after 1,500 renders a node held 218-223 MB, and 148 MB with this trim. (Mapping blocks from 64 KB one by
/// one, a fixed mmap threshold, got to 130 MB, but cost each allocation a system call and up to 8% more CPU per
/// render in one of two runs.) `malloc_trim` hands back the whole free pages of every heap in one call.
final class MemoryTrimmer: LifecycleHandler, Sendable {
    let interval: UInt64
    private let task = NIOLockedValueBox<Task<Void, Never>?>(nil)

    init(seconds: Double = 5) {
        interval = UInt64(seconds * 1_000_000_000)
    }

    func didBootAsync(_ app: Application) async throws {
        #if os(Linux)
        guard FirstStart.isServing(app) else { return }
        let interval = interval
        task.withLockedValue {
            $0 = Task.detached(priority: .background) {
                while !Task.isCancelled {
                    try? await Task.sleep(nanoseconds: interval)
                    _ = glibcMallocTrim(0)
                }
            }
        }
        #endif
    }

    func shutdownAsync(_ app: Application) async {
        task.withLockedValue { $0 }?.cancel()
    }
}

#if os(Linux)
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif
