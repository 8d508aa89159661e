import Foundation

/// What the front page shows, as the services loaded it.
struct FrontPageContent: Sendable {
    let latest: [ArticleSummary]
    let recommended: [ArticleSummary]
    /// Each section with its newest stories; sections without stories are left out.
    let sections: [(section: SectionRef, stories: [ArticleSummary])]
    let galleries: [GallerySummary]
}

/// Builds the front page: the top story, the latest news, recommendations, a block per section and multimedia.
enum FrontPage {
    static func build(_ ctx: PageContext, _ content: FrontPageContent) -> FrontPageModel {
        let edition = ctx.edition
        let p = edition.pathPrefix
        let top = content.recommended.first ?? content.latest.first
        let blocks = content.sections.compactMap { block -> SectionBlockModel? in
            guard let lead = block.stories.first else { return nil }
            return SectionBlockModel(name: block.section.name, url: Paths.section(p, block.section.slug),
                                     lead: ReaderContext.card(lead, edition: edition),
                                     items: block.stories.dropFirst().map { ReaderContext.card($0, edition: edition) })
        }
        let og = OpenGraph(type: "website", title: "\(PageContext.siteName) — \(edition.name)",
                           description: ctx.edition.strings.text("siteDescription", ["site": PageContext.siteName]),
                           url: ctx.origin + Paths.front(p), image: top?.image.map { ctx.origin + $0.path },
                           imageAlt: top?.image?.alt, publishedTime: nil, modifiedTime: nil, section: nil)
        return FrontPageModel(
            layout: ctx.layout(title: edition.name, canonicalPath: Paths.front(p), current: .front, og: og),
            top: top.map { ReaderContext.card($0, edition: edition) },
            latest: content.latest.filter { $0.id != top?.id }.prefix(10).map { ReaderContext.card($0, edition: edition) },
            recommended: content.recommended.dropFirst().prefix(6).map { ReaderContext.card($0, edition: edition) },
            sections: blocks,
            multimedia: content.galleries.map { ReaderContext.teaser($0, edition: edition) },
            allNewsURL: Paths.allNews(p), multimediaURL: Paths.multimedia(p))
    }
}
