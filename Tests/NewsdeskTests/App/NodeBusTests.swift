import Foundation
import Logging
import Testing
import VaporTesting
@testable import Newsdesk

/// Many nodes, one site: an invalidation or a live event on one node reaches every other node.
@Suite("The node bus")
struct NodeBusTests {
    @Test func aNodeActsOnOtherNodesMessagesAndIgnoresItsOwnEcho() throws {
        let bus = NodeBus(logger: Logger(label: "test"))
        let heard = LockedBox<[NodeMessage]>([])
        bus.onMessage { m in heard.mutate { $0.append(m) } }
        let mine = try #require(NodeBus.payloads(for: [.invalidate(tags: ["article:1"])], node: bus.nodeID).first)
        bus.receive(mine)
        #expect(heard.value.isEmpty)
        let theirs = try #require(NodeBus.payloads(for: [.live(topic: "thread:7", id: 3, name: "comment", data: "{\"id\":3}")], node: "other").first)
        bus.receive(theirs)
        #expect(heard.value == [.live(topic: "thread:7", id: 3, name: "comment", data: "{\"id\":3}")])
        bus.receive("not json")
        #expect(heard.value.count == 1)
    }

    @Test func longTagListsAreSplitUnderTheNotificationLimit() {
        let tags = (0..<2_000).map { "article:\($0)" }
        let payloads = NodeBus.payloads(for: [.invalidate(tags: tags)], node: "n")
        #expect(payloads.count > 1)
        #expect(payloads.allSatisfy { $0.utf8.count <= NodeBus.maxPayload })
        let decoded = payloads.compactMap { try? JSONDecoder().decode(NodeBus.Envelope.self, from: Data($0.utf8)) }
        let all = decoded.flatMap(\.messages).flatMap { m -> [String] in if case .invalidate(let t) = m { return t } else { return [] } }
        #expect(all.sorted() == tags.sorted())
    }

    @Test func messagesPublishedTogetherShareNotificationsInOrder() throws {
        let messages: [NodeMessage] = (0..<300).map { i in
            i % 3 == 0 ? .invalidate(tags: ["article:\(i)", "front:en"]) : .live(topic: "thread:\(i)", id: i, name: "comment", data: "{\"id\":\(i)}")
        }
        let payloads = NodeBus.payloads(for: messages, node: "other")
        // 300 small messages fit in a few notifications, none over the limit.
        #expect(payloads.count > 1 && payloads.count < 10)
        #expect(payloads.allSatisfy { $0.utf8.count <= NodeBus.maxPayload })
        let bus = NodeBus(logger: Logger(label: "test"))
        let heard = LockedBox<[NodeMessage]>([])
        bus.onMessage { m in heard.mutate { $0.append(m) } }
        payloads.forEach(bus.receive)
        #expect(heard.value == messages)
    }

    @Test(.enabled(if: TestDatabase.postgresURL != nil, "needs PostgreSQL: several nodes share one database"))
    func anInvalidationAndALiveEventOnOneNodeReachAnother() async throws {
        let site = try TestSite.make()
        try await withDatabaseTurn {
            try await withTestApp(site: site, lockHeld: true) { nodeA in
                try await withTestApp(site: site, resetDatabase: false, lockHeld: true) { nodeB in
                    try await nodeA.asyncBoot()
                    try await nodeB.asyncBoot()
                    nodeB.newsdesk.pageCache.put("k", html: "<p>cached</p>", contentType: "text/html", tags: ["article:42"],
                                                 zone: .gmt, language: "en")
                    let (stream, cancel) = try nodeB.newsdesk.live.subscribe(.thread(7), address: "198.51.100.1")
                    defer { cancel() }
                    nodeA.newsdesk.pageCache.invalidate(tags: ["article:42"])
                    nodeA.newsdesk.live.publish(.thread(7), LiveEvent(id: 5, name: "comment", data: "{\"id\":5}"))
                    let event = try await withTimeout(seconds: 2) {
                        var events = stream.makeAsyncIterator()
                        return await events.next()
                    }
                    #expect(event == LiveEvent(id: 5, name: "comment", data: "{\"id\":5}"))
                    let deadline = Date().addingTimeInterval(2)
                    while nodeB.newsdesk.pageCache.get("k") != nil, Date() < deadline { try await Task.sleep(nanoseconds: 20_000_000) }
                    #expect(nodeB.newsdesk.pageCache.get("k") == nil, "node B still serves the invalidated page")
                }
            }
        }
    }
}

/// A value shared between a test and the callbacks it installs.
final class LockedBox<Value: Sendable>: @unchecked Sendable {
    // Guarded by `lock`; the class exists so callbacks can write what the test reads.
    private var stored: Value
    private let lock = NSLock()
    init(_ value: Value) { stored = value }
    var value: Value { lock.withLock { stored } }
    func mutate(_ change: (inout Value) -> Void) { lock.withLock { change(&stored) } }
}

struct TimedOut: Error {}

func withTimeout<T: Sendable>(seconds: Double, _ body: @escaping @Sendable () async -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { await body() }
        group.addTask { try await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000)); return nil }
        guard let first = try await group.next(), let value = first else { group.cancelAll(); throw TimedOut() }
        group.cancelAll()
        return value
    }
}
