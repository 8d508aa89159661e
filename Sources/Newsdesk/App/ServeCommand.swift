@preconcurrency import Dispatch
import ConsoleKit
import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Whether this node is leaving the pool. Set once, on the first SIGTERM or SIGINT of `serve`; read by readiness.
final class NodeDrain: Sendable {
    private let draining = NIOLockedValueBox(false)

    /// Marks the node draining; false when it already was.
    @discardableResult
    func begin() -> Bool {
        draining.withLockedValue { on in
            defer { on = true }
            return !on
        }
    }

    var isDraining: Bool { draining.withLockedValue { $0 } }
}

/// `newsdesk serve`: Vapor's server with the same options (`--hostname`, `--port`, `--bind`, `--unix-socket`), and a
/// graceful drain. On SIGTERM or SIGINT the node
/// 1. answers `/readyz` with 503 "draining", so a load balancer takes it out of the pool, while it goes on serving
///    what arrives for `NEWSDESK_DRAIN_SECONDS` (default 5);
/// 2. ends its live streams, whose readers reconnect elsewhere with `Last-Event-ID`;
/// 3. stops accepting connections, closes idle kept-alive ones, and waits for the requests in flight (comment
///    batches included) to be answered, each connection closing after its answer;
/// 4. then shuts down: background jobs finish the job in hand, pending view counts are written, the database
///    connections close, and the process exits 0.
/// A second signal skips what is left of the waiting period.
final class DrainingServeCommand: AsyncCommand, Sendable {
    struct Signature: CommandSignature, Sendable {
        @Option(name: "hostname", short: "H", help: "Set the hostname the server will run on.")
        var hostname: String?
        @Option(name: "port", short: "p", help: "Set the port the server will run on.")
        var port: Int?
        @Option(name: "bind", short: "b", help: "Convenience for setting hostname and port together.")
        var bind: String?
        @Option(name: "unix-socket", short: nil, help: "Set the path for the unix domain socket file the server will bind to.")
        var socketPath: String?

        init() {}
    }

    let signature = Signature()
    var help: String { "Serves the site over HTTP; SIGTERM or SIGINT drains the node before it stops (NEWSDESK_DRAIN_SECONDS)." }

    private struct Running: Sendable {
        /// Kept so the signal handlers stay installed.
        var sources: [DispatchSourceSignal] = []
        var drain: Task<Void, Never>?
    }

    private let running = NIOLockedValueBox(Running())

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        switch (signature.hostname, signature.port, signature.bind, signature.socketPath) {
        case (.none, .none, .none, .none):
            try await app.server.start(address: nil)
        case (.none, .none, .none, .some(let path)):
            try await app.server.start(address: .unixDomainSocket(path: path))
        case (.none, .none, .some(let address), .none):
            let host = address.split(separator: ":").first.map(String.init)
            let port = address.split(separator: ":").last.flatMap { Int($0) }
            try await app.server.start(address: .hostname(host, port: port))
        case (let host, let port, .none, .none):
            try await app.server.start(address: .hostname(host, port: port))
        default:
            throw ServeCommand.Error.incompatibleFlags
        }
        let promise = app.eventLoopGroup.next().makePromise(of: Void.self)
        app.running = .start(using: promise)
        let queue = DispatchQueue(label: "newsdesk.serve.signals")
        let sources = [SIGTERM, SIGINT].map { code -> DispatchSourceSignal in
            #if canImport(Darwin)
            signal(code, SIG_IGN)
            #endif
            let source = DispatchSource.makeSignalSource(signal: code, queue: queue)
            source.setEventHandler { [self] in self.signalled(app: app, promise: promise) }
            source.resume()
            return source
        }
        running.withLockedValue { $0.sources = sources }
    }

    private func signalled(app: Application, promise: EventLoopPromise<Void>) {
        let services = app.newsdesk
        guard services.drain.begin() else {
            // A second signal: stop waiting for the load balancer.
            app.logger.notice("second stop signal: ending the drain now")
            running.withLockedValue { $0.drain }?.cancel()
            return
        }
        let seconds = services.config.drainSeconds
        app.logger.notice("draining: readiness fails and live streams end; still serving for \(seconds) s", metadata: [
            "open_streams": "\(services.live.watcherCount)"])
        services.live.close()
        // Only the first signal gets here (`begin`), so the promise is fulfilled once.
        let task = Task {
            if seconds > 0 { try? await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000)) }
            app.logger.notice("draining: no new connections; answering the requests in flight")
            await app.server.shutdown()
            app.logger.notice("drained: the server is closed")
            promise.succeed(())
        }
        running.withLockedValue { $0.drain = task }
    }
}
