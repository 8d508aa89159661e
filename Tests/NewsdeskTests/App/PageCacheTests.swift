import CompressNIO
import Foundation
import NIOCore
import Testing
import VaporTesting
@testable import Newsdesk

/// Pages at wire speed: each stored once, compressed once a minute, answered 304 when unchanged, with the headers
/// a CDN needs; counters never evict a page; a crowd asking for a missing page renders it once.
@Suite("The page cache on the wire")
struct PageCacheTests {
    /// Pages are cut at the clock marker by bytes; the pieces are exactly Foundation's.
    @Test(arguments: ["", "no marker here", "M", "MM", "aMb", "Mstart", "endM", "a MM b M c", "Привет M мир Mالعربية M",
                      "<p>é</p>M<time>M</time>", String(repeating: "x", count: 10_000) + "M" + String(repeating: "y", count: 3)])
    func pagesAreCutAtTheClockMarkerLikeFoundationDoes(template: String) {
        let marker = PageCache.clockMarker
        let page = template.replacingOccurrences(of: "M", with: marker)
        #expect(PageCache.split(page, on: marker) == page.components(separatedBy: marker))
    }

    /// The byte budget holds what a stored page really keeps: its pieces and its plain and compressed copies.
    @Test func theBudgetCountsEveryCopyOfAPage() {
        let budget = 1_000_000
        let cache = PageCache(budgetBytes: budget)
        var rng = SystemRandomNumberGenerator()
        let words = ["storm", "coast", "harbour", "rescue", "river", "council", "bridge", "shelter", "night", "teams"]
        let now = Date()
        for i in 0..<40 {
            let body = (0..<6_000).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ")
            let html = "<html><body><p>\(i)</p><p>\(body)</p></body></html>"
            cache.put("host /page-\(i)", html: html, contentType: "text/html", tags: ["edition:1"], zone: .gmt, language: "en", now: now)
            #expect(cache.bytes <= budget)
        }
        let htmlBytes = 6_000 * 6
        // Each page keeps at least two full copies (pieces and plain rendition) besides the compressed one.
        #expect(cache.count * 2 * htmlBytes <= budget, "\(cache.count) pages of about \(htmlBytes) bytes")
        #expect(cache.count >= 5)
        // The newest page is kept, the oldest went first.
        #expect(cache.get("host /page-39", now: now) != nil)
        #expect(cache.get("host /page-0", now: now) == nil)
    }

    @Test func gzipIsSentToClientsThatAskAndTheBytesAreThePage() async throws {
        try await withTestApp { app in
            let f = try await Fixture.build(app)
            try await f.article(app, title: "Compressed story")
            var plain = ""
            try await app.testing().test(.GET, "/articles/compressed-story") { res in
                #expect(res.status == .ok)
                #expect(res.headers.first(name: .contentEncoding) == nil)
                plain = res.body.string
            }
            try await app.testing().test(.GET, "/articles/compressed-story", headers: ["Accept-Encoding": "gzip, deflate, br"]) { res in
                #expect(res.status == .ok)
                #expect(res.headers.first(name: .contentEncoding) == "gzip")
                #expect(res.headers.first(name: .vary)?.contains("Accept-Encoding") == true)
                var body = res.body
                #expect(body.readableBytes < plain.utf8.count / 2)
                var unzipped = ByteBufferAllocator().buffer(capacity: plain.utf8.count + 4096)
                try body.decompress(to: &unzipped, with: .gzip())
                #expect(String(buffer: unzipped) == plain)
            }
            // gzip refused with q=0 gets the plain page.
            try await app.testing().test(.GET, "/articles/compressed-story", headers: ["Accept-Encoding": "gzip;q=0, identity"]) { res in
                #expect(res.headers.first(name: .contentEncoding) == nil)
            }
        }
    }

    @Test func etagsDifferByEncodingAndMatchingOnesAnswer304WithCDNHeaders() async throws {
        try await withTestApp { app in
            let f = try await Fixture.build(app)
            let id = try await f.article(app, title: "Tagged story")
            var plainTag = "", gzipTag = ""
            try await app.testing().test(.GET, "/articles/tagged-story") { res in
                plainTag = res.headers.first(name: .eTag) ?? ""
                let control = res.headers.first(name: .cacheControl) ?? ""
                #expect(control.contains("public") && control.contains("s-maxage=") && control.contains("stale-while-revalidate="))
                let keys = res.headers.first(name: "Surrogate-Key")?.split(separator: " ").map(String.init) ?? []
                #expect(keys.contains("article:\(id)"))
                #expect(res.headers.first(name: "Cache-Tag")?.contains("article:\(id)") == true)
            }
            try await app.testing().test(.GET, "/articles/tagged-story", headers: ["Accept-Encoding": "gzip"]) { res in
                gzipTag = res.headers.first(name: .eTag) ?? ""
            }
            #expect(!plainTag.isEmpty && !gzipTag.isEmpty && plainTag != gzipTag)
            try await app.testing().test(.GET, "/articles/tagged-story", headers: ["If-None-Match": "\"other\", W/\(plainTag)"]) { res in
                #expect(res.status == .notModified)
                #expect(res.body.readableBytes == 0)
            }
            // A signed-in reader's page is private and never shared.
            let client = FormClient(app)
            _ = try await StaffAndAPISessionTests.makeUser(app, email: "reader@example.com", role: .reader)
            try await AccountFlowTests.logIn(client)
            let personal = try await client.get("/articles/tagged-story")
            #expect(personal.headers.first(name: .cacheControl) == "private, no-store")
            #expect(personal.headers.first(name: "Surrogate-Key") == nil)
        }
    }

    @Test func flushingViewCountsDoesNotEvictTheCachedArticle() async throws {
        try await withTestApp { app in
            let f = try await Fixture.build(app)
            try await f.article(app, title: "Busy story")
            try await app.testing().test(.GET, "/articles/busy-story") { res in #expect(res.status == .ok) }
            let stores = app.newsdesk.pageCache.stores
            await app.newsdesk.views.flush(on: app.db, logger: app.logger)
            for _ in 0..<3 { try await app.testing().test(.GET, "/articles/busy-story") { res in #expect(res.status == .ok) } }
            #expect(app.newsdesk.pageCache.stores == stores)
        }
    }

    @Test func aCrowdAskingForAMissingPageRendersItOnce() async throws {
        try await withTestApp { app in
            let f = try await Fixture.build(app)
            try await f.article(app, title: "Crowded story")
            try await app.testing().test(.GET, "/articles/crowded-story") { res in #expect(res.status == .ok) }
            let before = app.newsdesk.pageCache.stores
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for _ in 0..<20 {
                    group.addTask {
                        let res = try await app.testing().performTest(request: .init(method: .GET, url: "/news",
                                                                                     headers: [:], body: ByteBuffer()))
                        return res.status
                    }
                }
                return try await group.reduce(into: [HTTPStatus]()) { $0.append($1) }
            }
            #expect(statuses.count == 20 && statuses.allSatisfy { $0 == .ok })
            #expect(app.newsdesk.pageCache.stores == before + 1)
        }
    }

    /// Hits are answered before routing (`CachedPageLane`): the same page and headers as the rendering gave, the view
    /// counted, the route's metrics counted; oversized headers still reach the chain and its refusal.
    @Test func cachedHitsAnsweredBeforeRoutingCarryTheSameHeadersCountsAndViews() async throws {
        try await withTestApp { app in
            let f = try await Fixture.build(app)
            try await f.article(app, title: "Fast story")
            let headerNames = ["Content-Type", "Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy",
                               "X-Frame-Options", "Permissions-Policy", "Cache-Control", "Vary", "ETag", "Surrogate-Key"]
            var rendered: [String: String] = [:], body = ""
            let views = app.newsdesk.views.pendingCount
            try await app.testing().test(.GET, "/articles/fast-story") { res in
                #expect(res.status == .ok)
                for name in headerNames { rendered[name] = res.headers.first(name: name) }
                body = res.body.string
            }
            let (hits, misses) = (app.newsdesk.pageCache.hits, app.newsdesk.pageCache.misses)
            try await app.testing().test(.GET, "/articles/fast-story") { res in
                #expect(res.status == .ok)
                for name in headerNames {
                    #expect(res.headers.first(name: name) == rendered[name], "\(name)")
                    #expect(rendered[name] != nil, "\(name)")
                }
                #expect(res.body.string == body)
            }
            #expect(app.newsdesk.pageCache.hits == hits + 1)
            #expect(app.newsdesk.pageCache.misses == misses)
            #expect(app.newsdesk.views.pendingCount == views + 2)
            let text = app.newsdesk.metrics.registry.emitToString()
            let line = text.split(separator: "\n").first {
                $0.hasPrefix("newsdesk_http_requests_total") && $0.contains("route=\"/articles/:slug\"") && $0.contains("status=\"200\"")
            }
            #expect(line.map { $0.hasSuffix(" 2") } == true, "\(line.map(String.init) ?? "no line")")

            // The lane itself answers the hit: the chain behind it is never asked.
            let lane = CachedPageLane(next: Unreachable(), services: app.newsdesk)
            let direct = try await lane.respond(to: Request(application: app, method: .GET, url: "/articles/fast-story",
                                                            on: app.eventLoopGroup.next())).get()
            #expect(String(buffer: direct.body.buffer ?? ByteBuffer()) == body)
            #expect(direct.headers.first(name: "X-Frame-Options") == "DENY")
            // A session cookie is not answered from the cache by the lane.
            let signedIn = Request(application: app, method: .GET, url: "/articles/fast-story",
                                   headers: ["Cookie": "\(MemberMiddleware.cookieName)=abc"], on: app.eventLoopGroup.next())
            await #expect(throws: Unreachable.Asked.self) { try await lane.respond(to: signedIn).get() }

            // Headers over the limit on a cached address: refused by the chain, as on any other address.
            let big = String(repeating: "a", count: RequestLimitsMiddleware.maxHeaderFieldBytes + 10)
            try await app.testing().test(.GET, "/articles/fast-story", headers: ["X-Big": big]) { res in
                #expect(res.status == .requestHeaderFieldsTooLarge)
            }
        }
    }

    @Test(arguments: [("gzip, deflate, br", true), ("br;q=1.0, gzip;q=0.8, *;q=0.1", true), ("*", true), ("gzip;q=0", false),
                      ("identity", false), ("", false), ("deflate", false)])
    func readsAcceptEncoding(header: String, gzip: Bool) {
        #expect(PageResponder.acceptsGzip(header) == gzip)
    }
}

/// A responder that must not be reached.
private struct Unreachable: Responder {
    struct Asked: Error {}
    func respond(to request: Request) -> EventLoopFuture<Response> { request.eventLoop.makeFailedFuture(Asked()) }
}
