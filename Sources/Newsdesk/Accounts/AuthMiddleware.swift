import Foundation
import Vapor

/// Finds the member of a request: the session cookie for browsers, `Authorization: Bearer` for apps.
struct MemberMiddleware: AsyncMiddleware {
    static let cookieName = "newsdesk_session"
    /// Behind HTTPS the cookie is `__Host-` prefixed: browsers then only accept it Secure, host-only, for path /.
    static let secureCookieName = "__Host-newsdesk_session"

    static func cookieName(secure: Bool) -> String { secure ? secureCookieName : cookieName }

    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let sessions = req.newsdesk.accounts.sessions
        if let bearer = req.headers.bearerAuthorization {
            req.member = try await sessions.member(forToken: bearer.token, kind: "api", on: req.db)
        } else if let cookie = req.sessionCookie {
            req.member = try await sessions.member(forToken: cookie, kind: "web", on: req.db)
        }
        return try await next.respond(to: req)
    }

    static func sessionCookie(_ token: String, remember: Bool, secure: Bool) -> HTTPCookies.Value {
        HTTPCookies.Value(string: token, expires: nil, maxAge: remember ? Int(SessionStore.rememberLifetime) : nil,
                          path: "/", isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }

    static func clearedCookie(secure: Bool) -> HTTPCookies.Value {
        HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: "/", isSecure: secure,
                          isHTTPOnly: true, sameSite: .lax)
    }
}

/// Cross-site request forgery protection for every state-changing request made with a cookie: the browser must say
/// the request is same-origin (Sec-Fetch-Site / Origin), and the form or header must carry the token of the
/// `newsdesk_csrf` cookie (double submit). Requests authenticated by a bearer token alone carry no ambient
/// credentials and are exempt.
struct CSRFMiddleware: AsyncMiddleware {
    static let cookieName = "newsdesk_csrf"
    static let fieldName = "csrf_token"
    static let headerName = "X-CSRF-Token"
    /// A form of plain fields: a 5,000-character comment in any script, percent-encoded, fits with room to spare.
    static let maxFormBytes = 64 * 1024
    /// A form with a file (an avatar is at most 5 MB).
    static let maxUploadBytes = 6 * 1024 * 1024

    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if [.POST, .PUT, .PATCH, .DELETE].contains(req.method) {
            try await check(req)
        }
        let response = try await next.respond(to: req)
        if req.cookies[Self.cookieName] == nil, let token = req.storage[GeneratedCSRF.self] {
            response.cookies[Self.cookieName] = HTTPCookies.Value(
                string: token, path: "/", isSecure: req.isHTTPS, isHTTPOnly: false, sameSite: .strict)
        }
        return response
    }

    private func check(_ req: Request) async throws {
        // The API without a session cookie carries no ambient credentials. Browsers cannot send JSON across sites
        // without a CORS preflight (which we never grant), so JSON bodies are required there.
        if req.requestPath.hasPrefix(Paths.apiPrefix), req.sessionCookie == nil {
            // Photo uploads are multipart; without a cookie they carry no ambient credentials either.
            let upload = req.requestPath == SiteRoute.apiMedia.path() && req.headers.contentType?.type == "multipart"
            guard req.body.data == nil && req.headers.first(name: .contentLength).map({ $0 == "0" }) ?? true
                    || req.headers.contentType == .json || upload else {
                throw Abort(.unsupportedMediaType, reason: "The API accepts JSON bodies only.")
            }
            return
        }
        if let site = req.headers.first(name: "Sec-Fetch-Site"), !["same-origin", "none"].contains(site) {
            throw Abort(.forbidden, reason: "Requests from other sites are not accepted.")
        }
        if let origin = req.headers.first(name: .origin), origin != "null" {
            let host = req.headers.first(name: .host) ?? ""
            guard URL(string: origin).map({ u in (u.host ?? "") + (u.port.map { ":\($0)" } ?? "") }) == host
                    || URL(string: origin)?.host == host else {
                throw Abort(.forbidden, reason: "Requests from other sites are not accepted.")
            }
        }
        var sent = req.headers.first(name: Self.headerName)
        if sent == nil, req.headers.contentType == .urlEncodedForm || req.headers.contentType?.type == "multipart" {
            // Reading the form here takes the route's place, so the same limits apply: a route's own check does
            // not run again on a body that is already read.
            let isUpload = req.headers.contentType?.type == "multipart"
            let isPhotoUpload = isUpload && MediaLibrary.uploadPaths.contains(req.requestPath)
            _ = try await req.body.collect(max: isPhotoUpload ? MediaLibrary.maxPageUploadBytes
                                                : isUpload ? Self.maxUploadBytes : Self.maxFormBytes).get()
            sent = try? req.content.get(String.self, at: Self.fieldName)
        }
        guard let cookie = req.cookies[Self.cookieName]?.string, !cookie.isEmpty, let sent, sent == cookie else {
            throw Abort(.forbidden, reason: "This form has expired. Reload the page and send it again.")
        }
    }

    struct GeneratedCSRF: StorageKey { typealias Value = String }
}

extension Request {
    /// The CSRF token to put into this page's forms; a new one is set as a cookie when the browser has none.
    var csrfToken: String {
        if let existing = cookies[CSRFMiddleware.cookieName]?.string, !existing.isEmpty { return existing }
        if let generated = storage[CSRFMiddleware.GeneratedCSRF.self] { return generated }
        let token = SecureToken.generate(bytes: 24)
        storage[CSRFMiddleware.GeneratedCSRF.self] = token
        return token
    }

    /// The session cookie's value, under either of its names.
    var sessionCookie: String? {
        (cookies[MemberMiddleware.secureCookieName] ?? cookies[MemberMiddleware.cookieName])?.string
    }
}
