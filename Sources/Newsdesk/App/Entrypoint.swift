import Logging
import NIOCore
import NIOPosix
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

    /// Makes SwiftNIO's event loops the threads Swift concurrency runs its tasks on, so a request's handler, its
    /// database answers and its response stay on the event loop that read the request instead of hopping to Swift's
    /// own pool and back: the kernel's task switching was an eighth of an uncached page's CPU. Measured A-B in one
    /// run: a comment post took 0.83-0.99 ms of CPU instead of 1.02-1.43, an uncached article with 30 comments 6.3 ms
    /// instead of 6.9. Called once, from the main thread, before any task starts (`main.swift`); the test suites run
    /// without it. CPU-heavy work (bcrypt, `PasswordHash`) runs on threads of its own so it never holds a loop.
    public static func runTasksOnEventLoops() {
        _ = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
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
