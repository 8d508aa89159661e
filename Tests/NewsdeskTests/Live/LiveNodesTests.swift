import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

/// Several nodes, one site: an entry posted on one node reaches the readers of every other node.
@Suite("Live blogs over several nodes")
struct LiveNodesTests {
    @Test(.enabled(if: TestDatabase.postgresURL != nil, "needs PostgreSQL: several nodes share one database"))
    func anEntryPostedOnNodeAReachesAStreamOnNodeB() async throws {
        let site = try TestSite.make()
        let clock = TestClock(fixedNow)
        try await withDatabaseTurn {
            try await withTestApp(clock: clock, site: site, lockHeld: true) { nodeA in
                try await withTestApp(clock: clock, site: site, resetDatabase: false, lockHeld: true) { nodeB in
                    try await nodeA.asyncBoot()
                    try await nodeB.asyncBoot()
                    let s = try await LiveBlogTests.site(nodeA, clock: clock)
                    let (stream, cancel) = try nodeB.newsdesk.live.subscribe(.blog(s.blog), address: "198.51.100.1")
                    defer { cancel() }
                    let posted = try await LiveBlogTests.post(nodeA, s, ["text_markdown": "Counting has started.", "key_event": true])
                    let event = try await withTimeout(seconds: 10) { () async -> LiveEvent? in
                        var events = stream.makeAsyncIterator()
                        while let e = await events.next() { if !e.isHeartbeat { return e } }
                        return nil
                    }
                    let received = try #require(event)
                    #expect(received.name == "entry")
                    let data = try #require(try JSONSerialization.jsonObject(with: Data(received.data.utf8)) as? [String: Any])
                    #expect(data["id"] as? Int == posted["id"] as? Int && data["text_html"] as? String == "<p>Counting has started.</p>")
                    // Node B remembers it for its readers who reconnect, under the id node A stored.
                    let stored = try await nodeA.newsdesk.liveBlogs.events(.blog(s.blog), after: 0, on: nodeA.db)
                    #expect(stored.map(\.id) == [received.id])
                    #expect(nodeB.newsdesk.live.recent(.blog(s.blog), after: received.id - 1).events == [received])
                }
            }
        }
    }
}
