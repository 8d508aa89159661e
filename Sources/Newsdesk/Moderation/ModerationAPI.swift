import Fluent
import Foundation
import Vapor

/// The moderation API for tools and apps. A reader's or journalist's token gets 403 on every address.
struct ModerationAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.apiModerationQueue, use: queue)
        routes.post(.apiModerationDecision, use: decide)
        routes.on(.PATCH, .apiModerationComment, use: edit)
        routes.post(.apiModerationBlocks, use: block)
        routes.post(.apiModerationUnblockDecision, use: decideUnblock)
        routes.post(.apiUnblockRequests, use: requestUnblock)
    }

    struct QueueItemJSON: Encodable {
        let comment: APIComment
        let article: String
        let reasons: [String]
        let reports: [[String: String]]
        let author: [String: Int]
    }

    @Sendable func queue(req: Request) async throws -> Response {
        let s = req.newsdesk.moderation
        try s.requireModerator(try req.requireMember())
        var filter = QueueFilter()
        filter.rule = try? req.query.get(String.self, at: "rule")
        if let code = try? req.query.get(String.self, at: "edition") {
            guard let e = try await req.newsdesk.editions.edition(code: code, on: req.db) else {
                throw ModerationError.invalid(["edition": "no edition has the code '\(code)'"])
            }
            filter.editionID = e.id
        }
        filter.articleID = try? req.query.get(Int.self, at: "article")
        filter.authorID = try? req.query.get(Int.self, at: "member")
        filter.oldestFirst = (try? req.query.get(String.self, at: "sort")) == "oldest"
        let offset = try DiscussionService.offset(fromCursor: try? req.query.get(String.self, at: "cursor"))
        let page = try await s.queue(filter, offset: offset, limit: 50, on: req.db)
        let items = page.items.map {
            QueueItemJSON(comment: APIComment($0.comment, findings: $0.comment.findings), article: req.siteOrigin + $0.articlePath,
                          reasons: $0.reasons, reports: $0.reports.map { ["rule": $0.rule, "text": $0.text ?? ""] },
                          author: ["id": $0.standing.userID, "published": $0.standing.published, "rejected": $0.standing.rejected,
                                   "blocks": $0.standing.blocks])
        }
        return try APIJSON.response(ListResponse(items: items, nextCursor: page.next.map(String.init)), cache: "no-store")
    }

    struct DecisionBody: Decodable { var action: String?; var rule: String?; var note: String? }
    struct TextBody: Decodable { var text: String? }
    struct BlockBody: Decodable { var rule: String?; var reason: String? }
    struct UnblockBody: Decodable { var explanation: String? }
    struct UnblockDecisionBody: Decodable { var grant: Bool?; var note: String? }

    @Sendable func decide(req: Request) async throws -> Response {
        let actor = try req.requireMember()
        guard let id = req.parameters.get("id", as: Int.self) else { throw ModerationError.notFound }
        let body = try req.decodeJSON(DecisionBody.self)
        guard let action = body.action.flatMap(ModerationAction.init(rawValue:)) else {
            throw ModerationError.invalid(["action": "use approve, reject or delete"])
        }
        try await req.newsdesk.moderation.decide(actor, commentID: id, action: action, rule: body.rule, note: body.note, on: req.db)
        guard let c = try await req.newsdesk.discussion.comment(id: id, on: req.db) else { return Response(status: .noContent) }
        return try APIJSON.response(APIComment(c), cache: "no-store")
    }

    @Sendable func edit(req: Request) async throws -> Response {
        let actor = try req.requireMember()
        guard let id = req.parameters.get("id", as: Int.self) else { throw ModerationError.notFound }
        try await req.newsdesk.moderation.edit(actor, commentID: id, text: try req.decodeJSON(TextBody.self).text ?? "", on: req.db)
        guard let c = try await req.newsdesk.discussion.comment(id: id, on: req.db) else { throw ModerationError.notFound }
        return try APIJSON.response(APIComment(c), cache: "no-store")
    }

    @Sendable func block(req: Request) async throws -> Response {
        let actor = try req.requireMember()
        guard let id = req.parameters.get("id", as: Int.self) else { throw ModerationError.notFound }
        let body = try req.decodeJSON(BlockBody.self)
        let permanent = try await req.newsdesk.moderation.block(actor, userID: id, rule: body.rule ?? "", reason: body.reason ?? "", on: req.db)
        return try APIJSON.response(["user_id": AnyCodableValue.int(id), "permanent": .bool(permanent)], status: .created, cache: "no-store")
    }

    @Sendable func requestUnblock(req: Request) async throws -> Response {
        let id = try await req.newsdesk.moderation.requestUnblock(try req.requireMember(), explanation: try req.decodeJSON(UnblockBody.self).explanation ?? "", on: req.db)
        return try APIJSON.response(["id": AnyCodableValue.int(id), "subject": .string(ModerationService.unblockSubject)], status: .created, cache: "no-store")
    }

    @Sendable func decideUnblock(req: Request) async throws -> Response {
        let actor = try req.requireMember()
        guard let id = req.parameters.get("id", as: Int.self) else { throw ModerationError.notFound }
        let body = try req.decodeJSON(UnblockDecisionBody.self)
        guard let grant = body.grant else { throw ModerationError.invalid(["grant": "true or false"]) }
        try await req.newsdesk.moderation.decideUnblock(actor, requestID: id, grant: grant, note: body.note, on: req.db)
        return try APIJSON.response(["id": AnyCodableValue.int(id), "status": .string(grant ? "granted" : "refused")], cache: "no-store")
    }
}

/// Small mixed-type JSON values for simple answers.
enum AnyCodableValue: Encodable {
    case int(Int), bool(Bool), string(String)

    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .int(let v): try c.encode(v)
        case .bool(let v): try c.encode(v)
        case .string(let v): try c.encode(v)
        }
    }
}
