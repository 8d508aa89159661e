import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Serves reader pages through the page cache: anonymous GETs hit memory; a miss renders once and stores.
struct PageResponder {
    let req: Request

    /// Pages are per host (absolute canonical URLs) and per path + query (cursors).
    var cacheKey: String { Self.cacheKey(req) }

    static func cacheKey(_ req: Request) -> String { (req.headers.first(name: .host) ?? "") + " " + req.requestURIString }

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
        guard isShareable, let entry = req.newsdesk.pageCache.get(cacheKey, now: req.newsdesk.clock.now()) else { return nil }
        if let id = entry.viewOf { req.newsdesk.views.record(id) }
        return respond(entry, shared: true)
    }

    func store(_ view: View, edition: EditionInfo, tags: Set<String>, countView articleID: Int?,
               contentType: String = "text/html; charset=utf-8") async -> Response {
        await store(html: String(buffer: view.data), edition: edition, tags: tags, countView: articleID, contentType: contentType)
    }

    /// `store` for a page written in Swift (`ArticleHTML`): the string as it is, not through a buffer and back.
    func store(html: String, edition: EditionInfo, tags: Set<String>, countView articleID: Int?,
               contentType: String = "text/html; charset=utf-8") async -> Response {
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
        personal(html: String(buffer: view.data), edition: edition, status: status)
    }

    func personal(html: String, edition: EditionInfo, status: HTTPStatus = .ok) -> Response {
        let html = PageCache.split(html, on: PageCache.clockMarker).joined(
            separator: EditionClock.headerTime(req.newsdesk.clock.now(), zone: edition.timeZone, language: edition.language))
        return Response(status: status, headers: ["Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store"],
                        body: .init(string: html))
    }

    /// Shared pages: gzip when the client takes it, an ETag per minute and encoding, 304 when it matches, and the
    /// headers a CDN in front needs (`s-maxage`, `stale-while-revalidate`, `Surrogate-Key`/`Cache-Tag` for purging by
    /// the same tags, `Vary` on the encoding and the session cookie). Personal pages: never stored anywhere.
    private func respond(_ entry: PageCache.Entry, shared: Bool) -> Response {
        let now = req.newsdesk.clock.now()
        guard shared else {
            return Response(status: .ok, headers: ["Content-Type": entry.contentType, "Cache-Control": "private, no-store"],
                            body: .init(string: entry.assembled(at: now)))
        }
        return Self.sharedResponse(entry, now: now, request: req.headers)
    }

    static let sharedCacheControl = "public, max-age=30, s-maxage=300, stale-while-revalidate=60"

    /// A shared page's answer to a request with these headers; `extra` headers are added as they are (the cached
    /// lane adds the security headers here, on a response that has none yet).
    static func sharedResponse(_ entry: PageCache.Entry, now: Date, request: HTTPHeaders, extra: [(String, String)] = []) -> Response {
        let rendition = entry.rendition(at: now)
        let gzip = acceptsGzip(request.first(name: .acceptEncoding))
        let etag = gzip ? rendition.gzipETag : rendition.etag
        var headers = HTTPHeaders()
        headers.reserveCapacity(8 + extra.count)
        headers.add(name: .contentType, value: entry.contentType)
        headers.add(name: .eTag, value: etag)
        headers.add(name: .cacheControl, value: sharedCacheControl)
        headers.add(name: .vary, value: "Accept-Encoding, Cookie")
        headers.add(name: "Surrogate-Key", value: entry.surrogateKey)
        headers.add(name: "Cache-Tag", value: entry.cacheTag)
        for (name, value) in extra { headers.add(name: name, value: value) }
        if let match = request.first(name: .ifNoneMatch), matches(match, etag: etag) {
            return Response(status: .notModified, headers: headers)
        }
        if gzip { headers.add(name: .contentEncoding, value: "gzip") }
        return Response(status: .ok, headers: headers, body: .init(buffer: gzip ? rendition.gzip : rendition.identity))
    }

    /// Whether `Accept-Encoding` takes gzip (listed, or `*`, with a non-zero q). Read without Foundation: it is
    /// parsed on every cached hit.
    static func acceptsGzip(_ header: String?) -> Bool {
        guard let header else { return false }
        for part in header.split(separator: ",") {
            var pieces = part.split(separator: ";").makeIterator()
            guard let coding = pieces.next().map(trimmed) else { continue }
            guard coding.lowercased() == "gzip" || coding == "*" else { continue }
            var q = 1.0
            while let parameter = pieces.next().map(trimmed) {
                if parameter.hasPrefix("q=") || parameter.hasPrefix("Q=") { q = Double(parameter.dropFirst(2)) ?? 1 }
            }
            if q > 0 { return true }
        }
        return false
    }

    private static func trimmed(_ text: Substring) -> Substring {
        var slice = text
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return slice
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
    let services: AppServices

    func respond(to request: Request) -> EventLoopFuture<Response> {
        let start = ContinuousClock.now
        guard request.method == .GET, !request.headers.contains(name: .authorization), request.sessionCookie == nil,
              RequestLimitsMiddleware.withinSizeLimits(request) else { return next.respond(to: request) }
        let key = PageResponder.cacheKey(request)
        let now = services.clock.now()
        guard let entry = services.pageCache.get(key, now: now, countingMiss: false) else { return next.respond(to: request) }
        if let id = entry.viewOf { services.views.record(id) }
        let response = PageResponder.sharedResponse(entry, now: now, request: request.headers,
                                                    extra: SecurityHeadersMiddleware.headers(https: request.isHTTPS))
        request.logger.debug("\(request.method) \(request.requestPath) (cached)")
        services.metrics.request(route: entry.route, method: "GET", status: response.status.code, duration: ContinuousClock.now - start)
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
