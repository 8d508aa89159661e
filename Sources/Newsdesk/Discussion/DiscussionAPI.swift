import Fluent
import Foundation
import Standards
import Vapor

struct APIComment: Encodable {
    struct Author: Encodable { let id: Int; let displayName: String }
    struct APIFinding: Encodable { let rule: String; let start: Int; let end: Int; let confidence: Double; let message: String }

    let id: Int
    let articleId: Int
    let parentId: Int?
    let author: Author
    let text: String
    let createdAt: String
    let likes: Int
    let status: String
    let editedByModerator: Bool
    let findings: [APIFinding]?

    init(_ c: CommentView, findings: [Finding]? = nil, zone: TimeZone = .gmt) {
        id = c.id
        articleId = c.articleID
        parentId = c.parentID
        author = Author(id: c.authorID, displayName: c.authorName)
        text = c.text
        createdAt = EditionClock.iso8601(c.createdAt, zone: zone)
        likes = c.likes
        status = c.status.rawValue
        editedByModerator = c.editedByModerator
        self.findings = findings.map { $0.map { APIFinding(rule: $0.rule.rawValue, start: $0.start, end: $0.end, confidence: $0.confidence, message: $0.message) } }
    }

    enum CodingKeys: String, CodingKey {
        case id, articleId, parentId, author, text, createdAt, likes, status, editedByModerator, findings
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(articleId, forKey: .articleId)
        try c.encode(parentId, forKey: .parentId)
        try c.encode(author, forKey: .author)
        try c.encode(text, forKey: .text)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(likes, forKey: .likes)
        try c.encode(status, forKey: .status)
        try c.encode(editedByModerator, forKey: .editedByModerator)
        try c.encodeIfPresent(findings, forKey: .findings)
    }
}

/// The discussion API for apps: the same rules and answers as the pages, with a bearer token or a session.
struct DiscussionAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let v1 = routes.grouped("api", "v1")
        v1.get("articles", ":id", "comments", use: list)
        v1.post("articles", ":id", "comments", use: create)
        v1.patch("comments", ":id", use: update)
        v1.delete("comments", ":id", use: remove)
        v1.post("comments", ":id", "like", use: like)
        v1.post("comments", ":id", "reports", use: report)
    }

    struct RejectedBody: Encodable {
        let error: String
        let message: String
        let findings: [APIComment.APIFinding]
    }

    static func errorResponse(_ error: DiscussionError, text: String?) -> Response {
        switch error {
        case .rejected(let findings):
            let body = RejectedBody(error: "rejected", message: "The comment breaks the community standards; edit it and send it again.",
                                    findings: findings.map { .init(rule: $0.rule.rawValue, start: $0.start, end: $0.end, confidence: $0.confidence, message: $0.message) })
            return (try? APIJSON.response(body, status: .unprocessableEntity, cache: "no-store")) ?? Response(status: .unprocessableEntity)
        case .invalid(let fields):
            return APIError(error: "invalid", message: fields.values.sorted().joined(separator: " "), fields: fields).response(status: .unprocessableEntity)
        case .notLoggedIn:
            return APIError(error: "unauthorized", message: DiscussionSection.message(for: error), fields: nil).response(status: .unauthorized)
        case .notFound:
            return APIError(error: "not_found", message: DiscussionSection.message(for: error), fields: nil).response(status: .notFound)
        case .unconfirmed:
            return APIError(error: "unconfirmed", message: DiscussionSection.message(for: error), fields: nil).response(status: .forbidden)
        case .blocked(_, _, let permanent):
            return APIError(error: permanent ? "blocked_permanently" : "blocked", message: DiscussionSection.message(for: error), fields: nil).response(status: .forbidden)
        case .closed:
            return APIError(error: "closed", message: DiscussionSection.message(for: error), fields: nil).response(status: .forbidden)
        case .notYours, .editWindowOver:
            return APIError(error: "forbidden", message: DiscussionSection.message(for: error), fields: nil).response(status: .forbidden)
        }
    }

    static func rateLimited(_ retry: Int) -> Response {
        let response = APIError(error: "rate_limited", message: "You are posting too fast; wait \(retry) seconds.", fields: nil)
            .response(status: .tooManyRequests)
        response.headers.replaceOrAdd(name: .retryAfter, value: "\(retry)")
        return response
    }

    private func run(_ body: () async throws -> Response) async throws -> Response {
        do { return try await body() }
        catch let error as DiscussionError { return Self.errorResponse(error, text: nil) }
        catch AccountError.rateLimited(let retry) { return Self.rateLimited(retry) }
    }

    struct TextBody: Content { var text: String?; var parentId: Int? }
    struct ReportBody: Content { var rule: String?; var text: String? }

    private func decode<T: Decodable>(_ type: T.Type, _ req: Request) throws -> T {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        guard let data = req.body.data, let value = try? decoder.decode(T.self, from: Data(buffer: data)) else {
            throw APIValidationError(message: "Send a JSON object.", fields: ["body": "not a JSON object of the expected shape"])
        }
        return value
    }

    @Sendable func list(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id", as: Int.self), try await req.newsdesk.articles.article(id: id, on: req.db) != nil else {
            throw Abort(.notFound)
        }
        let rawSort = try? req.query.get(String.self, at: "sort")
        guard let sort = CommentSort(rawValue: rawSort ?? "newest") else {
            throw APIValidationError(message: "Unknown sort.", fields: ["sort": "use newest, oldest or liked"])
        }
        let page = try await req.newsdesk.discussion.thread(articleID: id, viewer: req.member, sort: sort,
                                                             cursor: try? req.query.get(String.self, at: "cursor"), on: req.db)
        let items = page.comments.flatMap { [APIComment($0)] + $0.replies.map { APIComment($0) } }
        return try APIJSON.response(ListResponse(items: items, nextCursor: page.nextCursor), cache: "no-store")
    }

    @Sendable func create(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id", as: Int.self) else { throw Abort(.notFound) }
        let body = try decode(TextBody.self, req)
        return try await run {
            let posted = try await req.newsdesk.discussion.post(req.member, articleID: id, text: body.text ?? "", parentID: body.parentId,
                                                                 ip: req.clientIP, on: req.db)
            return try APIJSON.response(APIComment(posted.comment, findings: posted.findings), status: .created, cache: "no-store")
        }
    }

    @Sendable func update(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id", as: Int.self) else { throw Abort(.notFound) }
        let body = try decode(TextBody.self, req)
        return try await run {
            let posted = try await req.newsdesk.discussion.edit(req.member, commentID: id, text: body.text ?? "", on: req.db)
            return try APIJSON.response(APIComment(posted.comment, findings: posted.findings), cache: "no-store")
        }
    }

    @Sendable func remove(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id", as: Int.self) else { throw Abort(.notFound) }
        return try await run {
            try await req.newsdesk.discussion.delete(req.member, commentID: id, on: req.db)
            return Response(status: .noContent)
        }
    }

    @Sendable func like(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id", as: Int.self) else { throw Abort(.notFound) }
        return try await run {
            try APIJSON.response(["likes": try await req.newsdesk.discussion.like(req.member, commentID: id, on: req.db)], cache: "no-store")
        }
    }

    @Sendable func report(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id", as: Int.self) else { throw Abort(.notFound) }
        let body = try decode(ReportBody.self, req)
        return try await run {
            try await req.newsdesk.discussion.report(req.member, commentID: id, rule: body.rule ?? "", text: body.text, on: req.db)
            return Response(status: .created)
        }
    }
}
