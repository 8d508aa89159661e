import Foundation
import Logging
import NIOConcurrencyHelpers
import PostgresNIO
import SQLKit
import Vapor

/// What every node of a site must hear: page-cache invalidations and live events (comments, the moderation queue,
/// live-blog entries and the live feed), each event with its topic's key and id.
enum NodeMessage: Codable, Sendable, Equatable {
    case invalidate(tags: [String])
    case live(topic: String, id: Int, name: String, data: String)
}

/// Carries `NodeMessage`s to the other nodes of a site. With one node (SQLite) there is nobody to tell and the bus
/// stays silent; on PostgreSQL each message is a `NOTIFY` that every node's listener receives within milliseconds.
/// The node that sends a message has already acted on it and ignores its own echo.
final class NodeBus: Sendable {
    struct Envelope: Codable, Sendable {
        let node: String
        let message: NodeMessage
    }

    static let channel = "newsdesk_bus"
    /// PostgreSQL refuses notification payloads of 8,000 bytes and more.
    static let maxPayload = 7_000

    let nodeID = UUID().uuidString
    private let sender = NIOLockedValueBox<(@Sendable (String) async throws -> Void)?>(nil)
    private let handlers = NIOLockedValueBox<[@Sendable (NodeMessage) -> Void]>([])
    private let logger: Logger

    init(logger: Logger) {
        self.logger = logger
    }

    /// How messages leave this node (set when there are other nodes to tell).
    func connect(_ send: @escaping @Sendable (String) async throws -> Void) {
        sender.withLockedValue { $0 = send }
    }

    /// What this node does with a message from another node.
    func onMessage(_ handler: @escaping @Sendable (NodeMessage) -> Void) {
        handlers.withLockedValue { $0.append(handler) }
    }

    /// Tells the other nodes; never blocks the caller, and a failure is logged (each node's cache also expires).
    func publish(_ message: NodeMessage) {
        guard let send = sender.withLockedValue({ $0 }) else { return }
        let payloads = Self.payloads(for: message, node: nodeID)
        let logger = logger
        Task {
            for payload in payloads {
                do { try await send(payload) } catch {
                    logger.warning("node bus message not sent", metadata: ["error": "\(String(reflecting: error))"])
                }
            }
        }
    }

    /// A payload from the listener: acted on unless this node sent it.
    func receive(_ payload: String) {
        guard let envelope = try? JSONDecoder().decode(Envelope.self, from: Data(payload.utf8)) else {
            logger.warning("node bus payload not understood", metadata: ["bytes": "\(payload.utf8.count)"])
            return
        }
        guard envelope.node != nodeID else { return }
        for handler in handlers.withLockedValue({ $0 }) { handler(envelope.message) }
    }

    /// The message as one or more payloads under the size limit (long tag lists are split).
    static func payloads(for message: NodeMessage, node: String) -> [String] {
        func encode(_ m: NodeMessage) -> String? {
            (try? JSONEncoder().encode(Envelope(node: node, message: m))).map { String(decoding: $0, as: UTF8.self) }
        }
        guard let whole = encode(message) else { return [] }
        if whole.utf8.count <= maxPayload { return [whole] }
        guard case .invalidate(let tags) = message, tags.count > 1 else { return [] }
        let half = tags.count / 2
        return payloads(for: .invalidate(tags: Array(tags[..<half])), node: node) + payloads(for: .invalidate(tags: Array(tags[half...])), node: node)
    }
}

/// Listens on PostgreSQL for the bus's notifications on a connection of its own, reconnecting after a loss, and
/// sends with `pg_notify` through the pool.
final class PostgresBusListener: LifecycleHandler, Sendable {
    private let bus: NodeBus
    private let configuration: PostgresConnection.Configuration
    private let task = NIOLockedValueBox<Task<Void, Never>?>(nil)
    private let connection = NIOLockedValueBox<PostgresConnection?>(nil)

    init(bus: NodeBus, configuration: PostgresConnection.Configuration) {
        self.bus = bus
        self.configuration = configuration
    }

    func didBootAsync(_ app: Application) async throws {
        let bus = bus
        let configuration = configuration
        let logger = app.logger
        bus.connect { [app] payload in
            guard let sql = app.db as? any SQLDatabase else { return }
            try await sql.raw("SELECT pg_notify(\(bind: NodeBus.channel), \(bind: payload))").run()
        }
        let ready = AsyncStream<Void>.makeStream()
        task.withLockedValue {
            $0 = Task {
                var attempt = 0
                var announced = false
                while !Task.isCancelled {
                    do {
                        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
                        self.connection.withLockedValue { $0 = connection }
                        attempt = 0
                        try await connection.listen(on: NodeBus.channel) { notifications in
                            if !announced { announced = true; ready.continuation.yield(); ready.continuation.finish() }
                            for try await n in notifications { bus.receive(n.payload) }
                        }
                        try? await connection.close()
                    } catch {
                        if Task.isCancelled { break }
                        attempt += 1
                        logger.warning("node bus listener lost the database; trying again",
                                       metadata: ["attempt": "\(attempt)", "error": "\(String(reflecting: error))"])
                        try? await Task.sleep(nanoseconds: UInt64(min(attempt, 10)) * 500_000_000)
                    }
                }
            }
        }
        // Wait (briefly) until the node listens, so nothing sent right after start-up is missed.
        _ = await withTaskGroup(of: Void.self) { group in
            group.addTask { for await _ in ready.stream { break } }
            group.addTask { try? await Task.sleep(nanoseconds: 3_000_000_000) }
            await group.next()
            group.cancelAll()
        }
    }

    func shutdownAsync(_ app: Application) async {
        let running = task.withLockedValue { t -> Task<Void, Never>? in
            let current = t
            t = nil
            return current
        }
        running?.cancel()
        // Closing the connection ends the notification sequence the task is reading.
        try? await connection.withLockedValue({ $0 })?.close()
        _ = await running?.value
    }
}
