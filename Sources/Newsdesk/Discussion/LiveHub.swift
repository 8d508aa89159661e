import Foundation
import NIOConcurrencyHelpers

/// Fans new comments out to the readers watching a thread (Server-Sent Events): this node's watchers directly, the
/// other nodes' through the node bus (PostgreSQL NOTIFY).
final class LiveHub: Sendable {
    struct Event: Sendable {
        let name: String
        let data: String
    }

    private struct Subscriber {
        let id: UUID
        let address: String
        let continuation: AsyncStream<Event>.Continuation
    }

    private struct State {
        var byChannel: [Int: [Subscriber]] = [:]
        var perAddress: [String: Int] = [:]
        var total = 0
    }

    private let state = NIOLockedValueBox(State())
    /// Open streams one address may hold (a household or an office behind one address reads several tabs).
    let maxPerAddress: Int
    /// Open streams on this node; past it new streams are refused until others close.
    let maxTotal: Int

    /// Events published here reach the watchers on every other node through the bus.
    private let bus: NodeBus?

    init(maxPerAddress: Int = 32, maxTotal: Int = 20_000, bus: NodeBus? = nil) {
        self.maxPerAddress = maxPerAddress
        self.maxTotal = maxTotal
        self.bus = bus
    }

    /// The channel moderators watch for new items in the queue (no article has id 0).
    static let moderationQueue = 0

    /// A stream of the channel's events; `ping` sends a keep-alive to this subscriber only.
    func subscribe(articleID: Int, address: String) throws -> (stream: AsyncStream<Event>, cancel: @Sendable () -> Void, ping: @Sendable () -> Void) {
        let id = UUID()
        let (stream, continuation) = AsyncStream<Event>.makeStream(bufferingPolicy: .bufferingNewest(64))
        let admitted = state.withLockedValue { s -> Bool in
            guard s.total < maxTotal, s.perAddress[address, default: 0] < maxPerAddress else { return false }
            s.byChannel[articleID, default: []].append(Subscriber(id: id, address: address, continuation: continuation))
            s.perAddress[address, default: 0] += 1
            s.total += 1
            return true
        }
        guard admitted else {
            continuation.finish()
            throw RequestLimitExceeded(limit: .streams)
        }
        let cancel: @Sendable () -> Void = { [state] in
            state.withLockedValue { s in
                guard let index = s.byChannel[articleID]?.firstIndex(where: { $0.id == id }) else { return }
                s.byChannel[articleID]?.remove(at: index)
                if s.byChannel[articleID]?.isEmpty == true { s.byChannel[articleID] = nil }
                s.perAddress[address, default: 1] -= 1
                if s.perAddress[address] == 0 { s.perAddress[address] = nil }
                s.total -= 1
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in cancel() }
        return (stream, cancel, { continuation.yield(Event(name: "", data: "")) })
    }

    /// Tells this channel's watchers here and on every other node.
    func publish(articleID: Int, _ event: Event) {
        publishLocally(articleID: articleID, event)
        bus?.publish(.live(channel: articleID, name: event.name, data: event.data))
    }

    func publishLocally(articleID: Int, _ event: Event) {
        let targets = state.withLockedValue { $0.byChannel[articleID] ?? [] }
        for s in targets { s.continuation.yield(event) }
    }

    var watcherCount: Int { state.withLockedValue { $0.total } }
}
