import Foundation
import NIOCore
import Vapor

/// Server-Sent Events for one topic of the hub, the one way every live stream is answered: `retry:`, then what the
/// reader missed since its `Last-Event-ID` (from this node's memory, or `history` from the database), then each
/// event as it comes (`id:`, `event:`, one line of JSON `data:`) and `: ping` comments every 15 s (`LiveHub.heartbeat`, on the node's timer).
/// Refused (429) when the address or the node already holds as many streams as the hub allows.
enum LiveStream {
    /// The events after an id, from the database, for topics that keep theirs there.
    typealias History = @Sendable (_ after: Int) async throws -> [LiveEvent]

    static func response(_ req: Request, topic: LiveTopic, history: History? = nil, endAfterReplay: Bool = false) async throws -> Response {
        let hub = req.newsdesk.live
        let last = lastEventID(req)
        // Subscribing before reading what was missed: an event arriving meanwhile is both queued and replayed, and
        // the replayed copy wins (the queued one is skipped by id), so nothing falls between the two.
        let subscription: LiveHub.Subscription? = endAfterReplay ? nil : try hub.subscribe(topic, address: req.clientIP)
        var missed: [LiveEvent] = []
        if let last {
            do {
                let remembered = hub.recent(topic, after: last)
                if remembered.complete || history == nil {
                    missed = remembered.events
                } else if let history {
                    missed = try await history(last)
                }
            } catch {
                subscription?.cancel()
                throw error
            }
        }
        let response = Response(status: .ok, headers: [
            "Content-Type": "text/event-stream", "Cache-Control": "no-store", "X-Accel-Buffering": "no",
        ])
        let replayed = Set(missed.map(\.id))
        var head = "retry: 3000\n: connected\n\n"
        for event in missed { head += event.wire }
        response.body = .init(asyncStream: { [head] writer in
            defer { subscription?.cancel() }
            do {
                try await writer.write(.buffer(ByteBuffer(string: head)))
                if let subscription {
                    for await event in subscription.stream {
                        // Live events are new to this reader, except those it was just sent from memory or the database.
                        if !event.isHeartbeat, replayed.contains(event.id) { continue }
                        try await writer.write(.buffer(ByteBuffer(string: event.wire)))
                    }
                }
                try await writer.write(.end)
            } catch {
                // The reader went away (the usual end of a live stream); the writer must still be closed.
                try? await writer.write(.error(error))
            }
        })
        return response
    }

    /// `Last-Event-ID` as browsers send it on reconnecting, or `last_event_id` in the query for a first connection
    /// that already knows where it is (a page rendered with the latest event's id).
    static func lastEventID(_ req: Request) -> Int? {
        if let header = req.headers.first(name: "Last-Event-ID"), let id = Int(header.trimmingCharacters(in: .whitespaces)), id >= 0 {
            return id
        }
        if let raw = try? req.query.get(String.self, at: "last_event_id"), let id = Int(raw), id >= 0 { return id }
        return nil
    }
}
