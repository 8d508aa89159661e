import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

/// Search on the configured database (SQLite, or PostgreSQL when NEWSDESK_TEST_DATABASE_URL is set): FTS5 in one
/// run, tsvector in the other, the same expectations.
@Suite("Search: ranking, languages, phrases, filters, paging, the index following publication, the API")
struct SearchTests {
    struct Found: Decodable {
        struct Item: Decodable { let id: Int; let title: String; let url: String; let snippet: String; let published_at: String }
        let items: [Item]
        let next_cursor: String?
        let total: Int
        let suggestion: String?
    }

    static func search(_ app: Application, _ query: String) async throws -> Found {
        var found: Found?
        try await app.testing().test(.GET, "/api/v1/search?" + query) { res in
            #expect(res.status == .ok, "\(query): \(res.body.string)")
            found = try res.content.decode(Found.self)
        }
        return try #require(found)
    }

    static func titles(_ app: Application, _ query: String) async throws -> [String] {
        try await search(app, query).items.map(\.title)
    }

    static func q(_ text: String) -> String {
        "q=" + (text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text)
    }

    @Test func aTitleMatchOutranksABodyMatchAndTheNewerWinsATie() async throws {
        try await withTestApp { app in
            let f = try await Fixture.build(app)
            try await f.article(app, title: "Quiet day at the harbour", hoursAgo: 1,
                                body: "Boats stayed in. Forecasters said the hurricane would pass far to the east.")
            try await f.article(app, title: "Hurricane reaches the coast", hoursAgo: 30)
            try await f.article(app, title: "Markets rise", hoursAgo: 2)
            #expect(try await Self.titles(app, Self.q("hurricanes")) == ["Hurricane reaches the coast", "Quiet day at the harbour"])
            try await f.article(app, title: "Storm warning for the north", hoursAgo: 10)
            try await f.article(app, title: "Storm warning for the south", hoursAgo: 3)
            #expect(try await Self.titles(app, Self.q("storm warning")) == ["Storm warning for the south", "Storm warning for the north"])
            // Newest first on request.
            let newest = try await Self.titles(app, Self.q("hurricane") + "&sort=newest")
            #expect(newest == ["Quiet day at the harbour", "Hurricane reaches the coast"])
        }
    }

    @Test func russianAndEnglishWordFormsCaseAndYoFoldingMatch() async throws {
        try await withTestApp { app in
            let f = try await Fixture.build(app)
            try await f.article(app, title: "Выборы в Москве завершились", edition: f.russian)
            try await f.article(app, title: "Ёлку установили на площади", edition: f.russian)
            try await f.article(app, title: "Elections in Moscow", edition: f.english)
            #expect(try await Self.titles(app, "edition=ru&" + Self.q("выборах москвы")) == ["Выборы в Москве завершились"])
            #expect(try await Self.titles(app, "edition=ru&" + Self.q("ЕЛКА")) == ["Ёлку установили на площади"])
            #expect(try await Self.titles(app, Self.q("election")) == ["Elections in Moscow"], "the English edition only")
            // The web page of the Russian edition.
            try await app.testing().test(.GET, "/ru/search?" + Self.q("выборов")) { res in
                #expect(res.status == .ok)
                #expect(res.body.string.contains("Выборы в Москве завершились"))
                #expect(res.body.string.contains("<html lang=\"ru\""))
            }
        }
    }

    @Test func phrasesMatchInOrderAndMinusLeavesWordsOut() async throws {
        try await withTestApp { app in
            let f = try await Fixture.build(app)
            try await f.article(app, title: "Sea wall breaks in the storm")
            try await f.article(app, title: "A wall by the sea", hoursAgo: 2)
            #expect(try await Self.titles(app, Self.q("\"sea wall\"")) == ["Sea wall breaks in the storm"])
            #expect(try await Self.titles(app, Self.q("sea wall -storm")) == ["A wall by the sea"])
            #expect(try await Self.titles(app, Self.q("wall -\"sea wall\"")) == ["A wall by the sea"])
        }
    }

    @Test func sectionAndDateFiltersAndCursorPaging() async throws {
        try await withTestApp { app in
            let f = try await Fixture.build(app)
            for i in 0..<5 { try await f.article(app, title: "Flood report \(i)", hoursAgo: Double(i + 1)) }
            try await f.article(app, title: "Flood hits the stadium", section: f.sport, hoursAgo: 24 * 10)
            #expect(try await Self.titles(app, Self.q("flood") + "&section=sport") == ["Flood hits the stadium"])
            // 23 September 2017 is the fixed "now"; ten days earlier is the 13th.
            #expect(try await Self.titles(app, Self.q("flood") + "&from=2017-09-10&to=2017-09-14") == ["Flood hits the stadium"])
            #expect(try await Self.search(app, Self.q("flood") + "&from=2017-09-20").total == 5)

            var seen: [String] = []
            var query = Self.q("flood") + "&sort=newest&limit=2"
            var pages = 0
            while true {
                let page = try await Self.search(app, query)
                #expect(page.total == 6)
                seen += page.items.map(\.title)
                pages += 1
                guard let next = page.next_cursor else { break }
                query = Self.q("flood") + "&sort=newest&limit=2&cursor=" + next
            }
            #expect(pages == 3)
            #expect(seen == (0..<5).map { "Flood report \($0)" } + ["Flood hits the stadium"])
        }
    }

    @Test func theIndexFollowsPublicationEditsAndWithdrawalAtOnce() async throws {
        try await withTestApp { app in
            _ = try await Fixture.build(app)
            let staff = try await Staff.make(app)
            let newsroom = app.newsdesk.newsroom
            let draft = try await newsroom.create(.story("Volcano wakes up"), by: staff.editor, on: app.db)
            #expect(try await Self.search(app, Self.q("volcano")).total == 0, "a draft is never found")

            var publish = NewsroomService.ArticleInput()
            publish.status = "published"
            _ = try await newsroom.update(id: draft.id, version: 1, publish, by: staff.editor, on: app.db)
            #expect(try await Self.titles(app, Self.q("volcano")) == ["Volcano wakes up"])

            var retitle = NewsroomService.ArticleInput()
            retitle.title = "Lava reaches the sea"
            _ = try await newsroom.update(id: draft.id, version: 2, retitle, by: staff.editor, on: app.db)
            #expect(try await Self.search(app, Self.q("volcano")).total == 0)
            #expect(try await Self.titles(app, Self.q("lava")) == ["Lava reaches the sea"])

            var withdraw = NewsroomService.ArticleInput()
            withdraw.status = "draft"
            _ = try await newsroom.update(id: draft.id, version: 3, withdraw, by: staff.editor, on: app.db)
            #expect(try await Self.search(app, Self.q("lava")).total == 0)

            // Scheduled for tomorrow: not found before its time.
            var later = NewsroomService.ArticleInput.story("Eclipse tomorrow", status: "published")
            later.publishAt = .some(ISO8601DateFormatter().string(from: app.newsdesk.clock.now().addingTimeInterval(86_400)))
            _ = try await newsroom.create(later, by: staff.editor, on: app.db)
            #expect(try await Self.search(app, Self.q("eclipse")).total == 0)
        }
    }

    @Test func resultsCarryArticleFieldsAndAMarkedSnippetAndSuggestionsComeFromTitles() async throws {
        try await withTestApp { app in
            let f = try await Fixture.build(app)
            try await f.article(app, title: "Hurricane <Ida> reaches the coast",
                                body: "Winds <b>tore</b> roofs off as the hurricane came ashore.")
            try await app.testing().test(.GET, "/api/v1/search?" + Self.q("hurricane")) { res in
                #expect(res.status == .ok)
                let json = try #require(try JSONSerialization.jsonObject(with: Data(res.body.string.utf8)) as? [String: Any])
                let item = try #require((json["items"] as? [[String: Any]])?.first)
                for key in ["id", "title", "summary", "url", "short_url", "edition", "section", "tags", "author", "published_at", "counters", "snippet"] {
                    #expect(item[key] != nil, "\(key)")
                }
                let snippet = try #require(item["snippet"] as? String)
                #expect(snippet.contains("<mark>hurricane</mark>"))
                #expect(snippet.contains("&lt;b&gt;tore&lt;/b&gt;") && !snippet.contains("<b>"))
                #expect(json.keys.contains("next_cursor") && json["total"] as? Int == 1)
            }
            try await app.testing().test(.GET, "/api/v1/search/suggest?q=hurr") { res in
                #expect(res.status == .ok)
                #expect(res.body.string.contains("\"title\":\"Hurricane <Ida> reaches the coast\""))
                #expect(res.body.string.contains("\"url\":\"http://news.test/articles/"))
            }
            try await app.testing().test(.GET, "/api/v1/search/suggest?q=hurricanes%20re") { res in
                #expect(res.body.string.contains("Hurricane <Ida>"))
            }
            try await app.testing().test(.GET, "/api/v1/search/suggest?q=coast") { res in
                #expect(res.body.string.contains("Hurricane <Ida>"), "any word of the title")
            }
        }
    }

    @Test func aMisspelledWordGetsADidYouMeanFromTheSitesOwnWords() async throws {
        try await withTestApp { app in
            let f = try await Fixture.build(app)
            try await f.article(app, title: "Hurricane reaches the coast")
            let found = try await Self.search(app, Self.q("hurricnae coast"))
            #expect(found.total == 0)
            #expect(found.suggestion == "hurricane coast")
            try await app.testing().test(.GET, "/search?" + Self.q("hurricnae")) { res in
                #expect(res.status == .ok)
                #expect(res.body.string.contains("Did you mean"))
                #expect(res.body.string.contains("href=\"/search?q=hurricane\""))
            }
            #expect(try await Self.search(app, Self.q("coast")).suggestion == nil)
        }
    }

    @Test(arguments: [
        ("", "q"), ("q=", "q"), ("q=%20%20", "q"), ("q=" + String(repeating: "a", count: 201), "q"), ("q=-flood", "q"),
        ("q=flood&sort=best", "sort"), ("q=flood&limit=0", "limit"), ("q=flood&limit=x", "limit"),
        ("q=flood&cursor=nonsense", "cursor"), ("q=flood&from=2017-02-30", "from"), ("q=flood&to=yesterday", "to"),
        ("q=flood&edition=xx", "edition"), ("q=flood&section=nowhere", "section"),
        ("q=flood&from=2017-09-10&to=2017-09-01", "to"),
    ])
    func badSearchesAre422WithTheFieldToFix(query: String, field: String) async throws {
        try await withTestApp { app in
            _ = try await Fixture.build(app)
            try await app.testing().test(.GET, "/api/v1/search?" + query) { res in
                #expect(res.status == .unprocessableEntity, "\(query)")
                #expect(res.body.string.contains("\"error\":\"invalid\""))
                #expect(res.body.string.contains("\"\(field)\":"), "\(query): \(res.body.string)")
            }
        }
    }

    @Test func theWebPageIsFriendlyWithNothingOrTooMuchAndEveryPageHasTheBoxAndFeedLinks() async throws {
        try await withTestApp { app in
            let f = try await Fixture.build(app)
            try await f.article(app, title: "Flood report")
            try await app.testing().test(.GET, "/search") { res in
                #expect(res.status == .ok)
                #expect(res.body.string.contains("<h1>Search</h1>"))
                #expect(!res.body.string.contains("form-error"))
            }
            let long = String(repeating: "storm ", count: 40)
            try await app.testing().test(.GET, "/search?" + Self.q(long)) { res in
                #expect(res.status == .unprocessableEntity)
                #expect(res.body.string.contains("at most 200 characters"))
                #expect(res.body.string.contains("value=\"storm storm"), "what was typed is kept")
            }
            try await app.testing().test(.GET, "/search?" + Self.q("zebra")) { res in
                #expect(res.status == .ok)
                #expect(res.body.string.contains("Nothing found for “zebra”"))
            }
            try await app.testing().test(.GET, "/search?" + Self.q("flood")) { res in
                #expect(res.body.string.contains("1 result"))
                #expect(res.body.string.contains("<mark>Flood</mark>"))
            }
            for path in ["/", "/news", "/section/world", "/ru/"] {
                try await app.testing().test(.GET, path) { res in
                    let html = res.body.string
                    #expect(html.contains("role=\"search\""), "\(path)")
                    #expect(html.contains("<link rel=\"alternate\" type=\"application/rss+xml\""), "\(path)")
                    #expect(html.contains("type=\"application/atom+xml\""), "\(path)")
                }
            }
            try await app.testing().test(.GET, "/ru/") { res in
                #expect(res.body.string.contains("action=\"/ru/search\""))
                #expect(res.body.string.contains("href=\"/ru/rss.xml\""))
            }
            try await app.testing().test(.GET, "/section/world") { res in
                #expect(res.body.string.contains("href=\"/section/world/rss.xml\""))
            }
        }
    }
}
