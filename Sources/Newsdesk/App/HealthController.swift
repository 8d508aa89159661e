import Fluent
import Foundation
import SQLKit
import Vapor

/// For load balancers and orchestrators: `/healthz` says the process answers; `/readyz` says it can serve —
/// the database answers, every migration this binary knows has run, and the node is not draining. Never cached.
struct HealthController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.health, use: health)
        routes.get(.readiness, use: readiness)
    }

    private static func text(_ status: HTTPStatus, _ body: String) -> Response {
        Response(status: status, headers: ["Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store"],
                 body: .init(string: body + "\n"))
    }

    @Sendable func health(req: Request) async throws -> Response {
        Self.text(.ok, "ok")
    }

    @Sendable func readiness(req: Request) async throws -> Response {
        if req.newsdesk.drain.isDraining {
            let response = Self.text(.serviceUnavailable, "not ready: draining, this node is stopping")
            response.headers.replaceOrAdd(name: .retryAfter, value: "5")
            return response
        }
        do {
            guard let sql = req.db as? any SQLDatabase else { return Self.text(.ok, "ready") }
            let applied = try await sql.raw("SELECT name FROM _fluent_migrations").all()
                .compactMap { try? $0.decode(column: "name", as: String.self) }
            let missing = MigrationList.all.map(\.name).filter { !Set(applied).contains($0) }
            guard missing.isEmpty else {
                let response = Self.text(.serviceUnavailable, "not ready: \(missing.count) migration(s) pending: \(missing.joined(separator: ", "))")
                response.headers.replaceOrAdd(name: .retryAfter, value: "5")
                return response
            }
            return Self.text(.ok, "ready")
        } catch {
            req.logger.warning("not ready", metadata: ["error": "\(String(reflecting: error))"])
            let response = Self.text(.serviceUnavailable, "not ready: the database does not answer")
            response.headers.replaceOrAdd(name: .retryAfter, value: "5")
            return response
        }
    }
}
