import Fluent
import Foundation
import Standards
import Vapor

struct APIComment: Encodable {
    struct Author: Encodable { let id: Int; let displayName: String }

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
        self.findings = findings.map { $0.map(APIFinding.init) }
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
        routes.get(.apiArticleComments, use: list)
        // A 5,000-character comment written with JSON \u escapes is up to 6 bytes a character.
        routes.on(.POST, .apiArticleComments, body: .collect(maxSize: "64kb"), use: create)
        routes.on(.PATCH, .apiComment, body: .collect(maxSize: "64kb"), use: update)
        routes.on(.DELETE, .apiComment, use: remove)
        routes.post(.apiCommentLike, use: like)
        routes.post(.apiCommentReports, use: report)
    }

    struct TextBody: Content { var text: String?; var parentId: Int? }
    struct ReportBody: Content { var rule: String?; var text: String? }

    @Sendable func list(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id", as: Int.self), try await req.newsdesk.articles.isVisible(id: id, on: req.db) else {
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
        let body = try req.decodeJSON(TextBody.self)
        let posted = try await req.newsdesk.discussion.post(try req.requireMember(), articleID: id, text: body.text ?? "", parentID: body.parentId,
                                                             ip: req.clientIP, on: req.db)
        return try APIJSON.response(APIComment(posted.comment, findings: posted.findings), status: .created, cache: "no-store")
    }

    @Sendable func update(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id", as: Int.self) else { throw Abort(.notFound) }
        let body = try req.decodeJSON(TextBody.self)
        let posted = try await req.newsdesk.discussion.edit(try req.requireMember(), commentID: id, text: body.text ?? "", on: req.db)
        return try APIJSON.response(APIComment(posted.comment, findings: posted.findings), cache: "no-store")
    }

    @Sendable func remove(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id", as: Int.self) else { throw Abort(.notFound) }
        try await req.newsdesk.discussion.delete(try req.requireMember(), commentID: id, on: req.db)
        return Response(status: .noContent)
    }

    @Sendable func like(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id", as: Int.self) else { throw Abort(.notFound) }
        return try APIJSON.response(["likes": try await req.newsdesk.discussion.like(try req.requireMember(), commentID: id, on: req.db)], cache: "no-store")
    }

    @Sendable func report(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id", as: Int.self) else { throw Abort(.notFound) }
        let body = try req.decodeJSON(ReportBody.self)
        try await req.newsdesk.discussion.report(try req.requireMember(), commentID: id, rule: body.rule ?? "", text: body.text, on: req.db)
        return Response(status: .created)
    }
}
