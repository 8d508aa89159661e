import Foundation
import Vapor

/// Serves reader pages through the page cache: anonymous GETs hit memory; a miss renders once and stores.
struct PageResponder {
    let req: Request

    /// Pages are per host (absolute canonical URLs) and per path + query (cursors).
    var cacheKey: String { (req.headers.first(name: .host) ?? "") + " " + req.url.string }

    /// Anonymous readers share pages; anyone with a session cookie gets a fresh render.
    var isShareable: Bool { req.sessionCookie == nil }

    func page(
        edition: EditionInfo, tags: Set<String>, countView articleID: Int? = nil,
        render: () async throws -> View
    ) async throws -> Response {
        if let hit = await cached() { return hit }
        return await store(try await render(), edition: edition, tags: tags, countView: articleID)
    }

    /// A stored page for this address, if any; counts a view when the page is an article.
    func cached() async -> Response? {
        guard isShareable, let entry = await req.newsdesk.pageCache.get(cacheKey) else { return nil }
        if let id = entry.viewOf { await req.newsdesk.views.record(id) }
        return respond(entry, shared: true)
    }

    func store(_ view: View, edition: EditionInfo, tags: Set<String>, countView articleID: Int?) async -> Response {
        let html = String(buffer: view.data)
        let entry: PageCache.Entry
        if isShareable {
            entry = await req.newsdesk.pageCache.put(cacheKey, html: html, contentType: "text/html; charset=utf-8", tags: tags,
                                                     zone: edition.timeZone, language: edition.language, viewOf: articleID)
        } else {
            entry = PageCache.Entry(parts: html.components(separatedBy: PageCache.clockMarker), contentType: "text/html; charset=utf-8",
                                    digest: "", tags: tags, editionZone: edition.timeZone, editionLanguage: edition.language,
                                    viewOf: articleID, size: 0, lastUse: 0)
        }
        if let articleID { await req.newsdesk.views.record(articleID) }
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

    /// A staff page (admin, moderation) in the default edition's chrome, for this reader only.
    func staffPage<M: Encodable>(_ template: String, title: String, status: HTTPStatus = .ok,
                                 _ make: (LayoutModel) -> M) async throws -> Response {
        let edition = try await ReaderContext.edition(forPath: "/", on: req)
        let layout = try await ReaderContext.layout(req, edition: edition, title: title, description: nil, canonicalPath: nil, current: nil)
        return personal(try await req.view.render(template, make(layout)), edition: edition, status: status)
    }

    private func respond(_ entry: PageCache.Entry, shared: Bool) -> Response {
        let now = req.newsdesk.clock.now()
        let minute = Int(now.timeIntervalSince1970 / 60)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: entry.contentType)
        if shared {
            let etag = "\"\(entry.digest)-\(minute)\""
            headers.replaceOrAdd(name: .eTag, value: etag)
            headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=30")
            if req.headers.first(name: .ifNoneMatch) == etag {
                return Response(status: .notModified, headers: headers)
            }
        } else {
            headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        }
        let clock = "<time class=\"site-clock\" datetime=\"\(EditionClock.iso8601(now, zone: entry.editionZone))\">"
            + EditionClock.headerTime(now, zone: entry.editionZone, language: entry.editionLanguage) + "</time>"
        let body = entry.parts.count == 1 ? entry.parts[0] : entry.parts.joined(separator: clock)
        return Response(status: .ok, headers: headers, body: .init(string: body))
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
