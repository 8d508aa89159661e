import Foundation

/// The newsroom's JSON: an article as `GET /api/v1/articles/{id}` shows it, plus what only staff see.
enum NewsroomJSON {
    struct Revisions: Encodable {
        struct Item: Encodable {
            struct Author: Encodable {
                let id: Int?
                let displayName: String
                func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: CodingKeys.self)
                    try c.encode(id, forKey: .id)  // null for the scheduler
                    try c.encode(displayName, forKey: .displayName)
                }
                enum CodingKeys: String, CodingKey { case id, displayName }
            }
            let version: Int
            let author: Author
            let createdAt: String
            let title: String
        }
        let items: [Item]
    }

    struct Article: Encodable {
        struct Author: Encodable { let name: String; let id: Int? }
        let id: Int
        let title: String
        let summary: String
        let url: String
        let shortUrl: String
        let edition: String
        let section: APIArticle.Named
        let tags: [APIArticle.Named]
        let author: Author
        /// Null until the article is first published or scheduled.
        let publishedAt: String?
        let updatedAt: String?
        let leadImage: APIArticle.LeadImage?
        let counters: APIArticle.Counters
        let bodyHtml: String?
        let status: String
        let version: Int
        let editUrl: String
        let slug: String
        let bodyMarkdown: String
        let leadImageId: Int?
        let relatedIds: [Int]
        let embargoUntil: String?
        let commentsOpen: Bool
        let correction: String?
        let recommended: Bool
        let kind: String
        let liveEnded: Bool

        enum CodingKeys: String, CodingKey {
            case id, title, summary, url, shortUrl, edition, section, tags, author, publishedAt, updatedAt, leadImage, counters
            case bodyHtml, status, version, editUrl, slug, bodyMarkdown, leadImageId, relatedIds, embargoUntil, commentsOpen
            case correction, recommended, kind, liveEnded
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(title, forKey: .title)
            try c.encode(summary, forKey: .summary)
            try c.encode(url, forKey: .url)
            try c.encode(shortUrl, forKey: .shortUrl)
            try c.encode(edition, forKey: .edition)
            try c.encode(section, forKey: .section)
            try c.encode(tags, forKey: .tags)
            try c.encode(author, forKey: .author)
            try c.encode(publishedAt, forKey: .publishedAt)
            try c.encodeIfPresent(updatedAt, forKey: .updatedAt)
            try c.encodeIfPresent(leadImage, forKey: .leadImage)
            try c.encode(counters, forKey: .counters)
            try c.encodeIfPresent(bodyHtml, forKey: .bodyHtml)
            try c.encode(status, forKey: .status)
            try c.encode(version, forKey: .version)
            try c.encode(editUrl, forKey: .editUrl)
            try c.encode(slug, forKey: .slug)
            try c.encode(bodyMarkdown, forKey: .bodyMarkdown)
            try c.encode(leadImageId, forKey: .leadImageId)
            try c.encode(relatedIds, forKey: .relatedIds)
            try c.encode(embargoUntil, forKey: .embargoUntil)
            try c.encode(commentsOpen, forKey: .commentsOpen)
            try c.encode(correction, forKey: .correction)
            try c.encode(recommended, forKey: .recommended)
            try c.encode(kind, forKey: .kind)
            try c.encode(liveEnded, forKey: .liveEnded)
        }
    }

    static func article(_ a: NewsroomArticle, bodyHTML: String?, origin: String) -> Article {
        let p = a.edition.pathPrefix
        let zone = a.edition.timeZone
        return Article(
            id: a.id, title: a.title, summary: a.summary, url: origin + Paths.article(p, a.slug),
            shortUrl: origin + Paths.short(a.shortCode), edition: a.edition.code,
            section: .init(slug: a.section.slug, name: a.section.name, url: origin + Paths.section(p, a.section.slug)),
            tags: a.tags.map { .init(slug: $0.slug, name: $0.name, url: origin + Paths.tag(p, $0.slug)) },
            author: .init(name: a.byline, id: a.authorID),
            publishedAt: a.publishedAt.map { EditionClock.iso8601($0, zone: zone) },
            updatedAt: a.revisedAt.map { EditionClock.iso8601($0, zone: zone) },
            leadImage: a.leadImage.map { .init(url: origin + $0.path, caption: $0.caption, credit: "© " + $0.credit, alt: $0.alt,
                                               width: $0.width, height: $0.height) },
            counters: .init(views: a.views, comments: a.comments), bodyHtml: bodyHTML, status: a.status.rawValue,
            version: a.version, editUrl: origin + NewsroomPaths.article(a.id), slug: a.slug, bodyMarkdown: a.body,
            leadImageId: a.leadImageID, relatedIds: a.relatedIDs, embargoUntil: a.embargoUntil.map { EditionClock.iso8601($0, zone: zone) },
            commentsOpen: a.commentsOpen, correction: a.correction, recommended: a.recommended, kind: a.kind.rawValue,
            liveEnded: a.liveEnded)
    }
}
