import Foundation
import Testing
@testable import Newsdesk

/// The one fan-out of comments, live blogs and the live feed: topics, replay memory, slow readers, heartbeats.
@Suite("The live hub")
struct LiveHubTests {
    static func event(_ id: Int, _ name: String = "entry") -> LiveEvent { LiveEvent(id: id, name: name, data: "{\"id\":\(id)}") }

    @Test func eventsReachTheirTopicOnlyAndAreWrittenAsServerSentEvents() async throws {
        let hub = LiveHub()
        let blog = try hub.subscribe(.blog(1), address: "198.51.100.1")
        let other = try hub.subscribe(.blog(2), address: "198.51.100.1")
        defer { blog.cancel(); other.cancel() }
        hub.publish(.blog(1), Self.event(5))
        hub.publish(.feed(edition: 1), Self.event(6, "article"))
        hub.heartbeat()
        var events = blog.stream.makeAsyncIterator()
        #expect(await events.next() == Self.event(5))
        #expect(await events.next()?.isHeartbeat == true)
        var others = other.stream.makeAsyncIterator()
        #expect(await others.next()?.isHeartbeat == true, "another topic's event never reaches this stream")
        #expect(Self.event(5).wire == "id: 5\nevent: entry\ndata: {\"id\":5}\n\n")
        #expect(LiveEvent.heartbeat.wire == ": ping\n\n")
        #expect(LiveEvent(id: 1, name: "entry", data: "a\nb").wire == "id: 1\nevent: entry\ndata: a\\nb\n\n")
    }

    @Test func topicsRoundTripThroughTheirKeys() {
        for topic in [LiveTopic.thread(3), .moderation, .blog(9), .feed(edition: 2)] {
            #expect(LiveTopic(key: topic.key) == topic)
        }
        #expect(LiveTopic(key: "blog:x") == nil && LiveTopic(key: "nope:1") == nil)
    }

    @Test func theMemoryReplaysWhatWasMissedAndSaysWhenItCannotVouchForIt() {
        let hub = LiveHub(replayPerTopic: 3)
        for id in [10, 12, 11, 13] { hub.publishLocally(.blog(1), Self.event(id)) }  // 12 before 11: another node's
        // Kept sorted; 10 fell out of the memory of three.
        #expect(hub.recent(.blog(1), after: 11).events.map(\.id) == [12, 13])
        #expect(hub.recent(.blog(1), after: 11).complete)
        let old = hub.recent(.blog(1), after: 9)
        #expect(!old.complete, "the memory no longer reaches back to 9: the database must answer")
        #expect(old.events.map(\.id) == [11, 12, 13])
        #expect(!hub.recent(.blog(2), after: 0).complete)
        hub.publishLocally(.blog(1), Self.event(13))  // an echo is kept once
        #expect(hub.recent(.blog(1), after: 11).events.map(\.id) == [12, 13])
    }

    @Test func aSlowReaderIsDroppedAndOthersKeepTheirEvents() async throws {
        let hub = LiveHub(backlog: 2)
        let slow = try hub.subscribe(.blog(1), address: "198.51.100.1")
        let fast = try hub.subscribe(.blog(1), address: "198.51.100.2")
        defer { fast.cancel() }
        var fastEvents = fast.stream.makeAsyncIterator()
        for id in 1...3 {
            hub.publish(.blog(1), Self.event(id))
            #expect(await fastEvents.next()?.id == id)
        }
        #expect(hub.droppedCount == 1)
        // The slow reader gets what it had buffered, then its stream ends (its browser reconnects and replays).
        var received: [Int] = []
        for await e in slow.stream { received.append(e.id) }
        #expect(received == [1, 2])
        #expect(hub.watcherCount == 1)
        hub.publish(.blog(1), Self.event(4))
        #expect(await fastEvents.next()?.id == 4)
    }
}

/// A node that is stopping ends its streams so their readers reconnect to a node that stays.
@Suite("The live hub while the node drains")
struct LiveHubDrainTests {
    @Test func closingEndsOpenStreamsAndLaterStreamsEndAtOnceWithoutCountingAgainstLimits() async throws {
        let hub = LiveHub(maxPerAddress: 1)
        let open = try hub.subscribe(.thread(1), address: "198.51.100.7")
        hub.publish(.thread(1), LiveHubTests.event(1))
        hub.close()
        #expect(hub.isClosed)
        var events = open.stream.makeAsyncIterator()
        #expect(await events.next() == LiveHubTests.event(1), "what was already queued is still delivered")
        #expect(await events.next() == nil, "then the stream ends")
        // Past the per-address limit of one, and still no refusal: the reader gets an ended stream, not a 429.
        for _ in 0..<3 {
            let later = try hub.subscribe(.thread(1), address: "198.51.100.7")
            var it = later.stream.makeAsyncIterator()
            #expect(await it.next() == nil)
        }
        open.cancel()
        #expect(hub.watcherCount == 0)
        // Events that arrive meanwhile are still remembered, for the ended streams' replay.
        hub.publishLocally(.thread(1), LiveHubTests.event(2))
        #expect(hub.recent(.thread(1), after: 1).events.map(\.id) == [2])
    }
}
