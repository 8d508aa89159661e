import Foundation
import NIOConcurrencyHelpers

/// Fans new comments out to the readers watching a thread (Server-Sent Events). In-process: each node tells its
/// own watchers; across nodes the event would travel by PostgreSQL NOTIFY (not built yet).
final class LiveHub: Sendable {
    struct Event: Sendable {
        let name: String
        let data: String
    }

    private struct Subscriber {
        let id: UUID
        let continuation: AsyncStream<Event>.Continuation
    }

    private let subscribers = NIOLockedValueBox<[Int: [Subscriber]]>([:])

    /// The channel moderators watch for new items in the queue (no article has id 0).
    static let moderationQueue = 0

    /// A stream of the thread's events; `ping` sends a keep-alive to this subscriber only.
    func subscribe(articleID: Int) -> (stream: AsyncStream<Event>, cancel: @Sendable () -> Void, ping: @Sendable () -> Void) {
        let id = UUID()
        let (stream, continuation) = AsyncStream<Event>.makeStream(bufferingPolicy: .bufferingNewest(64))
        subscribers.withLockedValue { $0[articleID, default: []].append(Subscriber(id: id, continuation: continuation)) }
        let cancel: @Sendable () -> Void = { [subscribers] in
            subscribers.withLockedValue { all in
                all[articleID]?.removeAll { $0.id == id }
                if all[articleID]?.isEmpty == true { all[articleID] = nil }
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in cancel() }
        return (stream, cancel, { continuation.yield(Event(name: "", data: "")) })
    }

    func publish(articleID: Int, _ event: Event) {
        let targets = subscribers.withLockedValue { $0[articleID] ?? [] }
        for s in targets { s.continuation.yield(event) }
    }

    var watcherCount: Int { subscribers.withLockedValue { $0.values.reduce(0) { $0 + $1.count } } }
}
