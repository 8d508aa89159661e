import Fluent
import NIOConcurrencyHelpers
import Foundation
import Prometheus
import SQLKit
import Vapor

/// Prometheus metrics of a node: requests by route and status, latency histograms, page-cache hit ratio, open
/// live streams, the mail outbox's depth and the lag of due jobs. Served at `/metrics` to the peers the node trusts
/// (loopback and `NEWSDESK_TRUSTED_PROXIES`); anyone else gets a 404.
final class SiteMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    static let buckets: [Duration] = [.milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25),
                                      .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1),
                                      .seconds(2.5), .seconds(5), .seconds(10)]

    private struct RequestKind: Hashable { let route: String; let method: String; let status: UInt }
    /// Each kind of request's counter and its route's histogram, looked up in the registry once: the registry
    /// builds and compares label lists on every call, which was 2% of serving a cached page.
    private let recorders = NIOLockedValueBox<[RequestKind: (Prometheus.Counter, Prometheus.DurationHistogram)]>([:])

    func request(route: String, method: String, status: UInt, duration: Duration) {
        let kind = RequestKind(route: route, method: method, status: status)
        let (counter, histogram) = recorders.withLockedValue { known in
            if let found = known[kind] { return found }
            let made = (registry.makeCounter(name: "newsdesk_http_requests_total",
                                             labels: [("route", route), ("method", method), ("status", String(status))]),
                        registry.makeDurationHistogram(name: "newsdesk_http_request_duration_seconds", labels: [("route", route)],
                                                       buckets: Self.buckets))
            known[kind] = made
            return made
        }
        counter.increment()
        histogram.record(duration)
    }

    /// Gauges read when scraped, then everything in the text format.
    func scrape(_ s: AppServices, on db: any Database, now: Date) async -> String {
        let hits = Double(s.pageCache.hits), misses = Double(s.pageCache.misses)
        registry.makeGauge(name: "newsdesk_page_cache_hit_ratio").set(to: hits + misses > 0 ? hits / (hits + misses) : 0)
        registry.makeGauge(name: "newsdesk_page_cache_entries").set(to: Double(s.pageCache.count))
        registry.makeGauge(name: "newsdesk_live_streams_open").set(to: Double(s.live.watcherCount))
        registry.makeGauge(name: "newsdesk_views_pending").set(to: Double(s.views.pendingCount))
        if let sql = db as? any SQLDatabase {
            if let row = try? await sql.raw("SELECT COUNT(*) AS n FROM outbox WHERE status = 'pending'").first(),
               let n = try? row.decode(column: "n", as: Int.self) {
                registry.makeGauge(name: "newsdesk_outbox_pending").set(to: Double(n))
            }
            if let row = try? await sql.raw("SELECT MIN(run_at) AS due FROM jobs WHERE status = 'pending' AND run_at <= \(bind: now)").first() {
                let due = (try? row.decode(column: "due", as: Date?.self)) ?? (try? row.decode(column: "due", as: Double?.self)).flatMap { $0.map(Date.init(timeIntervalSince1970:)) }
                registry.makeGauge(name: "newsdesk_job_lag_seconds").set(to: due.map { max(0, now.timeIntervalSince($0)) } ?? 0)
            }
        }
        return registry.emitToString()
    }
}

/// Times every request and counts it by its route pattern (never the raw path, so the labels stay few).
struct MetricsMiddleware: AsyncMiddleware {
    let metrics: SiteMetrics

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let start = ContinuousClock.now
        let response: Response
        do {
            response = try await next.respond(to: request)
        } catch {
            metrics.request(route: Self.route(of: request), method: request.method.rawValue, status: 500, duration: ContinuousClock.now - start)
            throw error
        }
        metrics.request(route: Self.route(of: request), method: request.method.rawValue, status: response.status.code,
                        duration: ContinuousClock.now - start)
        return response
    }

    static func route(of request: Request) -> String {
        guard let route = request.route else { return "unmatched" }
        return "/" + route.path.map(\.description).joined(separator: "/")
    }
}

struct MetricsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.metrics, use: metrics)
    }

    @Sendable func metrics(req: Request) async throws -> Response {
        guard let peer = req.remoteAddress?.ipAddress, req.newsdesk.config.trustedProxies.trusts(peer) else { throw Abort(.notFound) }
        let text = await req.newsdesk.metrics.scrape(req.newsdesk, on: req.db, now: req.newsdesk.clock.now())
        return Response(status: .ok, headers: ["Content-Type": "text/plain; version=0.0.4; charset=utf-8", "Cache-Control": "no-store"],
                        body: .init(string: text))
    }
}
