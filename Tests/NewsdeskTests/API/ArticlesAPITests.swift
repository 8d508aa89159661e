import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

@Suite("JSON API v1")
struct ArticlesAPITests {
    static let isoWithOffset = #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$"#

    private func json(_ res: TestingHTTPResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(res.body.readableBytesView)) as? [String: Any])
    }

    @Test func listsArticlesWithTheDocumentedShapeAndPaginates() async throws {
        try await withTestApp { app in
            let f = try await Fixture.build(app)
            for i in 1...5 { try await f.article(app, title: "API story \(i)", hoursAgo: Double(10 - i), tags: ["Trade"]) }
            try await f.article(app, title: "Новость", edition: f.russian)
            var cursor = ""
            try await app.testing().test(.GET, "/api/v1/articles?edition=en&limit=3") { res in
                #expect(res.status == .ok)
                #expect(res.headers.contentType?.description.hasPrefix("application/json") == true)
                let body = try json(res)
                let items = try #require(body["items"] as? [[String: Any]])
                #expect(items.count == 3)
                #expect(items.map { $0["title"] as? String } == ["API story 5", "API story 4", "API story 3"])
                let first = items[0]
                for key in ["id", "title", "summary", "url", "short_url", "edition", "section", "tags", "author",
                            "published_at", "lead_image", "counters"] {
                    #expect(first[key] != nil, "missing \(key)")
                }
                #expect((first["url"] as? String)?.hasPrefix("http://news.test/articles/api-story-5") == true)
                #expect((first["short_url"] as? String)?.hasPrefix("http://news.test/s/") == true)
                #expect(first["edition"] as? String == "en")
                let published = try #require(first["published_at"] as? String)
                #expect(published.range(of: Self.isoWithOffset, options: .regularExpression) != nil)
                let image = try #require(first["lead_image"] as? [String: Any])
                #expect(image["caption"] as? String == "Cranes over the harbour at dawn")
                #expect(image["credit"] as? String == "© Meridian Press / Ana Ruiz")
                #expect(image["width"] as? Int == 1600 && image["height"] as? Int == 900)
                let counters = try #require(first["counters"] as? [String: Any])
                #expect(counters["views"] as? Int == 0 && counters["comments"] as? Int == 0)
                #expect(((first["tags"] as? [[String: Any]])?.first?["slug"] as? String) == "trade")
                cursor = try #require(body["next_cursor"] as? String)
            }
            try await app.testing().test(.GET, "/api/v1/articles?edition=en&limit=3&cursor=\(cursor)") { res in
                let body = try json(res)
                let items = try #require(body["items"] as? [[String: Any]])
                #expect(items.map { $0["title"] as? String } == ["API story 2", "API story 1"])
                #expect(body["next_cursor"] is NSNull)
            }
            try await app.testing().test(.GET, "/api/v1/articles?edition=ru") { res in
                let items = try #require(try json(res)["items"] as? [[String: Any]])
                #expect(items.map { $0["title"] as? String } == ["Новость"])
                #expect((items[0]["published_at"] as? String)?.hasSuffix("+03:00") == true)
            }
        }
    }

    @Test func filtersBySectionAndTag() async throws {
        try await withTestApp { app in
            let f = try await Fixture.build(app)
            try await f.article(app, title: "Goal!", section: f.sport, tags: ["Football"])
            try await f.article(app, title: "Summit", tags: ["Diplomacy"])
            try await app.testing().test(.GET, "/api/v1/articles?edition=en&section=sport") { res in
                let items = try #require(try json(res)["items"] as? [[String: Any]])
                #expect(items.map { $0["title"] as? String } == ["Goal!"])
            }
            try await app.testing().test(.GET, "/api/v1/articles?edition=en&tag=diplomacy") { res in
                let items = try #require(try json(res)["items"] as? [[String: Any]])
                #expect(items.map { $0["title"] as? String } == ["Summit"])
            }
        }
    }

    @Test func rejectsBadQueriesWithFieldErrors() async throws {
        try await withTestApp { app in
            _ = try await Fixture.build(app)
            try await app.testing().test(.GET, "/api/v1/articles?edition=xx&limit=500&cursor=nope") { res in
                #expect(res.status == .unprocessableEntity)
                let body = try json(res)
                #expect(body["error"] as? String == "invalid")
                #expect(body["message"] is String)
                let fields = try #require(body["fields"] as? [String: String])
                #expect(Set(fields.keys) == ["edition", "limit", "cursor"])
            }
            try await app.testing().test(.GET, "/api/v1/articles/999999") { res in
                #expect(res.status == .notFound)
                #expect((try? json(res))?["error"] as? String == "not_found")
            }
            try await app.testing().test(.GET, "/api/v1/nothing-here") { res in
                #expect(res.status == .notFound)
                #expect((try? json(res))?["error"] as? String == "not_found")
            }
        }
    }

    @Test func showsOneArticleWithItsBody() async throws {
        try await withTestApp { app in
            let f = try await Fixture.build(app)
            let id = try await f.article(app, title: "One story", body: "Para **bold**.", tags: ["Energy"])
            try await app.testing().test(.GET, "/api/v1/articles/\(id)") { res in
                #expect(res.status == .ok)
                let body = try json(res)
                #expect(body["id"] as? Int == id)
                #expect(body["title"] as? String == "One story")
                #expect((body["body_html"] as? String)?.contains("<strong>bold</strong>") == true)
                #expect((body["section"] as? [String: Any])?["slug"] as? String == "world")
                #expect((body["author"] as? [String: Any])?["name"] as? String == "Jane Reporter")
            }
        }
    }

    @Test func listsEditions() async throws {
        try await withTestApp { app in
            _ = try await Fixture.build(app)
            try await app.testing().test(.GET, "/api/v1/editions") { res in
                let items = try #require(try json(res)["items"] as? [[String: Any]])
                #expect(items.count == 2)
                #expect(items[0]["code"] as? String == "en")
                #expect(items[0]["url"] as? String == "http://news.test/")
                #expect(items[1]["code"] as? String == "ru")
                #expect(items[1]["language"] as? String == "ru")
                #expect(items[1]["time_zone"] as? String == "Europe/Moscow")
                #expect(items[1]["url"] as? String == "http://news.test/ru/")
            }
        }
    }

    @Test func sitemapListsEveryPublishedArticle() async throws {
        try await withTestApp { app in
            let f = try await Fixture.build(app)
            try await f.article(app, title: "In the map")
            try await f.article(app, title: "На карте", edition: f.russian)
            try await f.article(app, title: "Not yet", status: .draft)
            var files: [String] = []
            try await app.testing().test(.GET, "/sitemap.xml") { res in
                #expect(res.status == .ok)
                #expect(res.text.hasPrefix("<?xml"))
                files = SitemapTests.locations(res.text).filter { $0.contains("/sitemaps/articles-") }
            }
            var text = ""
            for file in files {
                try await app.testing().test(.GET, String(file.dropFirst("http://news.test".count))) { res in text += res.text }
            }
            #expect(text.contains("<loc>http://news.test/articles/in-the-map</loc>"))
            #expect(text.contains("<loc>http://news.test/ru/articles/na-karte</loc>"))
            #expect(!text.contains("not-yet"))
        }
    }
}
