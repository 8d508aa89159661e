import Fluent
import Foundation
import Vapor

/// Sessions for apps: `POST /api/v1/sessions` gives a bearer token, `DELETE /api/v1/sessions/current` revokes it.
struct SessionsAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post(.apiSessions, use: create)
        routes.on(.DELETE, .apiCurrentSession, use: revoke)
        routes.get(.apiMe, use: me)
    }

    struct CreateBody: Content {
        var email: String?
        var password: String?
        var otp: String?
    }

    struct MemberJSON: Encodable {
        let id: Int
        let displayName: String
        let role: String
    }

    struct SessionJSON: Encodable {
        let token: String
        let member: MemberJSON
    }

    @Sendable func create(req: Request) async throws -> Response {
        guard let body = try? req.content.decode(CreateBody.self) else {
            throw APIValidationError(message: "Send a JSON object with email and password.", fields: ["body": "not a JSON object"])
        }
        var fields: [String: String] = [:]
        if (body.email ?? "").isEmpty { fields["email"] = "required" }
        if (body.password ?? "").isEmpty { fields["password"] = "required" }
        guard fields.isEmpty, let email = body.email, let password = body.password else {
            throw APIValidationError(message: "E-mail and password are required.", fields: fields)
        }
        let (token, member) = try await req.newsdesk.accounts.logIn(.init(
            email: email, password: password, otp: body.otp, remember: false, ip: req.clientIP, kind: "api"), on: req.db)
        return try APIJSON.response(SessionJSON(token: token, member: .init(id: member.id, displayName: member.displayName, role: member.role.rawValue)),
                                    status: .created, cache: "no-store")
    }

    @Sendable func revoke(req: Request) async throws -> Response {
        guard let member = req.member, member.sessionKind == "api" else {
            return APIError(error: "unauthorized", message: "Send the session's bearer token.", fields: nil).response(status: .unauthorized)
        }
        try await req.newsdesk.accounts.sessions.revoke(sessionID: member.sessionID, on: req.db)
        return Response(status: .noContent)
    }

    @Sendable func me(req: Request) async throws -> Response {
        guard let member = req.member else {
            return APIError(error: "unauthorized", message: "Log in or send a bearer token.", fields: nil).response(status: .unauthorized)
        }
        return try APIJSON.response(MemberJSON(id: member.id, displayName: member.displayName, role: member.role.rawValue), cache: "no-store")
    }
}
