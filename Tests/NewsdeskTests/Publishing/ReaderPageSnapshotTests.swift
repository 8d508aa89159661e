import Foundation
import Standards
import Testing
@testable import Newsdesk

/// Reader pages built by their page builders from fixed data (no request, no database) and compared with stored
/// snapshots.
@Suite("Reader page snapshots")
struct ReaderPageSnapshotTests {
    typealias F = PageFixtures

    static let stories = [
        F.story(11, "Storm makes landfall", hoursAgo: 1, views: 1200, comments: 4),
        F.story(12, "Markets hold their breath", hoursAgo: 2),
        F.story(13, "Cup final preview", section: F.sport, hoursAgo: 3, image: false),
        F.story(14, "Harbour strike ends", hoursAgo: 5),
    ]

    @Test func frontPage() async throws {
        let content = FrontPageContent(
            latest: Self.stories, recommended: [Self.stories[1], Self.stories[0]],
            sections: [(F.world, [Self.stories[0], Self.stories[1], Self.stories[3]]), (F.sport, [Self.stories[2]])],
            galleries: [F.gallery(5, "A week in pictures")])
        let html = try await Snapshot.check("Publishing/front", FrontPage.build(F.context(), content), named: "front-page")
        #expect(html.contains("<title>Newsdesk — International</title>"))
    }

    @Test func frontPageOfAnEmptyEditionForASignedInMember() async throws {
        let content = FrontPageContent(latest: [], recommended: [], sections: [], galleries: [])
        let html = try await Snapshot.check("Publishing/front", FrontPage.build(F.context(F.russian, viewer: F.moderator), content),
                                            named: "front-page-empty-signed-in")
        #expect(html.contains("value=\"\(F.csrf)\""))
    }

    @Test func allNewsFirstPage() async throws {
        let listing = FeedPage.Listing(heading: "All news", kicker: nil, current: .allNews, link: { Paths.allNews("", cursor: $0) })
        let page = Page(items: Self.stories, nextCursor: FeedCursor(token: "MTUwNjEyNDI2MC4xNA"))
        let html = try await Snapshot.check("Publishing/feed", FeedPage.build(F.context(), listing: listing, page: page, cursor: nil),
                                            named: "feed-all-news")
        #expect(html.contains("href=\"/news?cursor=MTUwNjEyNDI2MC4xNA\""))
    }

    @Test func sectionLaterPage() async throws {
        let listing = FeedPage.Listing(heading: "World", kicker: nil, current: .section("world"), link: { Paths.section("", "world", cursor: $0) })
        let cursor = FeedCursor(token: "MTUwNjEyNDI2MC4xNA")
        let html = try await Snapshot.check("Publishing/feed", FeedPage.build(F.context(), listing: listing,
                                                                              page: Page(items: [Self.stories[3]], nextCursor: nil), cursor: cursor),
                                            named: "feed-section-later-page")
        #expect(html.contains("<link rel=\"canonical\" href=\"http://news.test/section/world?cursor=MTUwNjEyNDI2MC4xNA\">"))
    }

    @Test func emptyTag() async throws {
        let listing = FeedPage.Listing(heading: "Климат", kicker: "Теги", current: nil, link: { Paths.tag("/ru", "klimat", cursor: $0) })
        try await Snapshot.check("Publishing/feed", FeedPage.build(F.context(F.russian), listing: listing,
                                                                   page: Page(items: [], nextCursor: nil), cursor: nil),
                                 named: "feed-tag-empty")
    }

    static func detail(closed: Bool = false) -> ArticleDetail {
        ArticleDetail(summary: stories[0], bodyHTML: "<p>The storm arrived at dawn.</p>\n<p>Rivers rose through the day.</p>", readingMinutes: 2,
                      tags: [TagRef(id: 1, name: "Climate", slug: "climate")], related: [stories[1], stories[3]], commentsClosed: closed)
    }

    @Test func articleForAnonymousReaders() async throws {
        let discussion = DiscussionContent(thread: ThreadPage(comments: DiscussionFixtures.published, nextCursor: "20"), sort: .newest,
                                           liked: [], refusal: nil)
        let html = try await Snapshot.check("Publishing/article", ArticlePage.build(F.context(), detail: Self.detail(), discussion: discussion),
                                            named: "article-anonymous")
        #expect(html.contains("href=\"/account/login?next=/articles/storm-makes-landfall\""))
        #expect(!html.contains("csrf_token"))
    }

    @Test func articleWithClosedComments() async throws {
        let discussion = DiscussionContent(thread: ThreadPage(comments: [], nextCursor: nil), sort: .oldest, liked: [], refusal: nil)
        let html = try await Snapshot.check("Publishing/article", ArticlePage.build(F.context(viewer: F.reader), detail: Self.detail(closed: true),
                                                                                    discussion: discussion),
                                            named: "article-comments-closed")
        #expect(html.contains("Comments on this article are closed."))
    }
}
