import Foundation
import NIOConcurrencyHelpers

/// What a live stream follows. Comments of a thread and the moderation queue, the entries of a live blog, and the
/// live feed of an edition all travel through the one `LiveHub`.
enum LiveTopic: Hashable, Sendable {
    case thread(Int)
    case moderation
    case blog(Int)
    case feed(edition: Int)

    /// The topic's name on the node bus and in the `live_events` table.
    var key: String {
        switch self {
        case .thread(let id): "thread:\(id)"
        case .moderation: "moderation"
        case .blog(let id): "blog:\(id)"
        case .feed(let edition): "feed:\(edition)"
        }
    }

    init?(key: String) {
        if key == "moderation" { self = .moderation; return }
        let parts = key.split(separator: ":", maxSplits: 1)
        guard parts.count == 2, let n = Int(parts[1]) else { return nil }
        switch parts[0] {
        case "thread": self = .thread(n)
        case "blog": self = .blog(n)
        case "feed": self = .feed(edition: n)
        default: return nil
        }
    }
}

/// One Server-Sent Event. `id` orders a topic's events: a comment's id for threads and the queue, the
/// `live_events` row for live blogs and the feed (the same on every node). A heartbeat has no name.
struct LiveEvent: Sendable, Equatable {
    let id: Int
    let name: String
    let data: String
    /// The event as written on the wire, formatted once for all its readers.
    let wire: String

    init(id: Int, name: String, data: String) {
        self.id = id
        self.name = name
        self.data = data
        // `data` is one line of JSON; a stray newline would end the event early.
        wire = name.isEmpty ? ": ping\n\n" : "id: \(id)\nevent: \(name)\ndata: \(data.replacingOccurrences(of: "\n", with: "\\n"))\n\n"
    }

    static let heartbeat = LiveEvent(id: 0, name: "", data: "")
    var isHeartbeat: Bool { name.isEmpty }
}

/// Fans live events out to the readers watching a topic: this node's watchers directly, the other nodes' through
/// the node bus (PostgreSQL NOTIFY). Each topic keeps its latest events, so a reader who reconnects with
/// `Last-Event-ID` gets what was missed; a reader too slow to take its events is dropped (its browser reconnects
/// and catches up), and nobody else waits for it.
final class LiveHub: Sendable {
    typealias Subscription = (stream: AsyncStream<LiveEvent>, cancel: @Sendable () -> Void)

    private struct Subscriber {
        let id: UUID
        let address: String
        let continuation: AsyncStream<LiveEvent>.Continuation
    }

    private struct Recent {
        var events: [LiveEvent] = []
        var touched: UInt64 = 0
    }

    private struct State {
        var byTopic: [LiveTopic: [Subscriber]] = [:]
        var perAddress: [String: Int] = [:]
        var total = 0
        var recent: [LiveTopic: Recent] = [:]
        var tick: UInt64 = 0
        var dropped = 0
        /// Set when the node drains: open streams are ended and new ones end after what they missed.
        var closed = false
    }

    private let state = NIOLockedValueBox(State())
    /// Open streams one address may hold (a household or an office behind one address reads several tabs).
    let maxPerAddress: Int
    /// Open streams on this node; past it new streams are refused until others close.
    let maxTotal: Int
    /// Events a reader may fall behind by before it is dropped.
    let backlog: Int
    /// Events kept per topic for readers who reconnect, and topics kept (the least recently active go first).
    let replayPerTopic: Int
    let replayTopics: Int

    /// Events published here reach the watchers on every other node through the bus.
    private let bus: NodeBus?

    init(maxPerAddress: Int = 32, maxTotal: Int = 20_000, backlog: Int = 256, replayPerTopic: Int = 200,
         replayTopics: Int = 2_000, bus: NodeBus? = nil) {
        self.maxPerAddress = maxPerAddress
        self.maxTotal = maxTotal
        self.backlog = backlog
        self.replayPerTopic = replayPerTopic
        self.replayTopics = replayTopics
        self.bus = bus
    }

    /// A stream of the topic's events from now on; refused past the per-address and per-node limits.
    func subscribe(_ topic: LiveTopic, address: String) throws -> Subscription {
        let id = UUID()
        let (stream, continuation) = AsyncStream<LiveEvent>.makeStream(bufferingPolicy: .bufferingOldest(backlog))
        let admitted = state.withLockedValue { s -> Bool? in
            // A draining node still answers a stream (its reader gets what it missed and `retry:`), then ends it,
            // so the browser reconnects, through the load balancer, to a node that stays.
            if s.closed { return nil }
            guard s.total < maxTotal, s.perAddress[address, default: 0] < maxPerAddress else { return false }
            s.byTopic[topic, default: []].append(Subscriber(id: id, address: address, continuation: continuation))
            s.perAddress[address, default: 0] += 1
            s.total += 1
            return true
        }
        guard let admitted else {
            continuation.finish()
            return (stream, {})
        }
        guard admitted else {
            continuation.finish()
            throw RequestLimitExceeded(limit: .streams)
        }
        let cancel: @Sendable () -> Void = { [state] in
            state.withLockedValue { s in
                guard let index = s.byTopic[topic]?.firstIndex(where: { $0.id == id }) else { return }
                s.byTopic[topic]?.remove(at: index)
                if s.byTopic[topic]?.isEmpty == true { s.byTopic[topic] = nil }
                s.perAddress[address, default: 1] -= 1
                if s.perAddress[address] == 0 { s.perAddress[address] = nil }
                s.total -= 1
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in cancel() }
        return (stream, cancel)
    }

    /// Tells this topic's watchers here and on every other node.
    func publish(_ topic: LiveTopic, _ event: LiveEvent) {
        publishLocally(topic, event)
        bus?.publish(.live(topic: topic.key, id: event.id, name: event.name, data: event.data))
    }

    /// Delivers to this node's watchers and keeps the event for readers who reconnect.
    func publishLocally(_ topic: LiveTopic, _ event: LiveEvent) {
        let targets = state.withLockedValue { s -> [Subscriber] in
            remember(event, topic: topic, in: &s)
            return s.byTopic[topic] ?? []
        }
        deliver(event, to: targets)
    }

    /// The events after `lastID` this node remembers, oldest first, and whether it can vouch for having all of them
    /// (its memory reaches back to `lastID`); when not, the database answers for topics that keep their events there.
    func recent(_ topic: LiveTopic, after lastID: Int) -> (events: [LiveEvent], complete: Bool) {
        state.withLockedValue { s in
            let events = s.recent[topic]?.events ?? []
            return (events.filter { $0.id > lastID }, events.first.map { $0.id <= lastID } ?? false)
        }
    }

    /// A comment line to every open stream, so proxies keep idle streams open; slow readers are dropped here too.
    func heartbeat() {
        let all = state.withLockedValue { $0.byTopic.values.flatMap { $0 } }
        deliver(.heartbeat, to: all)
    }

    /// Ends every open stream on this node and every later one after its replay (the node is draining). Readers
    /// reconnect after the `retry:` interval with `Last-Event-ID`, so nothing is lost on the way to another node.
    func close() {
        let all = state.withLockedValue { s -> [Subscriber] in
            s.closed = true
            return s.byTopic.values.flatMap { $0 }
        }
        for subscriber in all { subscriber.continuation.finish() }
    }

    var isClosed: Bool { state.withLockedValue { $0.closed } }

    var watcherCount: Int { state.withLockedValue { $0.total } }
    /// Readers dropped because they fell `backlog` events behind, since start.
    var droppedCount: Int { state.withLockedValue { $0.dropped } }

    private func deliver(_ event: LiveEvent, to targets: [Subscriber]) {
        var slow = 0
        for s in targets {
            if case .dropped = s.continuation.yield(event) {
                // Finishing ends this reader's response; its browser reconnects with Last-Event-ID.
                s.continuation.finish()
                slow += 1
            }
        }
        if slow > 0 { state.withLockedValue { $0.dropped += slow } }
    }

    private func remember(_ event: LiveEvent, topic: LiveTopic, in s: inout State) {
        guard !event.isHeartbeat else { return }
        s.tick += 1
        var r = s.recent[topic] ?? Recent()
        // Events from several nodes may arrive slightly out of order: keep the list sorted by id.
        if let last = r.events.last, last.id > event.id {
            let at = r.events.firstIndex { $0.id > event.id } ?? r.events.endIndex
            if at > 0, r.events[at - 1].id == event.id { return }
            r.events.insert(event, at: at)
        } else if r.events.last?.id != event.id {
            r.events.append(event)
        }
        if r.events.count > replayPerTopic { r.events.removeFirst(r.events.count - replayPerTopic) }
        r.touched = s.tick
        if s.recent[topic] == nil, s.recent.count >= replayTopics,
           let oldest = s.recent.min(by: { $0.value.touched < $1.value.touched })?.key {
            s.recent[oldest] = nil
        }
        s.recent[topic] = r
    }
}
