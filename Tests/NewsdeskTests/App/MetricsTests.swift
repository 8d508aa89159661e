import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

@Suite("Prometheus metrics")
struct MetricsTests {
    @Test func trustedPeersScrapeRequestsLatenciesAndGaugesOthersGet404() async throws {
        try await withTestApp { app in
            let f = try await Fixture.build(app)
            try await f.article(app, title: "Measured story")
            try await withRunningServer(app) { port in
                for _ in 0..<3 { _ = try await Wire.request(port: port, "GET", "/articles/measured-story") }
                _ = try await Wire.request(port: port, "GET", "/no/such/page")
                let scrape = try await Wire.request(port: port, "GET", "/metrics")
                #expect(scrape.status == 200)
                #expect(scrape.headers.first(name: .contentType)?.hasPrefix("text/plain") == true)
                let text = scrape.text
                #expect(text.contains(#"newsdesk_http_requests_total{route="/articles/:slug",method="GET",status="200"} 3"#))
                #expect(text.contains(#"status="404""#))
                #expect(text.contains("newsdesk_http_request_duration_seconds_bucket"))
                #expect(text.contains("newsdesk_page_cache_hit_ratio"))
                #expect(text.contains("newsdesk_live_streams_open 0"))
                #expect(text.contains("newsdesk_outbox_pending"))
            }
            // The in-memory tester has no peer address: not a trusted one, so no metrics.
            try await app.testing().test(.GET, "/metrics") { res in #expect(res.status == .notFound) }
        }
    }
}
