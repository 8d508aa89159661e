import Foundation
import Vapor

/// Headers every answer carries: no sniffing, no framing by other sites, no referrer leaks, a strict CSP
/// (the site loads no third-party script, style or font).
struct SecurityHeadersMiddleware: AsyncMiddleware {
    /// A news site needs none of these powerful features; nothing embedded may ask for them either.
    static let permissionsPolicy = "accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), "
        + "fullscreen=(self), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), "
        + "picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), usb=(), xr-spatial-tracking=(), browsing-topics=()"

    /// `formOrigins`: other sites a form here may lead to (a sign-in form redirects to its provider, and browsers
    /// apply `form-action` to the redirect too).
    static func contentSecurityPolicy(formOrigins: [String] = []) -> String {
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action "
            + (["'self'"] + formOrigins).joined(separator: " ")
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        Self.apply(to: response, for: request)
        return response
    }

    static func apply(to response: Response, for request: Request) {
        let keepsPolicy = response.headers.contains(name: "Content-Security-Policy")
        for (name, value) in headers(https: request.isHTTPS) where !(keepsPolicy && name == "Content-Security-Policy") {
            response.headers.replaceOrAdd(name: name, value: value)
        }
    }

    private static let defaultPolicy = contentSecurityPolicy()
    private static let common = [("Content-Security-Policy", defaultPolicy), ("X-Content-Type-Options", "nosniff"),
                                 ("Referrer-Policy", "strict-origin-when-cross-origin"), ("X-Frame-Options", "DENY"),
                                 ("Permissions-Policy", permissionsPolicy)]
    private static let overHTTPS = common + [("Strict-Transport-Security", "max-age=31536000")]

    /// The headers, with the default policy (a response may bring its own `Content-Security-Policy`).
    static func headers(https: Bool) -> [(String, String)] { https ? overHTTPS : common }
}

/// One place where errors become answers: JSON `{"error","message","fields"?}` for the API and for callers that
/// ask for JSON first, a real page for everyone else; `Retry-After` on 429 and 503. An error that is not an
/// `ExpectedFailure` (or a database that cannot take the work now) is a bug: a 500, logged with the request id.
struct ErrorPageMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch let abort as any AbortError where (300..<400).contains(abort.status.code) {
            // `Abort.redirect` is a way to leave a handler, not a failure.
            return Response(status: abort.status, headers: abort.headers)
        } catch {
            return await Self.response(for: error, to: request)
        }
    }

    static func response(for error: any Error, to req: Request) async -> Response {
        let answer = Failures.answer(for: error) ?? Failures.internalAnswer
        if answer.status.code >= 500 {
            req.logger.error("request failed", metadata: [
                "request_id": "\(req.id)", "method": "\(req.method)", "path": "\(req.url.path)",
                "status": "\(answer.status.code)", "error": "\(String(reflecting: error))"])
        } else {
            req.logger.debug("request refused", metadata: [
                "request_id": "\(req.id)", "path": "\(req.url.path)", "status": "\(answer.status.code)", "error": "\(answer.code)"])
        }
        let response: Response
        if req.wantsJSON {
            response = APIError(answer).response(status: answer.status)
        } else {
            response = await page(answer, for: req)
        }
        if let retry = answer.retryAfter { response.headers.replaceOrAdd(name: .retryAfter, value: "\(retry)") }
        return response
    }

    /// The newsroom, the moderation desk and the admin pages: their refusals come in the staff member's language.
    static func isStaffArea(_ path: String) -> Bool {
        let areas = [NewsroomPaths.home, Paths.moderationQueue(), Paths.adminMail].compactMap { $0.split(separator: "/").first }
        return path.split(separator: "/").first.map(areas.contains) ?? false
    }

    private static func page(_ answer: FailureAnswer, for req: Request) async -> Response {
        let status = answer.status
        do {
            var edition = try await ReaderContext.edition(forPath: req.requestPath, on: req)
            if Self.isStaffArea(req.requestPath) { edition = PageResponder.staffEdition(edition, language: req.member?.language) }
            let model = ErrorPage.build(try await PageContext.load(req, edition: edition), answer: answer)
            return PageResponder(req: req).personal(try await req.view.render("errors/error", model), edition: edition, status: status)
        } catch {
            // The page itself needs the database; when that is what failed, a plain answer still says what happened.
            req.logger.warning("error page without chrome", metadata: ["request_id": "\(req.id)", "error": "\(String(reflecting: error))"])
            return Response(status: status, headers: ["Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store"],
                            body: .init(string: "\(status.code) \(status.reasonPhrase)\n\n\(answer.message)\n"))
        }
    }
}

extension Request {
    private struct PathKey: StorageKey { typealias Value = String }
    private struct URIStringKey: StorageKey { typealias Value = String }

    /// `url.path`, worked out once per request: Vapor derives it through `URLComponents` and string replacement on
    /// every read (8% of a cached page in a profile, read by four middlewares and the router); `URIPath` reads it
    /// without Vapor's string replacement.
    var requestPath: String {
        if let path = storage[PathKey.self] { return path }
        let path = URIPath.path(url)
        storage[PathKey.self] = path
        return path
    }

    /// `url.string`, likewise worked out once, from the path: Vapor's `url.string` repeats the path's string
    /// replacement on the whole address (5% of a cached page). A request's address has no scheme, host or fragment.
    var requestURIString: String {
        if let string = storage[URIStringKey.self] { return string }
        let string = url.query.map { requestPath + "?" + $0 } ?? requestPath
        storage[URIStringKey.self] = string
        return string
    }

    /// JSON for the API and for clients whose Accept header ranks JSON above HTML (scripts calling page
    /// addresses); browsers' `text/html,...,*/*;q=0.8` gets pages.
    var wantsJSON: Bool {
        if requestPath.hasPrefix(Paths.apiPrefix) { return true }
        return Self.prefersJSON(accept: headers.first(name: .accept))
    }

    static func prefersJSON(accept: String?) -> Bool {
        guard let accept, !accept.isEmpty else { return false }
        var json = 0.0, html = 0.0
        for (index, part) in accept.split(separator: ",").enumerated() {
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let type = pieces.first else { continue }
            var q = 1.0
            for p in pieces.dropFirst() where p.hasPrefix("q=") { q = Double(p.dropFirst(2)) ?? 0 }
            // Earlier entries win ties, as browsers list what they want first.
            let weight = q - Double(index) * 1e-6
            if type == "application/json" || type.hasSuffix("+json") { json = max(json, weight) }
            if type == "text/html" || type == "application/xhtml+xml" { html = max(html, weight) }
        }
        return json > 0 && json > html
    }
}

/// Size limits checked before any routing or file lookup: an address over 8 KB is 414, headers over 32 KB in all
/// (or 8 KB in one) are 431, and a path no route or file can have (a segment over 255 bytes, over 4 KB in all)
/// is 404 without touching the file system. Bodies over a route's limit are refused 413 by Vapor itself.
struct RequestLimitsMiddleware: AsyncMiddleware {
    static let maxURIBytes = 8 * 1024
    static let maxHeaderBytes = 32 * 1024
    static let maxHeaderFieldBytes = 8 * 1024
    static let maxPathBytes = 4 * 1024
    static let maxSegmentBytes = 255

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let exceeded = Self.sizeLimitExceeded(request) { throw RequestLimitExceeded(limit: exceeded) }
        if let encoding = request.headers.first(name: .contentEncoding), encoding.lowercased() != "identity", Self.hasBody(request) {
            throw Abort(.unsupportedMediaType, reason: "Request bodies are accepted as they are, not compressed (Content-Encoding: \(encoding)).")
        }
        let path = request.requestPath
        if path.utf8.count > Self.maxPathBytes
            || path.split(separator: "/", omittingEmptySubsequences: true).contains(where: { $0.utf8.count > Self.maxSegmentBytes }) {
            throw Abort(.notFound)
        }
        if !Self.isPlainPath(path) { throw Abort(.notFound) }
        if let query = request.url.query, query.removingPercentEncoding == nil {
            throw APIValidationError(message: "The address's query is not valid percent-encoded UTF-8.",
                                     fields: ["query": "not valid UTF-8"])
        }
        return try await next.respond(to: request)
    }

    /// The address or the headers over their limits, if they are.
    static func sizeLimitExceeded(_ request: Request) -> RequestLimitExceeded.Limit? {
        if request.requestURIString.utf8.count > maxURIBytes { return .uri }
        var total = 0
        for (name, value) in request.headers {
            let size = name.utf8.count + value.utf8.count + 4
            if size > maxHeaderFieldBytes { return .headers }
            total += size
        }
        return total > maxHeaderBytes ? .headers : nil
    }

    static func withinSizeLimits(_ request: Request) -> Bool { sizeLimitExceeded(request) == nil }

    /// Whether the request carries a body (a `Content-Encoding` on a GET without one is harmless and let through).
    static func hasBody(_ request: Request) -> Bool {
        request.headers.contains(name: .transferEncoding)
            || (request.headers.first(name: .contentLength).flatMap { Int($0) } ?? 0) > 0
    }

    /// No route or file has a path that decodes to dot segments, NUL or other control characters, backslashes or
    /// encoded slashes: such paths are 404 before the file system is asked (which would answer 403 or cut the name
    /// at a NUL).
    static func isPlainPath(_ path: String) -> Bool {
        // Most addresses are printable ASCII without escapes or backslashes: nothing to decode, only dot segments to
        // look for (decoding and Unicode properties were 6% of a cached page in a profile).
        if path.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "%") && $0 != UInt8(ascii: "\\") }) {
            if path.contains("../") || path.contains("/./") { return false }
            return !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == "." || $0 == ".." }
        }
        let lowered = path.lowercased()
        if lowered.contains("%2f") || lowered.contains("%5c") { return false }
        guard let decoded = path.removingPercentEncoding else { return false }
        if decoded.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == "\\" }) { return false }
        // The file middleware refuses any "../" (even inside "....//") with 403; no real address has one.
        if decoded.contains("../") || decoded.contains("/./") { return false }
        return !decoded.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == "." || $0 == ".." }
    }
}

/// `Public/static` (stylesheet, scripts, icon): only addresses under `/static/` touch the file system, so a page
/// request never costs a file lookup. Files are answered with an `ETag` (304 on `If-None-Match`) and may be
/// kept by browsers and shared caches for ten minutes, then used while they are checked again for a day.
/// Their addresses carry no version, so a change reaches readers within ten minutes of a deploy.
struct StaticFilesMiddleware: AsyncMiddleware {
    static let prefix = "/static/"
    static let cacheControl = "public, max-age=600, stale-while-revalidate=86400"
    private let files: FileMiddleware

    init(publicDirectory: String) {
        files = FileMiddleware(publicDirectory: publicDirectory, defaultFile: nil, advancedETagComparison: true)
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.requestPath.hasPrefix(Self.prefix) else { return try await next.respond(to: request) }
        let response = try await files.respond(to: request, chainingTo: next)
        if response.status == .ok || response.status == .notModified {
            response.headers.replaceOrAdd(name: .cacheControl, value: Self.cacheControl)
        }
        return response
    }
}
