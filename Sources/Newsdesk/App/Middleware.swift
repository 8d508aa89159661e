import Foundation
import Vapor

/// Headers every answer carries: no sniffing, no framing by other sites, no referrer leaks, a strict CSP
/// (the site loads no third-party script, style or font).
struct SecurityHeadersMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        let h = response.headers
        if !h.contains(name: "Content-Security-Policy") {
            response.headers.replaceOrAdd(
                name: "Content-Security-Policy",
                value: "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'"
            )
        }
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(name: "Referrer-Policy", value: "strict-origin-when-cross-origin")
        response.headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
        return response
    }
}

/// One place where errors become answers: JSON `{"error","message","fields"?}` under /api, a real page elsewhere.
struct ErrorPageMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch let abort as any AbortError where (300..<400).contains(abort.status.code) {
            // `Abort.redirect` is a way to leave a handler, not a failure.
            return Response(status: abort.status, headers: abort.headers)
        } catch {
            return await answer(error, for: request)
        }
    }

    private func answer(_ error: any Error, for req: Request) async -> Response {
        let (status, code, message, fields) = Self.classify(error)
        if status.code >= 500 {
            req.logger.error("request failed", metadata: ["path": "\(req.url.path)", "error": "\(String(reflecting: error))"])
        } else {
            req.logger.debug("request refused", metadata: ["path": "\(req.url.path)", "status": "\(status.code)", "error": "\(code)"])
        }
        if req.url.path.hasPrefix("/api/") {
            return APIError(error: code, message: message, fields: fields).response(status: status)
        }
        do {
            let edition = try await ReaderContext.edition(forPath: req.url.path, on: req)
            let layout = try await ReaderContext.layout(req, edition: edition, title: edition.strings.notFoundTitle,
                                                        description: nil, canonicalPath: nil, current: nil)
            let model = ErrorPageModel(layout: layout, status: Int(status.code),
                                       heading: status == .notFound ? edition.strings.notFoundTitle : status.reasonPhrase,
                                       text: status == .notFound ? edition.strings.notFoundText : message,
                                       homeURL: Paths.front(edition.pathPrefix), homeLabel: edition.strings.backHome)
            return PageResponder(req: req).personal(try await req.view.render("errors/error", model), edition: edition, status: status)
        } catch {
            req.logger.error("error page failed", metadata: ["error": "\(String(reflecting: error))"])
            return Response(status: status, headers: ["Content-Type": "text/plain; charset=utf-8"],
                            body: .init(string: "\(status.code) \(status.reasonPhrase)\n"))
        }
    }

    static func classify(_ error: any Error) -> (HTTPStatus, String, String, [String: String]?) {
        switch error {
        case PublishingError.invalidCursor:
            return (.badRequest, "invalid_cursor", "The cursor is not one this server gave out.", ["cursor": "unknown cursor"])
        case PublishingError.notFound:
            return (.notFound, "not_found", "Not found.", nil)
        case PublishingError.invalid(let field, let message):
            return (.unprocessableEntity, "invalid", message, [field: message])
        case let validation as APIValidationError:
            return (.unprocessableEntity, "invalid", validation.message, validation.fields)
        case let abort as any AbortError:
            let code = abort.status == .notFound ? "not_found" : abort.status.reasonPhrase.lowercased().replacingOccurrences(of: " ", with: "_")
            let message = abort.status == .notFound ? "Not found." : abort.reason
            return (abort.status, code, message, nil)
        default:
            return (.internalServerError, "internal", "Something went wrong on our side; it has been logged.", nil)
        }
    }
}
