import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

@Suite("Reader pages")
struct ReaderPagesTests {
    @Test func frontPageShowsTopStoryLatestSectionsRecommendedAndEditionSwitcher() async throws {
        try await withTestApp { app in
            let f = try await Fixture.build(app)
            try await f.article(app, title: "Harbour reopens after storm", hoursAgo: 5, recommended: 1)
            try await f.article(app, title: "Cup final goes to penalties", section: f.sport, hoursAgo: 2, recommended: 2)
            try await f.article(app, title: "Ministers meet in Geneva", hoursAgo: 1)
            try await f.article(app, title: "Выборы в парламент", edition: f.russian, hoursAgo: 1)

            try await app.testing().test(.GET, "/") { res in
                #expect(res.status == .ok)
                let html = res.text
                #expect(html.contains("class=\"top-story\""))
                #expect(html.range(of: #"top-story__title">Harbour reopens after storm<"#) != nil)
                #expect(html.contains("Ministers meet in Geneva"))
                #expect(html.contains(">Recommended<"))
                #expect(html.contains("Cup final goes to penalties"))
                #expect(html.contains("href=\"/section/world\""))
                #expect(html.contains("href=\"/section/sport\""))
                #expect(html.contains("href=\"/news\""))
                #expect(html.contains("href=\"/multimedia\""))
                #expect(html.contains("href=\"/ru/\""))
                // Another edition's stories stay in their edition.
                #expect(!html.contains("Выборы в парламент"))
                // 00:51 UTC on 23 September 2017 is 01:51 in London (summer time).
                #expect(html.contains("01:51 GMT+1, 23 September 2017"))
            }
        }
    }

    /// The front page reads every section's newest stories at once: each block keeps its own section's four newest
    /// visible stories, newest first, with or without a photo; drafts and scheduled stories stay out.
    @Test func sectionBlocksHoldEachSectionsFourNewestVisibleStories() async throws {
        try await withTestApp { app in
            let f = try await Fixture.build(app)
            for i in 1...6 {
                try await f.article(app, title: "World story \(i)", hoursAgo: Double(10 - i), withPhoto: i % 2 == 0)
            }
            try await f.article(app, title: "Sport story 1", section: f.sport, hoursAgo: 3)
            try await f.article(app, title: "Sport draft", section: f.sport, hoursAgo: 1, status: .draft)
            try await f.article(app, title: "Sport scheduled", section: f.sport, hoursAgo: -2)
            let stories = try await app.newsdesk.articles.frontPage(
                edition: f.english.id, sections: try await app.newsdesk.articles.sections(edition: f.english.id, on: app.db),
                latest: 3, recommended: 2, perSection: 4, on: app.db)
            let blocks = Dictionary(uniqueKeysWithValues: stories.sections.map { ($0.section.slug, $0.stories.map(\.title)) })
            #expect(blocks["world"] == ["World story 6", "World story 5", "World story 4", "World story 3"])
            #expect(blocks["sport"] == ["Sport story 1"])
            #expect(stories.latest.map(\.title) == ["Sport story 1", "World story 6", "World story 5"])
            let world = try #require(stories.sections.first { $0.section.slug == "world" })
            #expect(world.stories.map { $0.image != nil } == [true, false, true, false], "photos follow their stories")
            #expect(world.stories.allSatisfy { $0.section.slug == "world" && $0.section.name == "World" })
            try await app.testing().test(.GET, "/") { res in
                #expect(res.text.contains("World story 3"))
                #expect(!res.text.contains("Sport draft") && !res.text.contains("Sport scheduled"))
            }
        }
    }

    @Test func editionFrontPageUsesItsLanguageAndTimeZone() async throws {
        try await withTestApp { app in
            let f = try await Fixture.build(app)
            try await f.article(app, title: "Выборы в парламент", edition: f.russian, hoursAgo: 1)
            try await app.testing().test(.GET, "/ru/") { res in
                #expect(res.status == .ok)
                #expect(res.text.contains("<html lang=\"ru\" dir=\"ltr\">"))
                #expect(res.text.contains("03:51 GMT+3, 23 сентября 2017"))
                #expect(res.text.contains("Все новости"))
                #expect(res.text.contains("Выборы в парламент"))
                #expect(res.text.contains("href=\"/ru/section/mir\""))
            }
        }
    }

    @Test func allNewsIsNewestFirstAndItsCursorIsStableWhenNewsArrives() async throws {
        try await withTestApp { app in
            let f = try await Fixture.build(app)
            for i in 1...25 { try await f.article(app, title: "Story number \(i)", hoursAgo: Double(30 - i)) }
            var nextURL = ""
            try await app.testing().test(.GET, "/news") { res in
                #expect(res.status == .ok)
                let html = res.text
                #expect(html.contains("Story number 25"))
                #expect(html.contains("Story number 6"))
                #expect(!html.contains("Story number 5<"))
                let first = try #require(html.range(of: "Story number 25"))
                let later = try #require(html.range(of: "Story number 24"))
                #expect(first.lowerBound < later.lowerBound)
                let match = try #require(html.range(of: #"href="/news\?cursor=[A-Za-z0-9_-]+""#, options: .regularExpression))
                nextURL = String(html[match].dropFirst(6).dropLast())
            }
            // A story published now must not shift the second page.
            try await f.article(app, title: "Breaking: fresh story", hoursAgo: 0)
            try await app.testing().test(.GET, nextURL) { res in
                #expect(res.status == .ok)
                let html = res.text
                for i in 1...5 { #expect(html.contains("Story number \(i)<")) }
                #expect(!html.contains("Story number 6<"))
                #expect(!html.contains("Breaking: fresh story"))
                #expect(html.contains("href=\"/news\""))
            }
            try await app.testing().test(.GET, "/news?cursor=garbage!") { res in
                #expect(res.status == .unprocessableEntity)
            }
        }
    }

    @Test func sectionAndTagPagesListOnlyTheirArticles() async throws {
        try await withTestApp { app in
            let f = try await Fixture.build(app)
            try await f.article(app, title: "Storm hits the coast", tags: ["Climate", "Storms"])
            try await f.article(app, title: "Derby ends in a draw", section: f.sport, tags: ["Football"])
            try await app.testing().test(.GET, "/section/sport") { res in
                #expect(res.status == .ok)
                #expect(res.text.contains("<h1>Sport</h1>"))
                #expect(res.text.contains("Derby ends in a draw"))
                #expect(!res.text.contains("Storm hits the coast"))
            }
            try await app.testing().test(.GET, "/tag/climate") { res in
                #expect(res.status == .ok)
                #expect(res.text.contains("<h1>Climate</h1>"))
                #expect(res.text.contains("Storm hits the coast"))
                #expect(!res.text.contains("Derby ends in a draw"))
            }
            try await app.testing().test(.GET, "/section/nope") { res in
                #expect(res.status == .notFound)
            }
            try await app.testing().test(.GET, "/ru/section/sport") { res in
                #expect(res.status == .notFound)
            }
        }
    }

    @Test func articlePageShowsTheWholeStoryAndItsMetadata() async throws {
        try await withTestApp { app in
            let f = try await Fixture.build(app)
            let other = try await f.article(app, title: "Earlier: the storm forms", hoursAgo: 20)
            let id = try await f.article(
                app, title: "Storm makes landfall",
                body: "The storm arrived at dawn.\n\n{{related:\(other)}}\n\nResidents were *evacuated*.",
                tags: ["Climate", "Storms"], related: [other])
            let detail = try #require(try await app.newsdesk.articles.article(id: id, on: app.db))
            try await app.testing().test(.GET, "/articles/storm-makes-landfall") { res in
                #expect(res.status == .ok)
                let html = res.text
                #expect(html.contains("<h1 class=\"article__title\">Storm makes landfall</h1>"))
                #expect(html.contains("Cranes over the harbour at dawn"))
                #expect(html.contains("© Meridian Press / Ana Ruiz"))
                #expect(html.contains(">World</a>"))
                #expect(html.contains("By Jane Reporter"))
                #expect(html.contains("datetime=\"2017-09-23T00:51:00+01:00\""))
                // The related card sits inside the body, between the paragraphs.
                let body = try #require(html.range(of: "article__body"))
                let card = try #require(html.range(of: "class=\"related-card\""))
                let second = try #require(html.range(of: "Residents were <em>evacuated</em>"))
                #expect(body.lowerBound < card.lowerBound && card.lowerBound < second.lowerBound)
                #expect(html.contains("related-card__title\">Earlier: the storm forms"))
                #expect(html.contains(">Related<"))
                #expect(html.contains("href=\"/tag/climate\""))
                #expect(html.contains("0 views"))
                #expect(html.contains("0 comments"))
                #expect(html.contains("Get short URL"))
                #expect(html.contains("value=\"http://news.test/s/\(detail.summary.shortCode)\""))
                #expect(html.contains("<link rel=\"canonical\" href=\"http://news.test/articles/storm-makes-landfall\">"))
                #expect(html.contains("<meta property=\"og:title\" content=\"Storm makes landfall\">"))
                #expect(html.contains("<meta property=\"og:image\" content=\"http://news.test/media/"))
                let ldStart = try #require(html.range(of: "<script type=\"application/ld+json\">"))
                let ldEnd = try #require(html.range(of: "</script>", range: ldStart.upperBound..<html.endIndex))
                let json = try JSONSerialization.jsonObject(with: Data(html[ldStart.upperBound..<ldEnd.lowerBound].utf8)) as? [String: Any]
                #expect(json?["@type"] as? String == "NewsArticle")
                #expect(json?["headline"] as? String == "Storm makes landfall")
            }
        }
    }

    @Test func articleTextIsEscaped() async throws {
        try await withTestApp { app in
            let f = try await Fixture.build(app)
            try await f.article(app, title: "Quotes <script>alert(1)</script> & more",
                                body: "Text with <img src=x onerror=alert(1)> inside.")
            try await app.testing().test(.GET, "/articles/quotes-script-alert-1-script-more") { res in
                #expect(res.status == .ok)
                #expect(!res.text.contains("<script>alert(1)</script>"))
                #expect(!res.text.contains("<img src=x"))
                #expect(res.text.contains("Quotes &lt;script&gt;alert(1)&lt;/script&gt; &amp; more"))
            }
        }
    }

    @Test func shortURLRedirectsPermanentlyToTheCanonicalArticle() async throws {
        try await withTestApp { app in
            let f = try await Fixture.build(app)
            let id = try await f.article(app, title: "Short links work")
            let code = try #require(try await app.newsdesk.articles.article(id: id, on: app.db)).summary.shortCode
            #expect(code.count <= 8 && !code.isEmpty)
            try await app.testing().test(.GET, "/s/\(code)") { res in
                #expect(res.status == .movedPermanently)
                #expect(res.headers.first(name: .location) == "http://news.test/articles/short-links-work")
            }
            try await app.testing().test(.GET, "/s/zzzzzzz") { res in
                #expect(res.status == .notFound)
            }
        }
    }

    @Test func renamedArticleKeepsShortCodeAndOldSlugRedirectsAndShowsUpdated() async throws {
        try await withTestApp { app in
            let f = try await Fixture.build(app)
            let id = try await f.article(app, title: "First headline")
            let before = try #require(try await app.newsdesk.articles.article(id: id, on: app.db)).summary
            try await app.newsdesk.articles.update(id: id, with: .init(
                editionID: f.english.id, sectionID: f.world, authorID: nil, byline: "Jane Reporter", title: "Better headline",
                slug: "better-headline", summary: before.summary, body: "New text.", leadMediaID: f.photo, status: .published,
                publishedAt: before.publishedAt, tags: [], relatedIDs: [], recommendedRank: nil), on: app.db)
            let after = try #require(try await app.newsdesk.articles.article(id: id, on: app.db)).summary
            #expect(after.shortCode == before.shortCode)
            try await app.testing().test(.GET, "/articles/first-headline") { res in
                #expect(res.status == .movedPermanently)
                #expect(res.headers.first(name: .location) == "/articles/better-headline")
            }
            try await app.testing().test(.GET, "/articles/better-headline") { res in
                #expect(res.status == .ok)
                #expect(res.text.contains("Updated"))
                #expect(res.text.contains("New text."))
            }
        }
    }

    @Test func draftsAndScheduledArticlesAreInvisibleUntilTheirTime() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            let f = try await Fixture.build(app)
            let draft = try await f.article(app, title: "Secret draft", status: .draft)
            let scheduled = try await f.article(app, title: "Embargoed report", hoursAgo: -2)
            for path in ["/", "/news", "/section/world", "/sitemap.xml", "/api/v1/articles"] {
                try await app.testing().test(.GET, path) { res in
                    #expect(!res.text.contains("Secret draft"), "draft leaked on \(path)")
                    #expect(!res.text.contains("Embargoed report") && !res.text.contains("embargoed-report"), "scheduled leaked on \(path)")
                }
            }
            for path in ["/articles/secret-draft", "/articles/embargoed-report", "/api/v1/articles/\(draft)", "/api/v1/articles/\(scheduled)"] {
                try await app.testing().test(.GET, path) { res in #expect(res.status == .notFound, "\(path)") }
            }
            clock.advance(3 * 3600)
            await app.newsdesk.pageCache.removeAll()
            try await app.testing().test(.GET, "/articles/embargoed-report") { res in #expect(res.status == .ok) }
            try await app.testing().test(.GET, "/articles/secret-draft") { res in #expect(res.status == .notFound) }
        }
    }

    @Test func unknownAddressesGetARealNotFoundPage() async throws {
        try await withTestApp { app in
            _ = try await Fixture.build(app)
            try await app.testing().test(.GET, "/no/such/page") { res in
                #expect(res.status == .notFound)
                #expect(res.headers.contentType?.description.hasPrefix("text/html") == true)
                #expect(res.text.contains("Page not found"))
                #expect(res.text.contains("href=\"/news\""))
            }
            try await app.testing().test(.GET, "/ru/articles/nothing") { res in
                #expect(res.status == .notFound)
                #expect(res.text.contains("Страница не найдена"))
            }
            try await app.testing().test(.GET, "/xx/news") { res in #expect(res.status == .notFound) }
        }
    }
}
