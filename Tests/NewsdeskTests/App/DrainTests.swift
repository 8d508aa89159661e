import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Newsdesk

/// A node asked to stop leaves the load balancer's pool before it closes, and static files are cacheable.
@Suite("Draining a node; static files")
struct DrainTests {
    @Test func aDrainingNodeFailsReadinessButGoesOnServing() async throws {
        try await withTestApp { app in
            _ = try await Fixture.build(app)
            #expect(app.newsdesk.drain.begin())
            #expect(!app.newsdesk.drain.begin(), "draining starts once")
            try await app.testing().test(.GET, "/readyz") { res in
                #expect(res.status == .serviceUnavailable)
                #expect(res.text.contains("draining"))
                #expect(res.headers.first(name: .retryAfter) == "5")
                #expect(res.headers.first(name: .cacheControl) == "no-store")
            }
            try await app.testing().test(.GET, "/healthz") { res in
                #expect(res.status == .ok, "the process is alive while it drains")
            }
            try await app.testing().test(.GET, "/") { res in
                #expect(res.status == .ok, "requests that still arrive are answered")
            }
            try await app.testing().test(.GET, "/api/v1/articles") { res in
                #expect(res.status == .ok)
            }
        }
    }

    @Test func drainTimeIsConfigurableAndValidated() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nd-drain-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let resources = packageRoot
        #expect(try Config.fromEnvironment(["NEWSDESK_DATA": dir, "NEWSDESK_RESOURCES": resources]).drainSeconds == 5)
        #expect(try Config.fromEnvironment(["NEWSDESK_DATA": dir, "NEWSDESK_RESOURCES": resources, "NEWSDESK_DRAIN_SECONDS": "0"]).drainSeconds == 0)
        #expect(throws: Config.Invalid.self) {
            try Config.fromEnvironment(["NEWSDESK_DATA": dir, "NEWSDESK_RESOURCES": resources, "NEWSDESK_DRAIN_SECONDS": "-1"])
        }
    }

    @Test func staticFilesCarryCacheControlAndAnswerRevalidationWith304() async throws {
        try await withTestApp { app in
            var etag: String?
            try await app.testing().test(.GET, "/static/site.css") { res in
                #expect(res.status == .ok)
                #expect(res.headers.first(name: .cacheControl) == StaticFilesMiddleware.cacheControl)
                etag = res.headers.first(name: .eTag)
                #expect(etag != nil)
            }
            let tag = try #require(etag)
            try await app.testing().test(.GET, "/static/site.css", headers: ["If-None-Match": tag]) { res in
                #expect(res.status == .notModified)
                #expect(res.headers.first(name: .cacheControl) == StaticFilesMiddleware.cacheControl)
            }
            try await app.testing().test(.GET, "/static/no-such-file.js") { res in
                #expect(res.status == .notFound)
                #expect(res.headers.first(name: .cacheControl) != StaticFilesMiddleware.cacheControl)
            }
        }
    }
}
