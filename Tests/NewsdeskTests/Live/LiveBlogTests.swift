import Fluent
import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

@Suite("Live blogs: entries, roles, pinning, events, replay, pages and the live feed")
struct LiveBlogTests {
    typealias API = NewsroomAPITests

    struct Site {
        let fixture: Fixture
        let tokens: NewsroomAPITests.Tokens
        let blog: Int
        let blogSlug: String
        let blogVersion: Int
        let plain: Int
    }

    /// A published article and a published live blog (made one by an editor through the API).
    static func site(_ app: Application, clock: TestClock) async throws -> Site {
        let f = try await Fixture.build(app)
        let t = try await API.tokens(app, clock: clock)
        let plain = try await f.article(app, title: "Harbour reopens after the storm", hoursAgo: 3)
        var blog: (Int, String, Int) = (0, "", 0)
        var story = API.story
        story["title"] = "Election night live"
        story["status"] = "published"
        story["kind"] = "live_blog"
        try await API.send(app, .POST, "/api/v1/articles", token: t.editor, story) { res in
            #expect(res.status == .created)
            let a = try API.json(res)
            #expect(a["kind"] as? String == "live_blog" && a["live_ended"] as? Bool == false)
            blog = (a["id"] as? Int ?? 0, a["slug"] as? String ?? "", a["version"] as? Int ?? 0)
        }
        return Site(fixture: f, tokens: t, blog: blog.0, blogSlug: blog.1, blogVersion: blog.2, plain: plain)
    }

    static func post(_ app: Application, _ s: Site, _ body: [String: Any], token: String? = nil, blog: Int? = nil) async throws -> [String: Any] {
        var out: [String: Any] = [:]
        try await API.send(app, .POST, "/api/v1/articles/\(blog ?? s.blog)/live-entries", token: token ?? s.tokens.journalist, body) { res in
            #expect(res.status == .created, "\(res.body.string)")
            out = try API.json(res)
        }
        return out
    }

    static func list(_ app: Application, _ path: String) async throws -> [String: Any] {
        var out: [String: Any] = [:]
        try await API.send(app, .GET, path, token: nil) { res in
            #expect(res.status == .ok, "\(res.body.string)")
            out = try API.json(res)
        }
        return out
    }

    @Test func staffWriteEntriesEveryoneReadsThemAndOtherArticlesHaveNone() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            let s = try await Self.site(app, clock: clock)
            let path = "/api/v1/articles/\(s.blog)/live-entries"
            let entry: [String: Any] = ["text_markdown": "**Polls close** in the north.", "key_event": true]
            try await API.send(app, .POST, path, token: nil, entry) { #expect($0.status == .unauthorized) }
            for token in [s.tokens.reader, s.tokens.moderator] {
                try await API.send(app, .POST, path, token: token, entry) { res in
                    let answer = try API.json(res)
                    #expect(res.status == .forbidden && answer["error"] as? String == "forbidden")
                }
            }
            // Only editors make live blogs.
            var story = API.story
            story["kind"] = "live_blog"
            try await API.send(app, .POST, "/api/v1/articles", token: s.tokens.journalist, story) { #expect($0.status == .forbidden) }
            story["kind"] = "liveblog"
            try await API.send(app, .POST, "/api/v1/articles", token: s.tokens.editor, story) { res in
                let answer = try API.json(res)
                #expect(res.status == .unprocessableEntity && (answer["fields"] as? [String: String])?["kind"] != nil)
            }
            // Entry routes of an article that is not a live blog, or of none, are 404.
            for target in ["/api/v1/articles/\(s.plain)/live-entries", "/api/v1/articles/999999/live-entries", "/api/v1/articles/0/live-entries"] {
                try await API.send(app, .POST, target, token: s.tokens.journalist, entry) { #expect($0.status == .notFound, "\(target)") }
                try await API.send(app, .GET, target, token: nil) { #expect($0.status == .notFound, "\(target)") }
            }
            try await API.send(app, .GET, "/api/v1/articles/\(s.plain)/live-entries/stream", token: nil) { #expect($0.status == .notFound) }

            let posted = try await Self.post(app, s, entry)
            #expect(posted["text_html"] as? String == "<p><strong>Polls close</strong> in the north.</p>")
            #expect(posted["key_event"] as? Bool == true && posted["pinned"] as? Bool == false)
            let author = try #require(posted["author"] as? [String: Any])
            #expect(author["display_name"] as? String == "jo" && author["id"] is Int)
            // 00:51 UTC is 01:51 in London (BST): times carry the edition's offset.
            #expect(posted["published_at"] as? String == "2017-09-23T01:51:00+01:00")
            #expect(posted["updated_at"] is NSNull && posted["media_id"] is NSNull)

            let photo = try await Self.post(app, s, ["text_markdown": "<script>alert(1)</script> Queues at the polls.",
                                                      "media_id": s.fixture.photo, "related_id": s.plain])
            #expect((photo["text_html"] as? String)?.contains("<script") == false)
            #expect(((photo["media"] as? [String: Any])?["url"] as? String)?.hasPrefix("/media/harbour") == true)
            #expect((photo["related"] as? [String: Any])?["url"] as? String == "/articles/harbour-reopens-after-the-storm")

            // Readers list them newest first, a page at a time.
            let first = try await Self.list(app, path + "?limit=1")
            let items = try #require(first["items"] as? [[String: Any]])
            #expect(items.map { $0["id"] as? Int } == [photo["id"] as? Int])
            let cursor = try #require(first["next_cursor"] as? String)
            let second = try await Self.list(app, path + "?limit=1&cursor=\(cursor)")
            #expect((second["items"] as? [[String: Any]])?.map { $0["id"] as? Int } == [posted["id"] as? Int])
            #expect(second["next_cursor"] is NSNull)
            for bad in ["?limit=0", "?limit=abc", "?cursor=nonsense"] {
                try await API.send(app, .GET, path + bad, token: nil) { res in
                    let answer = try API.json(res)
                    #expect(res.status == .unprocessableEntity && answer["fields"] is [String: String], "\(bad)")
                }
            }

            // Edits show "updated"; deleted entries are gone.
            let id = try #require(posted["id"] as? Int)
            try await API.send(app, .PATCH, "/api/v1/live-entries/\(id)", token: s.tokens.reader, ["pinned": true]) { #expect($0.status == .forbidden) }
            try await API.send(app, .PATCH, "/api/v1/live-entries/\(id)", token: s.tokens.editor, ["text_markdown": "Polls closed at ten."]) { res in
                #expect(res.status == .ok)
                let e = try API.json(res)
                #expect(e["text_html"] as? String == "<p>Polls closed at ten.</p>" && e["updated_at"] as? String != nil)
                #expect(e["key_event"] as? Bool == true, "fields not sent are kept")
            }
            try await API.send(app, .DELETE, "/api/v1/live-entries/\(id)", token: s.tokens.reader) { #expect($0.status == .forbidden) }
            try await API.send(app, .DELETE, "/api/v1/live-entries/\(id)", token: s.tokens.journalist) { #expect($0.status == .noContent) }
            try await API.send(app, .PATCH, "/api/v1/live-entries/\(id)", token: s.tokens.editor, ["pinned": true]) { #expect($0.status == .notFound) }
            try await API.send(app, .DELETE, "/api/v1/live-entries/\(id)", token: s.tokens.editor) { #expect($0.status == .notFound) }
            let after = try await Self.list(app, path)
            #expect((after["items"] as? [[String: Any]])?.map { $0["id"] as? Int } == [photo["id"] as? Int])
        }
    }

    @Test func badEntriesAreRefusedFieldByField() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            let s = try await Self.site(app, clock: clock)
            let path = "/api/v1/articles/\(s.blog)/live-entries"
            let cases: [([String: Any], [String])] = [
                ([:], ["text_markdown"]),
                (["text_markdown": "   "], ["text_markdown"]),
                (["text_markdown": 5, "key_event": "yes"], ["key_event", "text_markdown"]),
                (["text_markdown": String(repeating: "a", count: 20_001)], ["text_markdown"]),
                (["text_markdown": "Photo", "media_id": 99_999], ["media_id"]),
                (["text_markdown": "Card", "related_id": s.blog], ["related_id"]),
                (["text_markdown": "Card", "related_id": -3, "pinned": "no"], ["pinned", "related_id"]),
            ]
            for (body, fields) in cases {
                try await API.send(app, .POST, path, token: s.tokens.journalist, body) { res in
                    #expect(res.status == .unprocessableEntity, "\(body.keys.sorted())")
                    let answer = try API.json(res)
                    #expect(answer["error"] as? String == "invalid")
                    #expect((answer["fields"] as? [String: String]).map { Array($0.keys).sorted() } == fields, "\(body.keys.sorted())")
                }
            }
            try await API.send(app, .POST, path, token: s.tokens.journalist, nil) { #expect($0.status == .unprocessableEntity) }
            #expect(try await LiveEntry.query(on: app.db).count() == 0)
        }
    }

    @Test func oneEntryIsPinnedAtATimeAndEveryChangeIsAnEvent() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            let s = try await Self.site(app, clock: clock)
            let watcher = try app.newsdesk.live.subscribe(.blog(s.blog), address: "198.51.100.1")
            defer { watcher.cancel() }
            let a = try await Self.post(app, s, ["text_markdown": "First", "pinned": true])
            let b = try await Self.post(app, s, ["text_markdown": "Second", "pinned": true, "key_event": true])
            let pinned = try await LiveEntry.query(on: app.db).filter(\.$pinned == true).all().map(\.id)
            #expect(pinned == [b["id"] as? Int])
            let idA = try #require(a["id"] as? Int), idB = try #require(b["id"] as? Int)
            try await API.send(app, .PATCH, "/api/v1/live-entries/\(idA)", token: s.tokens.journalist, ["pinned": true]) { #expect($0.status == .ok) }
            #expect(try await LiveEntry.query(on: app.db).filter(\.$pinned == true).all().map(\.id) == [idA])
            try await API.send(app, .DELETE, "/api/v1/live-entries/\(idB)", token: s.tokens.journalist) { #expect($0.status == .noContent) }

            // What the blog's readers were told, in order, each with a rising id.
            var events: [LiveEvent] = []
            var iterator = watcher.stream.makeAsyncIterator()
            while events.count < 6, let e = await iterator.next() { if !e.isHeartbeat { events.append(e) } }
            func said(_ e: LiveEvent) -> String {
                let data = (try? JSONSerialization.jsonObject(with: Data(e.data.utf8))) as? [String: Any] ?? [:]
                return "\(e.name) \(data["id"] as? Int ?? 0)\((data["pinned"] as? Bool) == true ? " pinned" : "")"
            }
            #expect(events.map(said) == ["entry \(idA) pinned", "update \(idA)", "entry \(idB) pinned", "update \(idB)",
                                         "update \(idA) pinned", "delete \(idB)"])
            #expect(events.map(\.id) == events.map(\.id).sorted() && Set(events.map(\.id)).count == 6)
            // The key-events summary and the pinned entry, as the page reads them.
            let live = app.newsdesk.liveBlogs
            #expect(try await live.pinned(blogID: s.blog, on: app.db)?.id == idA)
            #expect(try await live.keyEvents(blogID: s.blog, on: app.db).isEmpty, "the deleted key event is gone")
            // The same events are kept for readers who reconnect.
            let stored = try await live.events(.blog(s.blog), after: events[1].id, on: app.db)
            #expect(stored == Array(events[2...]))
        }
    }

    @Test func aReaderWhoReconnectsGetsWhatWasMissedAndAnEndedBlogStopsStreaming() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            let s = try await Self.site(app, clock: clock)
            var ids: [Int] = []
            for text in ["One", "Two", "Three"] { ids.append(try #require(try await Self.post(app, s, ["text_markdown": text])["id"] as? Int)) }
            let events = try await app.newsdesk.liveBlogs.events(.blog(s.blog), after: 0, on: app.db)
            #expect(events.count == 3)
            try await API.send(app, .PATCH, "/api/v1/articles/\(s.blog)", token: s.tokens.editor,
                               ["live_ended": true, "version": s.blogVersion]) { res in
                let answer = try API.json(res)
                #expect(res.status == .ok && answer["live_ended"] as? Bool == true, "\(res.body.string)")
            }
            // The blog is over: its stream replays from Last-Event-ID and ends instead of waiting.
            try await app.testing().test(.GET, "/api/v1/articles/\(s.blog)/live-entries/stream",
                                         headers: ["Last-Event-ID": String(events[0].id)]) { res in
                #expect(res.status == .ok)
                #expect(res.headers.contentType?.description.hasPrefix("text/event-stream") == true)
                let text = res.body.string
                #expect(!text.contains("\"text_markdown\":\"One\""), "the event the reader had is not sent again")
                #expect(text.contains("id: \(events[1].id)\nevent: entry\ndata: {"))
                #expect(text.contains("\"text_markdown\":\"Three\""))
                #expect(text.contains("event: ended"))
                let two = text.range(of: "\"Two\"").map { text.distance(from: text.startIndex, to: $0.lowerBound) } ?? -1
                let three = text.range(of: "\"Three\"").map { text.distance(from: text.startIndex, to: $0.lowerBound) } ?? -1
                #expect(two >= 0 && two < three, "in the order they happened")
            }
            // No new entries once coverage has ended.
            try await API.send(app, .POST, "/api/v1/articles/\(s.blog)/live-entries", token: s.tokens.journalist, ["text_markdown": "Late"]) {
                #expect($0.status == .unprocessableEntity)
            }
            // Ending coverage is the editors' call.
            try await API.send(app, .PATCH, "/api/v1/articles/\(s.plain)", token: s.tokens.editor, ["live_ended": true, "version": 1]) { res in
                #expect(res.status == .unprocessableEntity || res.status == .conflict)
            }
        }
    }

    @Test func publishedArticlesAndNewEntriesReachTheLiveFeed() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            let s = try await Self.site(app, clock: clock)
            let feed = try app.newsdesk.live.subscribe(.feed(edition: s.fixture.english.id), address: "198.51.100.1")
            defer { feed.cancel() }
            var story = API.story
            story["title"] = "Bridge closed by the storm"
            story["status"] = "published"
            try await API.send(app, .POST, "/api/v1/articles", token: s.tokens.editor, story) { #expect($0.status == .created) }
            story["title"] = "A draft nobody sees"
            story["status"] = "draft"
            try await API.send(app, .POST, "/api/v1/articles", token: s.tokens.editor, story) { #expect($0.status == .created) }
            _ = try await Self.post(app, s, ["text_markdown": "Turnout is high."])
            var iterator = feed.stream.makeAsyncIterator()
            var got: [String] = []
            while got.count < 2, let e = await iterator.next() {
                guard !e.isHeartbeat, let item = try? JSONSerialization.jsonObject(with: Data(e.data.utf8)) as? [String: Any] else { continue }
                got.append("\(e.name): \(item["title"] as? String ?? "") \(item["url"] as? String ?? "")")
            }
            #expect(got.count == 2)
            #expect(got.first == "article: Bridge closed by the storm /articles/bridge-closed-by-the-storm")
            #expect(got.last?.hasPrefix("entry: Election night live /articles/\(s.blogSlug)#entry-") == true)

            // `/live`: the running live blog first, then the newest articles and entries.
            let page = try await app.testing().sendRequest(.GET, "/live")
            #expect(page.status == .ok)
            let html = page.body.string
            let running = try #require(html.range(of: "Election night live"))
            let latest = try #require(html.range(of: "Bridge closed by the storm"))
            #expect(running.lowerBound < latest.lowerBound)
            #expect(html.contains("Turnout is high."))
            #expect(html.contains("data-stream-url=\"/api/v1/live/stream?edition=en&amp;last_event_id="))
            #expect(html.contains("<a href=\"/live\" aria-current=\"page\" class=\"is-current\">Live</a>"))
            #expect(try await app.testing().sendRequest(.GET, "/ru/live").status == .ok)
            try await API.send(app, .GET, "/api/v1/live/stream?edition=xx", token: nil) { #expect($0.status == .unprocessableEntity) }
            // LIVE on the blog's cards.
            let front = try await app.testing().sendRequest(.GET, "/")
            #expect(front.body.string.contains("<span class=\"badge-live\">LIVE</span> Election night live"))
        }
    }

    @Test func theBlogsPageShowsKeyEventsThePinnedEntryAndTwentyEntriesWithLinksToOlderOnes() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            let s = try await Self.site(app, clock: clock)
            // Readers' copy is cached until an entry changes it.
            let before = try await app.testing().sendRequest(.GET, "/articles/\(s.blogSlug)").body.string
            #expect(before.contains("No entries yet."))
            for n in 1...22 {
                clock.advance(60)
                _ = try await Self.post(app, s, ["text_markdown": "Update number \(n).", "key_event": n == 3, "pinned": n == 5])
            }
            let page = try await app.testing().sendRequest(.GET, "/articles/\(s.blogSlug)")
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("data-live-blog data-stream-url=\"/api/v1/articles/\(s.blog)/live-entries/stream?last_event_id="))
            #expect(html.contains("<li data-key-id=") && html.contains("Update number 3.</a></li>"))
            #expect(html.contains("data-pinned-id="))
            #expect(html.contains("Update number 22.") && html.contains("Update number 3.") && !html.contains("Update number 2.</p>"))
            let newest = try #require(html.range(of: "Update number 22."))
            let older = try #require(html.range(of: "Update number 21."))
            #expect(newest.lowerBound < older.lowerBound, "newest first")
            // Times in the edition's zone: the newest entry, at 01:13 UTC, is 02:13 in London.
            #expect(html.contains(">02:13</time>"))
            let link = try #require(html.range(of: "class=\"pager__next\" rel=\"next\" href=\""))
            let rest = html[link.upperBound...]
            let href = String(rest[..<rest.firstIndex(of: "\"")!]).replacingOccurrences(of: "&amp;", with: "&")
            let second = try await app.testing().sendRequest(.GET, href)
            #expect(second.status == .ok)
            #expect(second.body.string.contains("Update number 2.") && second.body.string.contains("Update number 1."))
            // Ended: the page says so and does not stream.
            try await API.send(app, .PATCH, "/api/v1/articles/\(s.blog)", token: s.tokens.editor, ["live_ended": true, "version": s.blogVersion]) {
                #expect($0.status == .ok)
            }
            let ended = try await app.testing().sendRequest(.GET, "/articles/\(s.blogSlug)").body.string
            #expect(ended.contains("This live coverage has ended.") && !ended.contains("data-stream-url"))
            let front = try await app.testing().sendRequest(.GET, "/").body.string
            #expect(!front.contains("badge-live"), "an ended live blog has no LIVE badge")
        }
    }

    @Test func journalistsPostEditAndDeleteEntriesFromTheNewsroom() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            let s = try await Self.site(app, clock: clock)
            let jo = try await NewsroomPagesTests.staff(app, "desk@news.test", .journalist, clock: clock)
            let desk = try await jo.get("/newsroom/articles/\(s.blog)/live")
            #expect(desk.status == .ok && desk.text.contains("name=\"csrf_token\""))
            #expect(try await jo.get("/newsroom/articles/\(s.plain)/live").status == .notFound)
            #expect(try await jo.post("/newsroom/articles/\(s.blog)/live", ["text_markdown": "From the desk", "key_event": "on"], csrf: false).status == .forbidden)
            let posted = try await jo.post("/newsroom/articles/\(s.blog)/live", ["text_markdown": "From the desk", "key_event": "on"])
            #expect(posted.status == .seeOther)
            let entry = try #require(try await LiveEntry.query(on: app.db).first())
            #expect(entry.keyEvent && entry.textMarkdown == "From the desk" && entry.authorName == "desk")
            let refused = try await jo.post("/newsroom/articles/\(s.blog)/live", ["text_markdown": "With a photo", "media_id": "abc"])
            #expect(refused.status == .unprocessableEntity && refused.text.contains("With a photo"))
            let id = try entry.requireID()
            #expect(try await jo.post("/newsroom/live-entries/\(id)", ["text_markdown": "From the desk, corrected", "pinned": "on", "action": "save"]).status == .seeOther)
            let saved = try #require(try await LiveEntry.find(id, on: app.db))
            #expect(saved.pinned && !saved.keyEvent && saved.updatedAt != nil)
            #expect(try await jo.post("/newsroom/live-entries/\(id)", ["action": "delete"]).status == .seeOther)
            #expect(try await LiveEntry.find(id, on: app.db)?.deletedAt != nil)
            // The editor's form turns an article into a live blog (and the editor page links to the desk).
            let editor = try await NewsroomPagesTests.staff(app, "chief@news.test", .editor, clock: clock)
            let form = try await editor.get("/newsroom/articles/\(s.blog)")
            #expect(form.text.contains("name=\"live_blog\"") && form.text.contains("/newsroom/articles/\(s.blog)/live"))
        }
    }
}
