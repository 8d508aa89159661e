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
    /// One notification: messages from one node, in the order they were published.
    struct Envelope: Codable, Sendable {
        let node: String
        let messages: [NodeMessage]
    }

    static let channel = "newsdesk_bus"
    /// PostgreSQL refuses notification payloads of 8,000 bytes and more.
    static let maxPayload = 7_000
    /// Most payloads in one `SELECT pg_notify(…), …` statement.
    static let payloadsPerStatement = 100

    let nodeID = UUID().uuidString
    private let sender = NIOLockedValueBox<(@Sendable ([String]) async throws -> Void)?>(nil)
    private let handlers = NIOLockedValueBox<[@Sendable (NodeMessage) -> Void]>([])
    /// Messages waiting for the statement on its way to finish, and whether one is.
    private let outgoing = NIOLockedValueBox<(pending: [NodeMessage], sending: Bool)>(([], false))
    private let logger: Logger

    init(logger: Logger) {
        self.logger = logger
    }

    /// How payloads leave this node, several in one statement (set when there are other nodes to tell).
    func connect(_ send: @escaping @Sendable ([String]) async throws -> Void) {
        sender.withLockedValue { $0 = send }
    }

    /// What this node does with a message from another node.
    func onMessage(_ handler: @escaping @Sendable (NodeMessage) -> Void) {
        handlers.withLockedValue { $0.append(handler) }
    }

    /// Tells the other nodes; never blocks the caller, and a failure is logged (each node's cache also expires).
    /// A message goes out at once when the bus is idle; messages published while a statement is on its way go out
    /// together in the next one, packed into as few notifications as fit. Under load a comment post cost two
    /// `pg_notify` statements of its own (its live event and its page's invalidation), each a round trip and a
    /// wake-up of every listening connection.
    func publish(_ message: NodeMessage) {
        guard let send = sender.withLockedValue({ $0 }) else { return }
        let start = outgoing.withLockedValue { o -> Bool in
            o.pending.append(message)
            guard !o.sending else { return false }
            o.sending = true
            return true
        }
        guard start else { return }
        Task { await self.drain(send) }
    }

    private func drain(_ send: @Sendable ([String]) async throws -> Void) async {
        while true {
            let messages = outgoing.withLockedValue { o -> [NodeMessage] in
                let taken = o.pending
                o.pending = []
                if taken.isEmpty { o.sending = false }
                return taken
            }
            if messages.isEmpty { return }
            do { try await send(Self.payloads(for: messages, node: nodeID)) } catch {
                logger.warning("node bus messages not sent", metadata: ["messages": "\(messages.count)",
                                                                      "error": "\(String(reflecting: error))"])
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
        let handlers = handlers.withLockedValue { $0 }
        for message in envelope.messages {
            for handler in handlers { handler(message) }
        }
    }

    /// The messages as payloads under the size limit, in order, each holding as many whole messages as fit (a long
    /// tag list is split across several).
    static func payloads(for messages: [NodeMessage], node: String) -> [String] {
        guard let name = try? JSONEncoder().encode(node) else { return [] }
        let head = "{\"node\":" + String(decoding: name, as: UTF8.self) + ",\"messages\":["
        let room = maxPayload - head.utf8.count - 2
        var out: [String] = []
        var current: [String] = []
        var size = 0
        for piece in messages.flatMap({ pieces(of: $0, room: room) }) {
            let added = piece.utf8.count + (current.isEmpty ? 0 : 1)
            if size + added > room, !current.isEmpty {
                out.append(head + current.joined(separator: ",") + "]}")
                current = []
                size = 0
            }
            size += piece.utf8.count + (current.isEmpty ? 0 : 1)
            current.append(piece)
        }
        if !current.isEmpty { out.append(head + current.joined(separator: ",") + "]}") }
        return out
    }

    /// One message as JSON of at most `room` bytes, or an invalidation split into several.
    private static func pieces(of message: NodeMessage, room: Int) -> [String] {
        guard let json = try? JSONEncoder().encode(message) else { return [] }
        if json.count <= room { return [String(decoding: json, as: UTF8.self)] }
        guard case .invalidate(let tags) = message, tags.count > 1 else { return [] }
        let half = tags.count / 2
        return pieces(of: .invalidate(tags: Array(tags[..<half])), room: room)
            + pieces(of: .invalidate(tags: Array(tags[half...])), room: room)
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
        bus.connect { [app] payloads in
            guard let sql = app.db as? any SQLDatabase else { return }
            for start in stride(from: 0, to: payloads.count, by: NodeBus.payloadsPerStatement) {
                var statement: SQLQueryString = "SELECT "
                for (i, payload) in payloads[start..<min(start + NodeBus.payloadsPerStatement, payloads.count)].enumerated() {
                    statement.appendLiteral(i == 0 ? "pg_notify(" : ", pg_notify(")
                    statement.appendInterpolation(bind: NodeBus.channel)
                    statement.appendLiteral(", ")
                    statement.appendInterpolation(bind: payload)
                    statement.appendLiteral(")")
                }
                try await sql.raw(statement).run()
            }
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
