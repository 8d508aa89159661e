import Fluent
import Foundation
import NewsText
import SQLKit

enum LiveError: Error, Equatable {
    case forbidden(String)
    /// No such entry, or the article is not a live blog (or readers cannot see it yet).
    case notFound
    /// Field name -> what to fix.
    case invalid([String: String])
}

/// An entry as pages, the API and the streams show it.
struct LiveEntryView: Sendable, Equatable {
    let id: Int
    let articleID: Int
    let authorID: Int?
    let authorName: String
    let textMarkdown: String
    let textHTML: String
    let keyEvent: Bool
    let pinned: Bool
    let mediaID: Int?
    let media: ImageRef?
    let relatedID: Int?
    /// The related article, when readers can see it.
    let related: ArticleSummary?
    let publishedAt: Date
    let updatedAt: Date?
}

/// The rules of live blogs: who writes entries, what an entry may hold, one pinned entry per blog, and the events
/// every change sends (kept in `live_events` for readers who reconnect, then fanned out by the hub to every node).
/// Also the live feed: every published article and every new entry, per edition.
struct LiveBlogService: Sendable {
    let clock: AppClock
    let hub: LiveHub
    let articles: ArticleService
    let editions: EditionService
    let cache: PageCache

    static let writers: Set<Role> = [.journalist, .editor, .admin]
    static let maxText = 20_000
    static let pageSize = 20

    /// What a write changes; `nil` leaves a field as it is, and for the double optionals `.some(nil)` clears it.
    struct EntryInput: Sendable, Equatable {
        var text: String?
        var keyEvent: Bool?
        var pinned: Bool?
        var mediaID: Int??
        var relatedID: Int??
    }

    func requireWriter(_ actor: Member) throws {
        guard Self.writers.contains(actor.role) else {
            throw LiveError.forbidden("Live-blog entries are written by journalists, editors and admins.")
        }
    }

    /// The live blog, for writers whatever its state, for everyone else once published.
    func blog(id: Int, viewer: Member?, on db: any Database) async throws -> LiveBlogRef {
        guard id > 0, let blog = try await articles.liveBlog(id: id, on: db) else { throw LiveError.notFound }
        if !blog.isVisible, !(viewer.map { Self.writers.contains($0.role) } ?? false) { throw LiveError.notFound }
        return blog
    }

    // MARK: Reading

    /// Entries newest first; `before` is the last id of the previous page.
    func entries(blogID: Int, before: Int?, limit: Int, on db: any Database) async throws -> (items: [LiveEntryView], next: Int?) {
        let limit = max(1, min(limit, 100))
        var q = LiveEntry.query(on: db).filter(\.$articleID == blogID).filter(\.$deletedAt == nil)
        if let before { q = q.filter(\.$id < before) }
        let rows = try await q.sort(\.$id, .descending).limit(limit + 1).all()
        let page = Array(rows.prefix(limit))
        return (try await views(page, on: db), rows.count > limit ? page.last?.id : nil)
    }

    func keyEvents(blogID: Int, limit: Int = 10, on db: any Database) async throws -> [LiveEntryView] {
        let rows = try await LiveEntry.query(on: db).filter(\.$articleID == blogID).filter(\.$deletedAt == nil)
            .filter(\.$keyEvent == true).sort(\.$id, .descending).limit(limit).all()
        return try await views(rows, on: db)
    }

    func pinned(blogID: Int, on db: any Database) async throws -> LiveEntryView? {
        let rows = try await LiveEntry.query(on: db).filter(\.$articleID == blogID).filter(\.$deletedAt == nil)
            .filter(\.$pinned == true).limit(1).all()
        return try await views(rows, on: db).first
    }

    func entry(id: Int, on db: any Database) async throws -> LiveEntryView {
        guard id > 0, let row = try await LiveEntry.find(id, on: db), row.deletedAt == nil,
              let view = try await views([row], on: db).first else { throw LiveError.notFound }
        return view
    }

    /// The topic's events after `id`, oldest first, from the database (for a reader who reconnects).
    func events(_ topic: LiveTopic, after id: Int, limit: Int = 500, on db: any Database) async throws -> [LiveEvent] {
        try await LiveEventRow.query(on: db).filter(\.$topic == topic.key).filter(\.$id > id)
            .sort(\.$id).limit(limit).all().compactMap { row in row.id.map { LiveEvent(id: $0, name: row.name, data: row.data) } }
    }

    /// The latest event id of a topic (0 when there is none): pages start their stream from it.
    func lastEventID(_ topic: LiveTopic, on db: any Database) async throws -> Int {
        try await LiveEventRow.query(on: db).filter(\.$topic == topic.key).max(\.$id).flatMap { $0 } ?? 0
    }

    // MARK: Writing

    func post(blogID: Int, _ input: EntryInput, by actor: Member, on db: any Database) async throws -> LiveEntryView {
        try requireWriter(actor)
        let blog = try await blog(id: blogID, viewer: actor, on: db)
        guard !blog.ended else { throw LiveError.invalid(["article_id": "coverage of this live blog has ended"]) }
        let edition = try await edition(of: blog, on: db)
        let valid = try await validate(input, current: nil, blog: blog, on: db)
        let now = ArticleService.wholeSeconds(clock.now())
        let (view, events) = try await db.transaction { tx -> (LiveEntryView, [(LiveTopic, LiveEvent)]) in
            var events: [(LiveTopic, LiveEvent)] = []
            if valid.pinned { events = try await unpinOthers(blog: blog, edition: edition, except: nil, on: tx) }
            let row = LiveEntry()
            row.articleID = blogID
            row.authorID = actor.id
            row.authorName = actor.displayName
            row.publishedAt = now
            valid.apply(to: row)
            try await row.create(on: tx)
            guard let view = try await views([row], on: tx).first else { throw LiveError.notFound }
            events.append((.blog(blogID), try await record(.blog(blogID), name: "entry", data: LiveJSON.line(LiveJSON.entry(view, edition: edition)), on: tx)))
            if blog.isVisible {
                let item = LiveJSON.line(LiveJSON.feedEntry(view, blog: blog, edition: edition))
                events.append((.feed(edition: blog.editionID), try await record(.feed(edition: blog.editionID), name: "entry", data: item, on: tx)))
            }
            return (view, events)
        }
        announce(events, blog: blog)
        return view
    }

    func edit(entryID: Int, _ input: EntryInput, by actor: Member, on db: any Database) async throws -> LiveEntryView {
        try requireWriter(actor)
        guard entryID > 0, let current = try await LiveEntry.find(entryID, on: db), current.deletedAt == nil else { throw LiveError.notFound }
        let blog = try await blog(id: current.articleID, viewer: actor, on: db)
        let edition = try await edition(of: blog, on: db)
        let valid = try await validate(input, current: current, blog: blog, on: db)
        let now = ArticleService.wholeSeconds(clock.now())
        let (view, events) = try await db.transaction { tx -> (LiveEntryView, [(LiveTopic, LiveEvent)]) in
            guard let row = try await LiveEntry.find(entryID, on: tx), row.deletedAt == nil else { throw LiveError.notFound }
            var events: [(LiveTopic, LiveEvent)] = []
            if valid.pinned && !row.pinned { events = try await unpinOthers(blog: blog, edition: edition, except: entryID, on: tx) }
            if valid.text != row.textMarkdown || valid.mediaID != row.mediaID || valid.relatedID != row.relatedID { row.updatedAt = now }
            valid.apply(to: row)
            try await row.update(on: tx)
            guard let view = try await views([row], on: tx).first else { throw LiveError.notFound }
            events.append((.blog(blog.id), try await record(.blog(blog.id), name: "update", data: LiveJSON.line(LiveJSON.entry(view, edition: edition)), on: tx)))
            return (view, events)
        }
        announce(events, blog: blog)
        return view
    }

    func delete(entryID: Int, by actor: Member, on db: any Database) async throws {
        try requireWriter(actor)
        guard entryID > 0, let current = try await LiveEntry.find(entryID, on: db), current.deletedAt == nil else { throw LiveError.notFound }
        let blog = try await blog(id: current.articleID, viewer: actor, on: db)
        let now = clock.now()
        let event = try await db.transaction { tx -> LiveEvent in
            guard let row = try await LiveEntry.find(entryID, on: tx), row.deletedAt == nil else { throw LiveError.notFound }
            row.deletedAt = now
            row.pinned = false
            try await row.update(on: tx)
            return try await record(.blog(blog.id), name: "delete", data: "{\"id\":\(entryID)}", on: tx)
        }
        announce([(.blog(blog.id), event)], blog: blog)
    }

    /// Tells a live blog's readers that its coverage has ended (their pages stop streaming).
    func coverageEnded(blogID: Int, on db: any Database) async throws {
        let event = try await record(.blog(blogID), name: "ended", data: "{\"id\":\(blogID)}", on: db)
        hub.publish(.blog(blogID), event)
    }

    /// Puts a newly published article at the top of its edition's live feed.
    func articlePublished(_ summary: ArticleSummary, on db: any Database) async throws {
        guard let edition = try await editions.edition(id: summary.editionID, on: db) else { return }
        let data = LiveJSON.line(LiveJSON.feedArticle(summary, edition: edition))
        let event = try await record(.feed(edition: summary.editionID), name: "article", data: data, on: db)
        hub.publish(.feed(edition: summary.editionID), event)
        cache.invalidate(tags: ["live:\(summary.editionID)"])
    }

    // MARK: Parts

    private struct Valid {
        var text: String
        var html: String
        var keyEvent: Bool
        var pinned: Bool
        var mediaID: Int?
        var relatedID: Int?

        func apply(to row: LiveEntry) {
            row.textMarkdown = text
            row.textHTML = html
            row.keyEvent = keyEvent
            row.pinned = pinned
            row.mediaID = mediaID
            row.relatedID = relatedID
        }
    }

    /// Every problem with the input at once, per field.
    private func validate(_ input: EntryInput, current: LiveEntry?, blog: LiveBlogRef, on db: any Database) async throws -> Valid {
        var fields: [String: String] = [:]
        let text = (input.text ?? current?.textMarkdown ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty {
            fields["text_markdown"] = "required: the entry's text in Markdown"
        } else if text.count > Self.maxText {
            fields["text_markdown"] = "an entry may have at most \(Self.maxText) characters"
        }
        let mediaID = input.mediaID ?? current?.mediaID
        if let mediaID, try await articles.images(ids: [mediaID], on: db)[mediaID] == nil {
            fields["media_id"] = "no photo in the media library has the id \(mediaID)"
        }
        let relatedID = input.relatedID ?? current?.relatedID
        if let relatedID {
            if relatedID == blog.id {
                fields["related_id"] = "an entry cannot point to its own live blog"
            } else if try await articles.visibleCards(ids: [relatedID], on: db).first?.editionID != blog.editionID {
                fields["related_id"] = "no published article of this edition has the id \(relatedID)"
            }
        }
        guard fields.isEmpty else { throw LiveError.invalid(fields) }
        // Rendered once, on write, by the article body's renderer: raw HTML is escaped, unsafe links dropped.
        let html = HTML.sanitize(ArticleMarkdown.render(text))
        return Valid(text: text, html: html, keyEvent: input.keyEvent ?? current?.keyEvent ?? false,
                     pinned: input.pinned ?? current?.pinned ?? false, mediaID: mediaID, relatedID: relatedID)
    }

    /// Unpins the blog's pinned entry (one at most) and returns the update event for it.
    private func unpinOthers(blog: LiveBlogRef, edition: EditionInfo, except: Int?, on tx: any Database) async throws -> [(LiveTopic, LiveEvent)] {
        var q = LiveEntry.query(on: tx).filter(\.$articleID == blog.id).filter(\.$pinned == true)
        if let except { q = q.filter(\.$id != except) }
        var events: [(LiveTopic, LiveEvent)] = []
        for row in try await q.all() {
            row.pinned = false
            try await row.update(on: tx)
            guard row.deletedAt == nil, let view = try await views([row], on: tx).first else { continue }
            events.append((.blog(blog.id), try await record(.blog(blog.id), name: "update", data: LiveJSON.line(LiveJSON.entry(view, edition: edition)), on: tx)))
        }
        return events
    }

    func edition(of blog: LiveBlogRef, on db: any Database) async throws -> EditionInfo {
        guard let edition = try await editions.edition(id: blog.editionID, on: db) else { throw LiveError.notFound }
        return edition
    }

    private func record(_ topic: LiveTopic, name: String, data: String, on db: any Database) async throws -> LiveEvent {
        let row = LiveEventRow()
        row.topic = topic.key
        row.name = name
        row.data = data
        row.createdAt = clock.now()
        try await row.create(on: db)
        return LiveEvent(id: try row.requireID(), name: name, data: data)
    }

    private func announce(_ events: [(LiveTopic, LiveEvent)], blog: LiveBlogRef) {
        cache.invalidate(tags: ["article:\(blog.id)", "live:\(blog.editionID)"])
        for (topic, event) in events { hub.publish(topic, event) }
    }

    private func views(_ rows: [LiveEntry], on db: any Database) async throws -> [LiveEntryView] {
        let images = try await articles.images(ids: Set(rows.compactMap(\.mediaID)), on: db)
        let relatedIDs = Array(Set(rows.compactMap(\.relatedID)))
        var related: [Int: ArticleSummary] = [:]
        for s in try await articles.visibleCards(ids: relatedIDs, on: db) { related[s.id] = s }
        return rows.compactMap { row in
            guard let id = row.id else { return nil }
            return LiveEntryView(
                id: id, articleID: row.articleID, authorID: row.authorID, authorName: row.authorName, textMarkdown: row.textMarkdown,
                textHTML: row.textHTML, keyEvent: row.keyEvent, pinned: row.pinned, mediaID: row.mediaID,
                media: row.mediaID.flatMap { images[$0] }, relatedID: row.relatedID, related: row.relatedID.flatMap { related[$0] },
                publishedAt: row.publishedAt, updatedAt: row.updatedAt)
        }
    }
}

extension LiveBlogService {
    /// What `/live` lists under the running live blogs: the newest articles and entries, newest first.
    func latestFeed(edition: EditionInfo, limit: Int, on db: any Database) async throws -> [LiveJSON.FeedItem] {
        let articles = try await self.articles.feed(.edition(edition.id), cursor: nil, limit: limit, on: db).items
            .map { LiveJSON.feedArticle($0, edition: edition) }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let entries = try await LiveEventRow.query(on: db).filter(\.$topic == LiveTopic.feed(edition: edition.id).key)
            .filter(\.$name == "entry").sort(\.$id, .descending).limit(limit).all()
            .compactMap { try? decoder.decode(LiveJSON.FeedItem.self, from: Data($0.data.utf8)) }
        let iso = ISO8601DateFormatter()
        let dated = (articles + entries).map { (iso.date(from: $0.publishedAt) ?? .distantPast, $0) }
        return dated.sorted { $0.0 > $1.0 }.prefix(limit).map(\.1)
    }
}
