import Foundation
import NewsText

/// The JSON of live blogs and the live feed: the API's entries and the streams' `data:` lines are the same shape.
/// Addresses are site-relative (`/media/…`, `/articles/…`): a stream's event is written once for every reader.
enum LiveJSON {
    struct Author: Encodable, Sendable {
        let id: Int?
        let displayName: String
        enum CodingKeys: String, CodingKey { case id, displayName }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(displayName, forKey: .displayName)
        }
    }

    struct Photo: Encodable, Sendable {
        let url: String
        let alt: String
        let caption: String
        let credit: String
        let width: Int
        let height: Int
    }

    struct Related: Encodable, Sendable {
        let id: Int
        let title: String
        let url: String
    }

    struct Entry: Encodable, Sendable {
        let id: Int
        let articleId: Int
        let textMarkdown: String
        let textHtml: String
        let keyEvent: Bool
        let pinned: Bool
        let author: Author
        let publishedAt: String
        let updatedAt: String?
        let mediaId: Int?
        let relatedId: Int?
        let media: Photo?
        let related: Related?

        enum CodingKeys: String, CodingKey {
            case id, articleId, textMarkdown, textHtml, keyEvent, pinned, author, publishedAt, updatedAt, mediaId, relatedId, media, related
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(articleId, forKey: .articleId)
            try c.encode(textMarkdown, forKey: .textMarkdown)
            try c.encode(textHtml, forKey: .textHtml)
            try c.encode(keyEvent, forKey: .keyEvent)
            try c.encode(pinned, forKey: .pinned)
            try c.encode(author, forKey: .author)
            try c.encode(publishedAt, forKey: .publishedAt)
            try c.encode(updatedAt, forKey: .updatedAt)
            try c.encode(mediaId, forKey: .mediaId)
            try c.encode(relatedId, forKey: .relatedId)
            try c.encode(media, forKey: .media)
            try c.encode(related, forKey: .related)
        }
    }

    /// An item of the live feed: a published article (`type: article`) or a live-blog entry (`type: entry`).
    struct FeedItem: Codable, Sendable {
        let type: String
        let id: Int
        let articleId: Int
        let title: String
        let url: String
        let summary: String
        let textHtml: String?
        let section: String?
        let live: Bool
        let publishedAt: String

        enum CodingKeys: String, CodingKey { case type, id, articleId, title, url, summary, textHtml, section, live, publishedAt }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(type, forKey: .type)
            try c.encode(id, forKey: .id)
            try c.encode(articleId, forKey: .articleId)
            try c.encode(title, forKey: .title)
            try c.encode(url, forKey: .url)
            try c.encode(summary, forKey: .summary)
            try c.encode(textHtml, forKey: .textHtml)
            try c.encode(section, forKey: .section)
            try c.encode(live, forKey: .live)
            try c.encode(publishedAt, forKey: .publishedAt)
        }
    }

    static func entry(_ e: LiveEntryView, edition: EditionInfo) -> Entry {
        let zone = edition.timeZone
        return Entry(
            id: e.id, articleId: e.articleID, textMarkdown: e.textMarkdown, textHtml: e.textHTML, keyEvent: e.keyEvent, pinned: e.pinned,
            author: Author(id: e.authorID, displayName: e.authorName), publishedAt: EditionClock.iso8601(e.publishedAt, zone: zone),
            updatedAt: e.updatedAt.map { EditionClock.iso8601($0, zone: zone) }, mediaId: e.mediaID, relatedId: e.relatedID,
            media: e.media.map { Photo(url: $0.path, alt: $0.alt, caption: $0.caption, credit: $0.credit, width: $0.width, height: $0.height) },
            related: e.related.map { Related(id: $0.id, title: $0.title, url: Paths.article(edition.pathPrefix, $0.slug)) })
    }

    static func feedEntry(_ e: LiveEntryView, blog: LiveBlogRef, edition: EditionInfo) -> FeedItem {
        FeedItem(type: "entry", id: e.id, articleId: blog.id, title: blog.title,
                 url: Paths.article(edition.pathPrefix, blog.slug) + "#entry-\(e.id)", summary: PlainText.excerpt(PlainText.fromMarkdown(e.textMarkdown)),
                 textHtml: e.textHTML, section: nil, live: !blog.ended, publishedAt: EditionClock.iso8601(e.publishedAt, zone: edition.timeZone))
    }

    static func feedArticle(_ a: ArticleSummary, edition: EditionInfo) -> FeedItem {
        FeedItem(type: "article", id: a.id, articleId: a.id, title: a.title, url: Paths.article(edition.pathPrefix, a.slug), summary: a.summary,
                 textHtml: nil, section: a.section.name, live: a.isLive, publishedAt: EditionClock.iso8601(a.publishedAt, zone: edition.timeZone))
    }

    /// One line of JSON for a stream's `data:`.
    static func line<T: Encodable>(_ value: T) -> String {
        (try? APIJSON.encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
