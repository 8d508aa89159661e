import Foundation
import NewsText
import Testing
@testable import Newsdesk

/// The live pages built from fixed inputs by their builders, rendered by Leaf and compared with stored snapshots.
@Suite("Live page snapshots")
struct LivePageSnapshotTests {
    typealias F = PageFixtures

    static let blog = LiveBlogRef(id: 7, editionID: 1, title: "Election night live", slug: "election-night-live",
                                  summary: "Results as they come in.", isVisible: true, ended: false)

    static func entry(_ id: Int, _ text: String, minutes: Double, key: Bool = false, pinned: Bool = false, edited: Bool = false,
                      photo: Bool = false, related: Bool = false) -> LiveEntryView {
        LiveEntryView(
            id: id, articleID: 7, authorID: 3, authorName: "Jo Reporter", textMarkdown: text, textHTML: "<p>\(HTML.escape(text))</p>",
            keyEvent: key, pinned: pinned, mediaID: photo ? 1 : nil, media: photo ? F.photo : nil, relatedID: related ? 2 : nil,
            related: related ? F.story(2, "Harbour reopens") : nil, publishedAt: fixedNow.addingTimeInterval(minutes * 60),
            updatedAt: edited ? fixedNow.addingTimeInterval(minutes * 60 + 30) : nil)
    }

    static var content: LiveBlogContent {
        let entries = [
            entry(12, "Turnout is <high> in the north.", minutes: 30, edited: true, photo: true),
            entry(11, "Polls close.", minutes: 20, key: true, related: true),
            entry(10, "Welcome to our live coverage.", minutes: 10, pinned: true),
        ]
        return LiveBlogContent(blog: blog, slug: blog.slug, entries: entries, next: 10, keyEvents: [entries[1]], pinned: entries[2],
                               isOlderPage: false, lastEventID: 40)
    }

    @Test func aRunningLiveBlogMatchesItsSnapshot() async throws {
        var model = PageSnapshotTests.model()
        model.live = LivePages.blog(F.context(), Self.content)
        let html = try await Snapshot.check("Publishing/article", model, named: "live-blog-page")
        #expect(html.contains("data-stream-url=\"/api/v1/articles/7/live-entries/stream?last_event_id=40\""))
        #expect(html.contains("Turnout is &lt;high&gt; in the north."))
        #expect(html.contains("<time datetime=\"2017-09-23T02:21:00+01:00\">02:21</time>"), "times in the edition's zone")
        #expect(html.contains("href=\"/articles/election-night-live?entries="))
    }

    @Test func anEndedLiveBlogSaysSoAndDoesNotStream() async throws {
        var content = Self.content
        content.blog = LiveBlogRef(id: 7, editionID: 1, title: "Election night live", slug: "election-night-live", summary: "",
                                   isVisible: true, ended: true)
        content.isOlderPage = true
        content.next = nil
        var model = PageSnapshotTests.model()
        model.live = LivePages.blog(F.context(), content)
        let html = try await Snapshot.check("Publishing/article", model, named: "live-blog-ended-page")
        #expect(!html.contains("data-stream-url") && html.contains("This live coverage has ended."))
    }

    @Test func theLivePageMatchesItsSnapshot() async throws {
        var running = F.story(7, "Election night live")
        running.isLive = true
        running.isLiveBlog = true
        let latest = [
            LiveJSON.feedEntry(Self.entry(12, "Turnout is high.", minutes: 30), blog: Self.blog, edition: F.english),
            LiveJSON.feedArticle(F.story(3, "Bridge closed by the storm"), edition: F.english),
        ]
        let model = LivePages.page(F.context(), running: [running], latest: latest, lastEventID: 41)
        let html = try await Snapshot.check("Live/live", model, named: "live-page")
        #expect(html.contains("data-stream-url=\"/api/v1/live/stream?edition=en&amp;last_event_id=41\""))
        let ru = LivePages.page(F.context(F.russian), running: [], latest: [], lastEventID: 0)
        try await Snapshot.check("Live/live", ru, named: "live-page-ru")
    }

    @Test func theNewsroomDeskMatchesItsSnapshot() async throws {
        let editor = Member(id: 9, email: "ed@example.test", displayName: "Ed Itor", role: .editor, confirmed: true, avatarPath: nil,
                            totpEnabled: true, sessionID: 5, sessionKind: "web")
        var c = NewsroomLivePage.Content(blog: Self.blog, edition: F.english, entries: Self.content.entries)
        c.form.text = "Half-written <entry>"
        c.errors = ["media_id": "a number, or empty"]
        let html = try await Snapshot.check("Newsroom/live", NewsroomLivePage.build(F.context(viewer: editor, forms: true), c), named: "newsroom-live")
        #expect(html.contains("Half-written &lt;entry&gt;") && html.contains("name=\"csrf_token\" value=\"csrf-fixed-token\""))
    }

    /// An editor who chose Russian: the desk's words, notices, field messages and dates in Russian, in the edition's zone.
    @Test func theNewsroomDeskInTheEditorsChosenRussian() async throws {
        var editor = Member(id: 9, email: "ed@example.test", displayName: "Ed Itor", role: .editor, confirmed: true, avatarPath: nil,
                            totpEnabled: true, sessionID: 5, sessionKind: "web")
        editor.language = "ru"
        var c = NewsroomLivePage.Content(blog: Self.blog, edition: F.english, entries: Self.content.entries)
        c.errors = ["media_id": "a number, or empty", "text_markdown": "an entry may have at most 20000 characters"]
        c.message = UIStrings.russian.text("nrEntryNotPosted", ["why": LiveController.why(c.errors, .russian)])
        let ctx = F.context(PageResponder.staffEdition(F.english, language: editor.language), viewer: editor, forms: true)
        let html = try await Snapshot.check("Newsroom/live", NewsroomLivePage.build(ctx, c), named: "newsroom-live-ru")
        #expect(html.contains("<html lang=\"ru\""))
        #expect(html.contains("<h2>Новая запись</h2>") && html.contains("Опубликовать запись"))
        #expect(html.contains("02:21 GMT+1, 23 сентября 2017"))
        #expect(html.contains("<p class=\"field__error\">номер или пусто</p>"))
        #expect(html.contains("Запись не опубликована: номер или пусто; в записи может быть не больше 20\u{00A0}000 символов"))
        #expect(!html.contains("Post entry") && !html.contains("September"))
    }
}

