import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Serves reader pages through the page cache: anonymous GETs hit memory; a miss renders once and stores.
struct PageResponder {
    let req: Request

    /// Pages are per host (absolute canonical URLs) and per path + query (cursors).
    var cacheKey: String { (req.headers.first(name: .host) ?? "") + " " + req.requestURIString }

    /// Anonymous readers share pages; anyone with a session cookie gets a fresh render.
    var isShareable: Bool { req.sessionCookie == nil }

    func page(
        edition: EditionInfo, tags: Set<String>, countView articleID: Int? = nil,
        render: () async throws -> View
    ) async throws -> Response {
        try await shared {
            await store(try await render(), edition: edition, tags: tags, countView: articleID)
        }
    }

    /// The cached page, or `produce` (which renders and stores it, or answers otherwise, e.g. with a redirect).
    /// Readers asking for the same missing page at once wait for one rendering instead of each doing it.
    func shared(_ produce: () async throws -> Response) async throws -> Response {
        if let hit = await cached() { return hit }
        guard isShareable else { return try await produce() }
        let gate = req.newsdesk.pageCache.renders
        while await gate.enter(cacheKey) == .waited {
            if let hit = await cached() { return hit }
        }
        defer { gate.leave(cacheKey) }
        return try await produce()
    }

    /// A stored page for this address, if any; counts a view when the page is an article.
    func cached() async -> Response? {
        hit(countingMiss: true)?.response
    }

    /// The cached answer and the route that rendered it, without suspending: `CachedPageLane` calls this on the event
    /// loop before any routing. `countingMiss`: the lane's misses go on to the handler, which counts them.
    func hit(countingMiss: Bool) -> (response: Response, route: String)? {
        guard isShareable,
              let entry = req.newsdesk.pageCache.get(cacheKey, now: req.newsdesk.clock.now(), countingMiss: countingMiss) else { return nil }
        if let id = entry.viewOf { req.newsdesk.views.record(id) }
        return (respond(entry, shared: true), entry.route)
    }

    func store(_ view: View, edition: EditionInfo, tags: Set<String>, countView articleID: Int?,
               contentType: String = "text/html; charset=utf-8") async -> Response {
        let html = String(buffer: view.data)
        let now = req.newsdesk.clock.now()
        let entry: PageCache.Entry
        if isShareable {
            entry = req.newsdesk.pageCache.put(cacheKey, html: html, contentType: contentType, tags: tags, zone: edition.timeZone,
                                               language: edition.language, viewOf: articleID, route: MetricsMiddleware.route(of: req), now: now)
        } else {
            entry = PageCache.entry(html: html, contentType: contentType, tags: tags, zone: edition.timeZone,
                                    language: edition.language, viewOf: articleID, now: now)
        }
        if let articleID { req.newsdesk.views.record(articleID) }
        return respond(entry, shared: isShareable)
    }

    /// A page for this reader only (forms, errors, staff pages): rendered now, never cached, the clock filled in.
    func personal(_ view: View, edition: EditionInfo, status: HTTPStatus = .ok) -> Response {
        let html = String(buffer: view.data).replacingOccurrences(
            of: PageCache.clockMarker,
            with: EditionClock.headerTime(req.newsdesk.clock.now(), zone: edition.timeZone, language: edition.language))
        return Response(status: status, headers: ["Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store"],
                        body: .init(string: html))
    }

    /// Shared pages: gzip when the client takes it, an ETag per minute and encoding, 304 when it matches, and the
    /// headers a CDN in front needs (`s-maxage`, `stale-while-revalidate`, `Surrogate-Key`/`Cache-Tag` for purging by
    /// the same tags, `Vary` on the encoding and the session cookie). Personal pages: never stored anywhere.
    private func respond(_ entry: PageCache.Entry, shared: Bool) -> Response {
        let now = req.newsdesk.clock.now()
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: entry.contentType)
        guard shared else {
            headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
            return Response(status: .ok, headers: headers, body: .init(string: entry.assembled(at: now)))
        }
        let rendition = entry.rendition(at: now)
        let gzip = Self.acceptsGzip(req.headers.first(name: .acceptEncoding))
        let etag = gzip ? String(rendition.etag.dropLast()) + "-gz\"" : rendition.etag
        headers.replaceOrAdd(name: .eTag, value: etag)
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=30, s-maxage=300, stale-while-revalidate=60")
        headers.replaceOrAdd(name: .vary, value: "Accept-Encoding, Cookie")
        let tags = entry.tags.sorted()
        headers.replaceOrAdd(name: "Surrogate-Key", value: tags.joined(separator: " "))
        headers.replaceOrAdd(name: "Cache-Tag", value: tags.joined(separator: ","))
        if let match = req.headers.first(name: .ifNoneMatch), Self.matches(match, etag: etag) {
            return Response(status: .notModified, headers: headers)
        }
        if gzip { headers.replaceOrAdd(name: .contentEncoding, value: "gzip") }
        return Response(status: .ok, headers: headers, body: .init(buffer: gzip ? rendition.gzip : rendition.identity))
    }

    /// Whether `Accept-Encoding` takes gzip (listed, or `*`, with a non-zero q).
    static func acceptsGzip(_ header: String?) -> Bool {
        guard let header else { return false }
        for part in header.lowercased().split(separator: ",") {
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let coding = pieces.first, coding == "gzip" || coding == "*" else { continue }
            let q = pieces.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            if q > 0 { return true }
        }
        return false
    }

    static func matches(_ ifNoneMatch: String, etag: String) -> Bool {
        if ifNoneMatch.trimmingCharacters(in: .whitespaces) == "*" { return true }
        return ifNoneMatch.split(separator: ",").contains {
            var tag = $0.trimmingCharacters(in: .whitespaces)
            if tag.hasPrefix("W/") { tag.removeFirst(2) }
            return tag == etag
        }
    }
}

/// Answers a GET of a page already in the page cache before routing and the middleware chain, on the event loop
/// that read the request: no task is started and no thread is woken for the most common request a news site gets.
/// It gives the answer the chain would give: the page handlers look the same key up first (`PageResponder.shared`),
/// a stored address passed the request limits' path checks when it was rendered, and the answer gets the same
/// security headers and metrics. Anything else (a session cookie, a bearer token, oversized headers, a miss) goes
/// down the chain as before.
struct CachedPageLane: Responder {
    let next: any Responder
    let metrics: SiteMetrics

    func respond(to request: Request) -> EventLoopFuture<Response> {
        let start = ContinuousClock.now
        guard request.method == .GET, !request.headers.contains(name: .authorization),
              RequestLimitsMiddleware.withinSizeLimits(request),
              let (response, route) = PageResponder(req: request).hit(countingMiss: false) else {
            return next.respond(to: request)
        }
        SecurityHeadersMiddleware.apply(to: response, for: request)
        request.logger.debug("\(request.method) \(request.requestPath) (cached)")
        metrics.request(route: route, method: "GET", status: response.status.code, duration: ContinuousClock.now - start)
        return request.eventLoop.makeSucceededFuture(response)
    }
}

/// Lets one request render a missing page while others asking for the same address wait for it.
final class RenderGate: Sendable {
    enum Turn: Sendable { case owner, waited }
    private let waiting = NIOLockedValueBox<[String: [CheckedContinuation<Void, Never>]]>([:])

    /// `.owner` when nobody renders this key now (the caller must `leave` when done); `.waited` after another
    /// rendering of it finished.
    func enter(_ key: String) async -> Turn {
        let owner = waiting.withLockedValue { w -> Bool in
            guard w[key] == nil else { return false }
            w[key] = []
            return true
        }
        if owner { return .owner }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            // The rendering may have finished since the check above: then there is nothing to wait for.
            let queued = waiting.withLockedValue { w -> Bool in
                guard w[key] != nil else { return false }
                w[key]?.append(continuation)
                return true
            }
            if !queued { continuation.resume() }
        }
        return .waited
    }

    func leave(_ key: String) {
        let waiters = waiting.withLockedValue { $0.removeValue(forKey: key) ?? [] }
        for w in waiters { w.resume() }
    }
}

extension Request {
    /// Origin for absolute URLs: the configured base URL, else this request's scheme and host.
    var siteOrigin: String {
        if let base = newsdesk.config.baseURL { return base }
        let scheme = isHTTPS ? "https" : "http"
        let host = headers.first(name: .host) ?? "localhost"
        return "\(scheme)://\(host)"
    }
}
