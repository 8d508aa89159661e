import Foundation
import Standards
import Testing
@testable import Newsdesk

/// Every reader page type in the Russian and the right-to-left Arabic edition, built from fixed data and compared
/// with stored snapshots (`<page>-ru`, `<page>-ar`); English is covered by each feature's own snapshots. Each page
/// must carry the edition's language and direction and none of the interface's English words.
@Suite("Edition page snapshots")
struct EditionPageSnapshotTests {
    typealias F = PageFixtures

    static func stories(_ e: EditionInfo) -> [ArticleSummary] {
        let section = e.id == F.arabic.id ? F.alam : F.mir
        return [
            F.story(11, e.code == "ar" ? "العاصفة تصل إلى اليابسة" : "Шторм вышел на сушу", section: section, hoursAgo: 1, edition: e,
                    views: 4, comments: 21),
            F.story(12, e.code == "ar" ? "الأسواق تترقب" : "Рынки замерли", section: section, hoursAgo: 2, edition: e, views: 1, comments: 1),
            F.story(14, e.code == "ar" ? "انتهاء إضراب الميناء" : "Забастовка в порту окончена", section: section, hoursAgo: 30, edition: e),
        ]
    }

    static func detail(_ e: EditionInfo) -> ArticleDetail {
        let s = stories(e)
        return ArticleDetail(summary: s[0], bodyHTML: "<p>…</p>", readingMinutes: 3,
                             tags: [TagRef(id: 1, name: e.code == "ar" ? "مناخ" : "Климат", slug: "klimat")], related: [s[1]],
                             commentsClosed: false)
    }

    static func side(_ e: EditionInfo) -> ArticleSideContent {
        ArticleSideContent(latest: stories(e), recommended: [stories(e)[1]], galleries: [F.gallery(5, "Gallery", photos: 22, edition: e)])
    }

    static func pages(_ e: EditionInfo) -> [(name: String, template: String, html: () async throws -> String)] {
        let s = stories(e)
        let anonymous = DiscussionContent(thread: ThreadPage(comments: DiscussionFixtures.published, nextCursor: "20"), sort: .newest,
                                          liked: [], refusal: nil)
        let signedIn = DiscussionContent(thread: ThreadPage(comments: DiscussionFixtures.thread, nextCursor: nil), sort: .liked,
                                         liked: [101], refusal: nil)
        let findings = [Finding(rule: .caps, start: 0, end: 4, confidence: 0.9, message: "m1"),
                        Finding(rule: .caps, start: 5, end: 9, confidence: 0.9, message: "m2")]
        var refused = CommentFormState(text: "LOUD TEXT", parentID: nil, error: DiscussionSection.message(for: .rejected(findings: findings), strings: e.strings))
        refused.findings = DiscussionPresenter.findings(findings, strings: e.strings)
        let listing = FeedPage.Listing(heading: e.strings.text("allNews"), kicker: nil, current: .allNews, link: { Paths.allNews(e.pathPrefix, cursor: $0) })
        let front = FrontPageContent(latest: s, recommended: [s[1], s[0]], sections: [(e.id == F.arabic.id ? F.alam : F.mir, s)],
                                     galleries: [F.gallery(5, "Gallery", photos: 2, edition: e)])
        return [
            ("front", "Publishing/front", { try await Snapshot.render("Publishing/front", FrontPage.build(F.context(e), front)) }),
            ("feed", "Publishing/feed", {
                try await Snapshot.render("Publishing/feed", FeedPage.build(F.context(e), listing: listing, page: Page(items: s, nextCursor: nil), cursor: nil))
            }),
            ("article-anonymous", "Publishing/article", {
                try await Snapshot.render("Publishing/article", ArticlePage.build(F.context(e), detail: detail(e), discussion: anonymous, side: side(e)))
            }),
            ("article-signed-in", "Publishing/article", {
                try await Snapshot.render("Publishing/article", ArticlePage.build(F.context(e, viewer: F.reader), detail: detail(e), discussion: signedIn,
                                                                                  side: side(e)))
            }),
            ("article-comment-refused", "Publishing/article", {
                try await Snapshot.render("Publishing/article", ArticlePage.build(F.context(e, viewer: F.reader), detail: detail(e), discussion: signedIn,
                                                                                  commentForm: refused))
            }),
            ("multimedia", "Media/multimedia", {
                try await Snapshot.render("Media/multimedia", MultimediaPage.build(F.context(e), galleries: [F.gallery(5, "Gallery", photos: 3, edition: e)]))
            }),
            ("error-not-found", "errors/error", {
                try await Snapshot.render("errors/error", ErrorPage.build(F.context(e), answer: FailureAnswer(.notFound, "not_found", "Not found.")))
            }),
            ("error-forbidden", "errors/error", {
                try await Snapshot.render("errors/error", ErrorPage.build(F.context(e, viewer: F.reader),
                                                                          answer: FailureAnswer(.forbidden, "forbidden", "This area is for staff.")))
            }),
            ("community-standards", "Accounts/policy", {
                try await Snapshot.render("Accounts/policy", PolicyPage.build(F.context(e), title: "—", version: 2, publishedAt: fixedNow,
                                                                              markdown: "…", path: Paths.communityStandards(e.pathPrefix)))
            }),
            ("unblock-request", "Accounts/page", {
                try await Snapshot.render("Accounts/page", UnblockRequestPage.build(
                    F.context(e, viewer: F.reader), member: F.reader,
                    block: SanctionService.Block(rule: "spam", reason: "…", permanent: false, since: fixedNow)))
            }),
        ]
    }

    static let editions = [F.russian, F.arabic]
    static let names = editions.flatMap { e in pages(e).map { "\($0.name)-\(e.code)" } }

    /// Words of the English interface that must not appear on another edition's page.
    static let englishWords = [">Comments", "Send comment", ">Like<", ">Reply<", ">Report<", ">Log in", ">Register<", "Your comment",
                               "All news", "Recommended", "Multimedia<", "Privacy policy", "Community standards", "min read",
                               " views<", " comments<", "Page not found", "Go to the front page", "Sitemap", "Ask to be unblocked",
                               "Not allowed", "Awaiting moderation", "Most liked", "caps:", ">commercial_links", ">caps<"]

    @Test(arguments: names)
    func pageInTheEditionsLanguage(_ name: String) async throws {
        let edition = try #require(Self.editions.first { name.hasSuffix("-" + $0.code) })
        let base = String(name.dropLast(edition.code.count + 1))
        let page = try #require(Self.pages(edition).first { $0.name == base })
        let html = try await page.html().replacingOccurrences(of: PageCache.clockMarker, with: "{{clock}}")
        try Snapshot.compare(html, named: name)
        #expect(html.contains("<html lang=\"\(edition.language)\" dir=\"\(edition.language == "ar" ? "rtl" : "ltr")\">"))
        for word in Self.englishWords {
            #expect(!html.contains(word), "\(name) shows the English “\(word)”")
        }
        // Account and policy links stay in the edition.
        #expect(html.contains("href=\"/\(edition.code)/account/"))
        #expect(html.contains("href=\"/\(edition.code)/community-standards\""))
        #expect(!html.contains("href=\"/account/"))
    }

    @Test func articleCountersUseTheLanguagesPluralForms() async throws {
        let ru = try await Snapshot.render("Publishing/article", ArticlePage.build(F.context(F.russian), detail: Self.detail(F.russian),
                                                                                     discussion: DiscussionContent(thread: ThreadPage(comments: [], nextCursor: nil), sort: .newest, liked: [], refusal: nil)))
        #expect(ru.contains("4 просмотра") && ru.contains("21 комментарий") && ru.contains("3 минуты чтения"))
        let ar = try await Snapshot.render("Publishing/article", ArticlePage.build(F.context(F.arabic), detail: Self.detail(F.arabic),
                                                                                     discussion: DiscussionContent(thread: ThreadPage(comments: [], nextCursor: nil), sort: .newest, liked: [], refusal: nil)))
        #expect(ar.contains("4 مشاهدات") && ar.contains("21 تعليقًا") && ar.contains("3 دقائق قراءة"))
    }

    @Test func datesAreInTheEditionsLanguageAndZone() async throws {
        let html = try await Snapshot.render("Publishing/article", ArticlePage.build(F.context(F.arabic), detail: Self.detail(F.arabic),
                                                                                       discussion: DiscussionContent(thread: ThreadPage(comments: [], nextCursor: nil), sort: .newest, liked: [], refusal: nil)))
        let month = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
        #expect(month.contains { html.contains($0) })
        #expect(html.contains("GMT+3") && html.contains("+03:00\""))
    }

    @Test func aRejectedCommentNamesEachRuleOnceByItsHumanName() async throws {
        let findings = [Finding(rule: .caps, start: 0, end: 4, confidence: 0.9, message: "Use normal capitals."),
                        Finding(rule: .caps, start: 5, end: 9, confidence: 0.9, message: "Use normal capitals."),
                        Finding(rule: .commercialLinks, start: 10, end: 20, confidence: 0.9, message: "Links are reviewed.")]
        let shown = DiscussionPresenter.findings(findings, strings: .english)
        #expect(shown.map(\.rule) == ["Written in capitals", "Links to other sites"])
        #expect(DiscussionPresenter.findings(findings, strings: .russian).map(\.rule) == ["Заглавными буквами", "Ссылки на другие сайты"])
    }
}
