import Logging
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
        MemoryTuning.apply(environment: ProcessInfo.processInfo.environment)
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

/// Allocator settings for a long-running server.
enum MemoryTuning {
    /// Blocks of 64 KB and more get pages of their own, given back to the system when freed. glibc's default
    /// threshold starts at 128 KB and rises to the largest block freed so far, after which page-sized buffers (a
    /// rendered page, its gzip copy, template output) come from the heap and stay there: 1,500 renders left a node
    /// at 190-200 MB instead of 136 MB, with the same CPU. `MALLOC_MMAP_THRESHOLD_` in the environment still wins.
    static let mmapThreshold: Int32 = 64 * 1024

    static func apply(environment: [String: String]) {
        #if os(Linux)
        guard environment["MALLOC_MMAP_THRESHOLD_"] == nil else { return }
        _ = glibcMallopt(mmapThresholdOption, mmapThreshold)
        #endif
    }

    #if os(Linux)
    /// `M_MMAP_THRESHOLD` of `<malloc.h>`, which the Glibc module does not export (nor `mallopt`).
    private static let mmapThresholdOption: Int32 = -3
    #endif
}

#if os(Linux)
@_silgen_name("mallopt")
private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
