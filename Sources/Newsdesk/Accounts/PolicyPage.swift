import Foundation
import NewsText

/// Builds a policy page (privacy, community standards): its current version, rendered from Markdown.
enum PolicyPage {
    static func build(_ ctx: PageContext, title: String, version: Int, publishedAt: Date, markdown: String, path: String) -> PolicyPageModel {
        let edition = ctx.edition
        return PolicyPageModel(
            layout: ctx.layout(title: title, canonicalPath: path), title: title, version: version,
            published: EditionClock.articleTime(publishedAt, zone: edition.timeZone, language: edition.language),
            publishedISO: EditionClock.iso8601(publishedAt, zone: edition.timeZone),
            bodyHTML: ArticleMarkdown.render(markdown))
    }
}
