import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

@Suite("RSS, Atom and JSON Feed")
struct SyndicationTests {
    @Test func editionSectionAndTagFeedsListTheirLatestArticlesInEveryFormat() async throws {
        try await withTestApp { app in
            let f = try await Fixture.build(app)
            try await f.article(app, title: "Storm & floods", tags: ["Weather"])
            try await f.article(app, title: "Шторм", edition: f.russian)
            try await f.article(app, title: "Draft piece", status: .draft)
            try await app.testing().test(.GET, "/rss.xml") { res in
                #expect(res.status == .ok)
                #expect(res.headers.first(name: .contentType)?.hasPrefix("application/rss+xml") == true)
                #expect(res.headers.first(name: .lastModified) != nil)
                #expect(res.text.contains("<title>Storm &amp; floods</title>"))
                #expect(res.text.contains("<guid isPermaLink=\"true\">http://news.test/articles/storm-floods</guid>"))
                #expect(res.text.contains("<category>Weather</category>"))
                #expect(res.text.contains("<media:content url=\"http://news.test/media/"))
                #expect(!res.text.contains("Draft piece") && !res.text.contains("Шторм"))
            }
            try await app.testing().test(.GET, "/ru/atom.xml") { res in
                #expect(res.status == .ok)
                #expect(res.text.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ru\">"))
                #expect(res.text.contains("<title>Шторм</title>"))
            }
            try await app.testing().test(.GET, "/tag/weather/feed.json") { res in
                #expect(res.status == .ok)
                let json = try #require(try JSONSerialization.jsonObject(with: Data(res.body.readableBytesView)) as? [String: Any])
                #expect(json["version"] as? String == "https://jsonfeed.org/version/1.1")
                let items = try #require(json["items"] as? [[String: Any]])
                #expect(items.count == 1 && items[0]["title"] as? String == "Storm & floods")
            }
            let section = try #require(try await app.newsdesk.articles.sections(edition: f.english.id, on: app.db).first)
            try await app.testing().test(.GET, "/section/\(section.slug)/rss.xml") { res in #expect(res.status == .ok) }
            try await app.testing().test(.GET, "/section/no-such-section/rss.xml") { res in #expect(res.status == .notFound) }
        }
    }

    @Test func feedsAnswer304WhenUnchangedAndChangeWhenAnArticleIsPublished() async throws {
        try await withTestApp { app in
            let f = try await Fixture.build(app)
            try await f.article(app, title: "First")
            var etag = ""
            try await app.testing().test(.GET, "/atom.xml") { res in etag = res.headers.first(name: .eTag) ?? "" }
            try await app.testing().test(.GET, "/atom.xml", headers: ["If-None-Match": etag]) { res in
                #expect(res.status == .notModified)
            }
            try await f.article(app, title: "Second", hoursAgo: 0)
            try await app.testing().test(.GET, "/atom.xml", headers: ["If-None-Match": etag]) { res in
                #expect(res.status == .ok)
                #expect(res.text.contains("<title>Second</title>"))
            }
        }
    }
}
