import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

@Suite("Sitemaps, robots.txt and health checks")
struct SitemapTests {
    /// The `<loc>` values of an XML document.
    static func locations(_ xml: String) -> [String] {
        xml.components(separatedBy: "<loc>").dropFirst().compactMap { $0.components(separatedBy: "</loc>").first }
    }

    @Test func theIndexListsMonthlyFilesThatListEveryPublishedArticleWithItsPhoto() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            let f = try await Fixture.build(app)
            try await f.article(app, title: "In the map")
            try await f.article(app, title: "На карте", edition: f.russian)
            try await f.article(app, title: "Last month", hoursAgo: 24 * 40)
            try await f.article(app, title: "Not yet", status: .draft)
            try await f.article(app, title: "Tomorrow", hoursAgo: -24)
            var index = ""
            try await app.testing().test(.GET, "/sitemap.xml") { res in
                #expect(res.status == .ok)
                #expect(res.headers.first(name: .contentType)?.hasPrefix("application/xml") == true)
                index = res.text
            }
            #expect(index.contains("<sitemapindex"))
            let files = Self.locations(index)
            #expect(files.contains("http://news.test/sitemaps/pages.xml"))
            let monthly = files.filter { $0.contains("/sitemaps/articles-") }
            #expect(monthly.count == 2, "this month and the month of the older article")
            var all: [String] = []
            var sawImage = false
            for file in monthly {
                try await app.testing().test(.GET, String(file.dropFirst("http://news.test".count))) { res in
                    #expect(res.status == .ok)
                    #expect(res.text.hasPrefix("<?xml") && res.text.hasSuffix("</urlset>\n"))
                    sawImage = sawImage || res.text.contains("<image:loc>http://news.test/media/")
                    all += Self.locations(res.text)
                }
            }
            #expect(Set(all) == ["http://news.test/articles/in-the-map", "http://news.test/ru/articles/na-karte",
                                 "http://news.test/articles/last-month"])
            #expect(sawImage)
            // A new article drops the cached index; an unknown file is a 404, not an empty map.
            try await f.article(app, title: "Fresh", hoursAgo: 0)
            try await app.testing().test(.GET, "/sitemap.xml") { res in #expect(res.status == .ok) }
            for bad in ["/sitemaps/articles-2017-13-1.xml", "/sitemaps/articles-x.xml", "/sitemaps/../secret.key", "/sitemaps/articles-2017-09-0.xml"] {
                try await app.testing().test(.GET, bad) { res in #expect(res.status == .notFound, "\(bad)") }
            }
        }
    }

    /// The index reads `sitemap_months`, which every write keeps equal to a full count: articles that move to another
    /// month, are withdrawn, or go live by their time alone change it, and it always matches a rebuild.
    @Test func theMonthsOfTheIndexFollowEveryWriteAndMatchAFullCount() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            let f = try await Fixture.build(app)
            let articles = app.newsdesk.articles
            func months() async throws -> [String] {
                try await articles.sitemapMonths(on: app.db).map { "\($0.name):\($0.count)" }
            }
            func matchesAFullCount() async throws {
                let kept = try await articles.sitemapMonths(on: app.db)
                try await ArticleService.rebuildSitemapMonths(now: clock.now, on: app.db)
                let counted = try await articles.sitemapMonths(on: app.db)
                #expect(kept == counted, "kept \(kept) but a full count gives \(counted)")
            }
            let now = try await f.article(app, title: "This month")
            let old = try await f.article(app, title: "Forty days ago", hoursAgo: 24 * 40)
            try await f.article(app, title: "Tomorrow", hoursAgo: -24)
            #expect(try await months() == ["2017-09:1", "2017-08:1"], "a scheduled article is not counted yet")
            try await matchesAFullCount()

            // Moved into this month: its old month leaves the index.
            func draft(_ title: String, status: ArticleStatus, at: Date?) -> ArticleService.Draft {
                .init(editionID: f.english.id, sectionID: f.world, authorID: nil, byline: "Jane Reporter", title: title, slug: nil,
                      summary: "Summary of \(title).", body: "Body.", leadMediaID: nil, status: status, publishedAt: at,
                      tags: [], relatedIDs: [], recommendedRank: nil)
            }
            try await articles.update(id: old, with: draft("Forty days ago", status: .published, at: clock.now), on: app.db)
            #expect(try await months() == ["2017-09:2"])
            try await matchesAFullCount()

            // Withdrawn (back to draft): counted out.
            try await articles.update(id: now, with: draft("This month", status: .draft, at: nil), on: app.db)
            #expect(try await months() == ["2017-09:1"])

            // Tomorrow comes: the release pass counts the article that went live by its time alone.
            clock.advance(2 * 86_400)
            try await articles.refreshSitemapMonths([fixedNow, clock.now], on: app.db)
            #expect(try await months() == ["2017-09:2"])
            try await matchesAFullCount()
            try await app.testing().test(.GET, "/sitemap.xml") { res in
                #expect(res.text.contains("/sitemaps/articles-2017-09-1.xml"))
                #expect(!res.text.contains("articles-2017-08"))
            }
        }
    }

    @Test func pagesListEditionHomesWithHreflangAlternatesAndSections() async throws {
        try await withTestApp { app in
            _ = try await Fixture.build(app)
            try await app.testing().test(.GET, "/sitemaps/pages.xml") { res in
                #expect(res.status == .ok)
                let locs = Self.locations(res.text)
                #expect(locs.contains("http://news.test/") && locs.contains("http://news.test/ru/"))
                #expect(locs.contains("http://news.test/news"))
                #expect(locs.contains { $0.hasPrefix("http://news.test/section/") })
                #expect(res.text.contains("hreflang=\"ru\" href=\"http://news.test/ru/\""))
                #expect(res.text.contains("hreflang=\"en\" href=\"http://news.test/\""))
            }
        }
    }

    @Test func theNewsSitemapHasTheLastTwoDaysWithPublicationLanguageAndTitle() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            let f = try await Fixture.build(app)
            try await f.article(app, title: "Breaking & fresh", hoursAgo: 2)
            try await f.article(app, title: "Свежая новость", edition: f.russian, hoursAgo: 5)
            try await f.article(app, title: "Three days old", hoursAgo: 72)
            try await app.testing().test(.GET, "/news-sitemap.xml") { res in
                #expect(res.status == .ok)
                let xml = res.text
                #expect(xml.contains("xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\""))
                #expect(xml.contains("<news:title>Breaking &amp; fresh</news:title>"))
                #expect(xml.contains("<news:language>ru</news:language>"))
                #expect(xml.contains("<news:title>Свежая новость</news:title>"))
                #expect(!xml.contains("Three days old"))
                #expect(xml.contains("<news:publication_date>"))
            }
            try await app.testing().test(.GET, "/robots.txt") { res in
                #expect(res.text.contains("Sitemap: http://news.test/sitemap.xml"))
                #expect(res.text.contains("Sitemap: http://news.test/news-sitemap.xml"))
            }
        }
    }

    @Test func healthAndReadinessAnswerAndAreNeverCached() async throws {
        try await withTestApp { app in
            _ = try await Fixture.build(app)
            try await app.testing().test(.GET, "/healthz") { res in
                #expect(res.status == .ok)
                #expect(res.headers.first(name: .cacheControl) == "no-store")
            }
            try await app.testing().test(.GET, "/readyz") { res in
                #expect(res.status == .ok)
                #expect(res.text.contains("ready"))
            }
        }
    }

    @Test(arguments: [
        ([String](), [String: String](), true),
        (["newsdesk", "serve"], [:], true),
        (["newsdesk", "serve", "--env", "development"], [:], false),
        (["newsdesk", "serve", "--env=testing"], [:], false),
        (["newsdesk", "serve"], ["VAPOR_ENV": "development"], false),
    ])
    func serveRunsInProductionUnlessTold(arguments: [String], variables: [String: String], implicit: Bool) {
        #expect(NewsdeskMain.environmentIsImplicit(arguments, variables: variables) == implicit)
    }
}
