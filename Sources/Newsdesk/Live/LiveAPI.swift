import Fluent
import Foundation
import Vapor

/// The JSON API of live blogs and the live feed: entries (journalists, editors and admins write; everyone reads a
/// published live blog), and the two Server-Sent Event streams. Any article that is not a live blog is 404 here.
struct LiveAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.apiLiveEntries, use: list)
        routes.on(.POST, .apiLiveEntries, body: .collect(maxSize: "256kb"), use: create)
        routes.on(.PATCH, .apiLiveEntry, body: .collect(maxSize: "256kb"), use: update)
        routes.on(.DELETE, .apiLiveEntry, use: delete)
        routes.get(.apiLiveEntriesStream, use: entriesStream)
        routes.get(.apiLiveStream, use: feedStream)
    }

    /// An entry's fields. Each field of the wrong type is reported by name (422), not as a shapeless body error.
    struct EntryBody: Decodable {
        var input = LiveBlogService.EntryInput()
        var problems: [String: String] = [:]

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        init(from decoder: any Decoder) throws {
            // The API's decoder turns snake_case keys into camelCase ones.
            let c = try decoder.container(keyedBy: Key.self)
            var problems: [String: String] = [:]
            func value<T: Decodable>(_ key: String, _ name: String, _ expected: String) -> T? {
                let k = Key(stringValue: key)
                guard c.contains(k) else { return nil }
                if let v = try? c.decode(T.self, forKey: k) { return v }
                problems[name] = expected
                return nil
            }
            func clearable(_ key: String, _ name: String) -> Int?? {
                let k = Key(stringValue: key)
                guard c.contains(k) else { return nil }
                if (try? c.decodeNil(forKey: k)) == true { return .some(nil) }
                if let v = try? c.decode(Int.self, forKey: k), v > 0 { return .some(v) }
                problems[name] = "a positive whole number or null"
                return nil
            }
            input.text = value("textMarkdown", "text_markdown", "a string of Markdown")
            input.keyEvent = value("keyEvent", "key_event", "true or false")
            input.pinned = value("pinned", "pinned", "true or false")
            input.mediaID = clearable("mediaId", "media_id")
            input.relatedID = clearable("relatedId", "related_id")
            self.problems = problems
        }
    }

    private func body(_ req: Request) throws -> LiveBlogService.EntryInput {
        let body = try req.decodeJSON(EntryBody.self)
        guard body.problems.isEmpty else { throw LiveError.invalid(body.problems) }
        return body.input
    }

    private func writer(_ req: Request) throws -> Member {
        let member = try req.requireMember()
        try req.newsdesk.liveBlogs.requireWriter(member)
        return member
    }

    private func pathID(_ req: Request) throws -> Int {
        guard let id = req.parameters.get("id", as: Int.self), id > 0 else { throw LiveError.notFound }
        return id
    }

    @Sendable func create(req: Request) async throws -> Response {
        let actor = try writer(req)
        let live = req.newsdesk.liveBlogs
        let blog = try await live.blog(id: try pathID(req), viewer: actor, on: req.db)
        let entry = try await live.post(blogID: blog.id, try body(req), by: actor, on: req.db)
        let edition = try await live.edition(of: blog, on: req.db)
        return try APIJSON.response(LiveJSON.entry(entry, edition: edition), status: .created, cache: "no-store")
    }

    @Sendable func update(req: Request) async throws -> Response {
        let actor = try writer(req)
        let live = req.newsdesk.liveBlogs
        let entry = try await live.edit(entryID: try pathID(req), try body(req), by: actor, on: req.db)
        let blog = try await live.blog(id: entry.articleID, viewer: actor, on: req.db)
        return try APIJSON.response(LiveJSON.entry(entry, edition: try await live.edition(of: blog, on: req.db)), cache: "no-store")
    }

    @Sendable func delete(req: Request) async throws -> Response {
        let actor = try writer(req)
        try await req.newsdesk.liveBlogs.delete(entryID: try pathID(req), by: actor, on: req.db)
        return Response(status: .noContent, headers: ["Cache-Control": "no-store"])
    }

    @Sendable func list(req: Request) async throws -> Response {
        let live = req.newsdesk.liveBlogs
        let blog = try await live.blog(id: try pathID(req), viewer: req.member, on: req.db)
        var fields: [String: String] = [:]
        var limit = LiveBlogService.pageSize
        if let raw = try? req.query.get(String.self, at: "limit") {
            if let n = Int(raw), (1...100).contains(n) { limit = n } else { fields["limit"] = "must be a whole number from 1 to 100" }
        }
        var before: Int?
        if let raw = try? req.query.get(String.self, at: "cursor") {
            before = FeedCursor(token: raw)?.id
            if before == nil { fields["cursor"] = "not a cursor this server gave out" }
        }
        guard fields.isEmpty else { throw LiveError.invalid(fields) }
        let page = try await live.entries(blogID: blog.id, before: before, limit: limit, on: req.db)
        let edition = try await live.edition(of: blog, on: req.db)
        return try APIJSON.response(ListResponse(items: page.items.map { LiveJSON.entry($0, edition: edition) },
                                                 nextCursor: page.next.map { FeedCursor(seconds: 0, id: $0).token }),
                                    cache: "no-store")
    }

    /// `event: entry|update|delete` (and `ended` when coverage ends; an ended blog's stream replays and closes).
    @Sendable func entriesStream(req: Request) async throws -> Response {
        let live = req.newsdesk.liveBlogs
        let blog = try await live.blog(id: try pathID(req), viewer: nil, on: req.db)
        let db = req.db
        return try await LiveStream.response(req, topic: .blog(blog.id), history: { try await live.events(.blog(blog.id), after: $0, on: db) },
                                             endAfterReplay: blog.ended)
    }

    /// The live feed of an edition (the default one without `edition`): `event: article|entry`.
    @Sendable func feedStream(req: Request) async throws -> Response {
        let s = req.newsdesk
        var edition: EditionInfo?
        if let code = try? req.query.get(String.self, at: "edition") {
            edition = try await s.editions.edition(code: code, on: req.db)
            if edition == nil { throw LiveError.invalid(["edition": "no edition has the code '\(code)'"]) }
        } else {
            edition = try await s.editions.defaultEdition(on: req.db)
        }
        guard let edition else { throw LiveError.notFound }
        let live = s.liveBlogs
        let db = req.db
        let topic = LiveTopic.feed(edition: edition.id)
        return try await LiveStream.response(req, topic: topic, history: { try await live.events(topic, after: $0, on: db) })
    }
}
