import Fluent
import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

/// Live streams hold a connection each, so they open only for articles readers can see, and each address and the
/// node as a whole may hold only so many.
@Suite("Live streams: visible articles only, capped per address and per node")
struct LiveStreamLimitTests {
    typealias D = DiscussionTests

    static func expectRefused(_ hub: LiveHub, article: Int, address: String, sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            _ = try hub.subscribe(.thread(article), address: address)
            Issue.record("stream \(article)/\(address) was admitted", sourceLocation: sourceLocation)
        } catch let refused as RequestLimitExceeded {
            #expect(refused.limit == .streams, sourceLocation: sourceLocation)
            #expect(refused.answer.status == .tooManyRequests, sourceLocation: sourceLocation)
            #expect(refused.answer.retryAfter == 30, sourceLocation: sourceLocation)
        } catch {
            Issue.record("unexpected \(error)", sourceLocation: sourceLocation)
        }
    }

    @Test func theHubRefusesPastItsLimitsAndFreesASlotWhenAStreamCloses() async throws {
        let hub = LiveHub(maxPerAddress: 2, maxTotal: 3)
        let a1 = try hub.subscribe(.thread(1), address: "198.51.100.1")
        let a2 = try hub.subscribe(.thread(2), address: "198.51.100.1")
        Self.expectRefused(hub, article: 1, address: "198.51.100.1")  // the third of one address
        let b1 = try hub.subscribe(.thread(1), address: "198.51.100.2")
        #expect(hub.watcherCount == 3)
        Self.expectRefused(hub, article: 1, address: "198.51.100.3")  // the fourth on the node
        #expect(hub.watcherCount == 3, "refused streams take no slot")

        a1.cancel()
        a1.cancel()  // twice is harmless
        #expect(hub.watcherCount == 2)
        let c1 = try hub.subscribe(.thread(1), address: "198.51.100.3")
        Self.expectRefused(hub, article: 1, address: "198.51.100.1")  // the node is full again

        b1.cancel()
        let a3 = try hub.subscribe(.thread(3), address: "198.51.100.1")  // the address has one slot free again
        Self.expectRefused(hub, article: 3, address: "198.51.100.1")
        #expect(hub.watcherCount == 3)

        // Events reach the open streams of their channel only.
        hub.publish(.thread(1), LiveEvent(id: 42, name: "comment", data: "42"))
        var events = c1.stream.makeAsyncIterator()
        let event = await events.next()
        #expect(event?.name == "comment" && event?.data == "42")

        // A reader that goes away (its task cancelled) frees its slot too.
        let reader = Task { for await _ in a3.stream {} }
        reader.cancel()
        _ = await reader.value
        #expect(hub.watcherCount == 2)
        // A stream nobody holds any more ends by itself, so the open ones are kept alive explicitly here.
        let a4 = try hub.subscribe(.thread(3), address: "198.51.100.1")
        withExtendedLifetime(a4.stream) {
            a2.cancel()
            c1.cancel()
            #expect(hub.watcherCount == 1)
        }
        a4.cancel()
        #expect(hub.watcherCount == 0)
    }

    @Test func streamsOpenOnlyForArticlesReadersCanSee() async throws {
        try await withTestApp { app in
            let s = try await D.setup(app)
            let scheduled = try await s.fixture.article(app, title: "Budget to be announced tomorrow", hoursAgo: -6)
            let draft = try await s.fixture.article(app, title: "Unfinished draft about the storm", status: .draft)
            for target in ["/threads/999999/live", "/threads/\(scheduled)/live", "/threads/\(draft)/live", "/threads/0/live",
                           "/threads/abc/live", "/threads/-1/live"] {
                try await app.testing().test(.GET, target) { res in
                    #expect(res.status == .notFound, "\(target)")
                    #expect(res.headers.contentType?.subType != "event-stream")
                }
            }
            #expect(app.newsdesk.live.watcherCount == 0)
            // The published article's stream does open (over a socket: it never ends by itself).
            try await withRunningServer(app) { port in
                let stream = try await Wire.open(port: port, "/threads/\(s.articleID)/live")
                #expect(stream.head.status == 200)
                #expect(stream.head.headers.first(name: .contentType) == "text/event-stream")
                #expect(app.newsdesk.live.watcherCount == 1)
                await stream.close()
                // The next event finds the reader gone and ends the stream.
                app.newsdesk.live.publish(.thread(s.articleID), LiveEvent(id: 1, name: "comment", data: "1"))
            }
        }
    }

    @Test func oneAddressCannotHoldMoreThanItsShareOfStreams() async throws {
        try await withTestApp { app in
            let s = try await D.setup(app)
            let perAddress = app.newsdesk.live.maxPerAddress
            try await withRunningServer(app) { port in
                var open: [Wire.OpenStream] = []
                for _ in 0..<perAddress {
                    let stream = try await Wire.open(port: port, "/threads/\(s.articleID)/live")
                    #expect(stream.head.status == 200)
                    open.append(stream)
                }
                let refused = try await Wire.open(port: port, "/threads/\(s.articleID)/live")
                #expect(refused.head.status == 429)
                #expect(refused.head.headers.first(name: .retryAfter) == "30")
                await refused.close()
                // Readers behind a trusted proxy are counted by their own address.
                let other = try await Wire.open(port: port, "/threads/\(s.articleID)/live", headers: [("X-Forwarded-For", "198.51.100.77")])
                #expect(other.head.status == 200)
                open.append(other)
                #expect(app.newsdesk.live.watcherCount == perAddress + 1)
                for stream in open { await stream.close() }
                app.newsdesk.live.publish(.thread(s.articleID), LiveEvent(id: 1, name: "comment", data: "1"))
            }
        }
    }
}
