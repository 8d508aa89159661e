import Foundation
import Testing
@testable import Newsdesk

/// The article template rendered from a hand-made view model, compared with a stored snapshot.
@Suite("Page snapshots")
struct PageSnapshotTests {
    static func model() -> ArticlePageModel {
        let strings = UIStrings.english
        let layout = LayoutModel(
            lang: "en", siteName: "Newsdesk", editionName: "International", title: "Storm makes landfall — Newsdesk",
            description: "The storm arrived at dawn.", canonicalURL: "http://news.test/articles/storm-makes-landfall",
            homeURL: "/", nav: [NavItem(label: "All news", url: "/news", current: false), NavItem(label: "World", url: "/section/world", current: true)],
            editions: [EditionLink(code: "en", name: "International", url: "/", language: "en", current: true),
                       EditionLink(code: "ru", name: "Русская служба", url: "/ru/", language: "ru", current: false)],
            strings: strings, clock: "01:51 GMT+1, 23 September 2017", og: nil, jsonLD: "{\"@type\":\"NewsArticle\"}", year: 2017,
            member: nil, csrf: nil)
        let image = ImageModel(src: "/media/storm.svg", alt: "Waves over the sea wall", width: 1600, height: 900,
                               caption: "Waves break over the sea wall <at dawn>", credit: "© Meridian Press / Ana Ruiz")
        let discussion = DiscussionModel(
            articleID: 7, count: 0, closed: false, sorts: [SortLink(label: "Newest", url: "/articles/storm-makes-landfall?sort=newest#comments", current: true)],
            commentsHTML: CommentListHTML(canPost: false, csrf: "", postURL: "/threads/7", reasons: [], strings: strings).render([]),
            nextURL: nil, canPost: false, notice: nil, unblockURL: nil, loginURL: "/account/login?next=/articles/storm-makes-landfall", csrf: nil,
            formText: "", formParentID: nil, formError: nil, formFindings: [], formHighlighted: nil,
            liveURL: "/threads/7/live", postURL: "/threads/7")
        var model = ArticlePageModel(
            layout: layout, id: 7, title: "Storm makes landfall", summary: "The storm arrived at dawn.", sectionName: "World",
            sectionURL: "/section/world", byline: "Jane Reporter", published: "00:51 GMT+1, 23 September 2017",
            publishedISO: "2017-09-23T00:51:00+01:00", updated: nil, updatedISO: nil, image: image,
            bodyHTML: "<p>The storm arrived at dawn.</p>", readingMinutes: 1,
            tags: [TagLinkModel(name: "Climate", url: "/tag/climate")], related: [], views: 12, comments: 0,
            shortURL: "http://news.test/s/abc1234", canonicalURL: "http://news.test/articles/storm-makes-landfall",
            share: [ShareLinkModel(label: "E-mail", url: "mailto:?subject=Storm")], discussion: discussion)
        model.viewsLabel = strings.plural("views", 12)
        model.commentsLabel = strings.plural("comments", 0)
        model.readingLabel = strings.plural("minutesRead", 1)
        return model
    }

    @Test func articlePageMatchesTheStoredSnapshot() async throws {
        let html = try await Snapshot.check("Publishing/article", Self.model(), named: "article-page")
        // Text from the model is escaped in the page.
        #expect(html.contains("Waves break over the sea wall &lt;at dawn&gt;"))
    }
}
