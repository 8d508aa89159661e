import Foundation

/// What the article page's side column shows: the edition's latest news, its editors' picks and its newest galleries.
struct ArticleSideContent: Sendable {
    var latest: [ArticleSummary] = []
    var recommended: [ArticleSummary] = []
    var galleries: [GallerySummary] = []
}

/// Builds the article page's view model: the story, its metadata for search engines and social cards, its links,
/// and the discussion under it as its viewer sees it.
enum ArticlePage {
    static func build(_ ctx: PageContext, detail: ArticleDetail, discussion: DiscussionContent,
                      commentForm: CommentFormState = .init(), side: ArticleSideContent = .init()) -> ArticlePageModel {
        let a = detail.summary
        let edition = ctx.edition
        let p = edition.pathPrefix
        let origin = ctx.origin
        let canonical = origin + Paths.article(p, a.slug)
        let shortURL = origin + Paths.short(a.shortCode)
        let zone = edition.timeZone
        let publishedISO = EditionClock.iso8601(a.publishedAt, zone: zone)
        let updatedISO = a.revisedAt.map { EditionClock.iso8601($0, zone: zone) }
        let imageURL = a.image.map { origin + $0.path }

        var ld: [String: Any] = [
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "description": a.summary,
            "datePublished": publishedISO,
            "dateModified": updatedISO ?? publishedISO,
            "mainEntityOfPage": canonical,
            "url": canonical,
            "inLanguage": edition.language,
            "articleSection": a.section.name,
            "author": [["@type": "Person", "name": a.byline]],
            "publisher": ["@type": "NewsMediaOrganization", "name": PageContext.siteName, "url": origin + Paths.front("")],
        ]
        if let image = a.image, let imageURL {
            ld["image"] = [["@type": "ImageObject", "url": imageURL, "width": image.width, "height": image.height,
                            "caption": image.caption, "creditText": image.credit]]
        }
        if !detail.tags.isEmpty { ld["keywords"] = detail.tags.map(\.name).joined(separator: ", ") }

        let og = OpenGraph(type: "article", title: a.title, description: a.summary, url: canonical, image: imageURL,
                           imageAlt: a.image?.alt, publishedTime: publishedISO, modifiedTime: updatedISO, section: a.section.name)
        let layout = ctx.layout(title: a.title, description: a.summary, canonicalPath: Paths.article(p, a.slug),
                                current: .section(a.section.slug), og: og, jsonLD: ReaderContext.jsonLD(ld))

        let encodedURL = canonical.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? canonical
        let encodedTitle = a.title.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        let share = [
            ShareLinkModel(label: "X", url: "https://x.com/intent/post?url=\(encodedURL)&text=\(encodedTitle)"),
            ShareLinkModel(label: "Facebook", url: "https://www.facebook.com/sharer/sharer.php?u=\(encodedURL)"),
            ShareLinkModel(label: "Telegram", url: "https://t.me/share/url?url=\(encodedURL)&text=\(encodedTitle)"),
            ShareLinkModel(label: edition.strings.text("shareByEmail"), url: "mailto:?subject=\(encodedTitle)&body=\(encodedURL)"),
        ]
        let discussion = DiscussionSection.build(ctx, articleID: a.id, slug: a.slug, count: a.comments, closed: detail.commentsClosed,
                                                 content: discussion, state: commentForm)
        let s = edition.strings
        var model = ArticlePageModel(
            layout: layout, id: a.id, title: a.title, summary: a.summary, sectionName: a.section.name,
            sectionURL: Paths.section(p, a.section.slug), byline: a.byline,
            published: EditionClock.articleTime(a.publishedAt, zone: zone, language: edition.language),
            publishedISO: publishedISO,
            updated: a.revisedAt.map { EditionClock.articleTime($0, zone: zone, language: edition.language) },
            updatedISO: updatedISO, image: ReaderContext.image(a.image), bodyHTML: detail.bodyHTML,
            readingMinutes: detail.readingMinutes,
            tags: detail.tags.map { TagLinkModel(name: $0.name, url: Paths.tag(p, $0.slug)) },
            related: detail.related.map { ReaderContext.card($0, edition: edition) },
            views: a.views, comments: a.comments, shortURL: shortURL, canonicalURL: canonical, share: share, discussion: discussion,
            correction: detail.correction)
        model.viewsLabel = s.plural("views", a.views)
        model.commentsLabel = s.plural("comments", a.comments)
        model.readingLabel = s.plural("minutesRead", detail.readingMinutes)
        // The side column never repeats the story itself.
        model.side = ArticleSideModel(
            latest: side.latest.filter { $0.id != a.id }.prefix(6).map { ReaderContext.card($0, edition: edition) },
            recommended: side.recommended.filter { $0.id != a.id }.prefix(3).map { ReaderContext.card($0, edition: edition) },
            multimedia: side.galleries.prefix(2).map { ReaderContext.teaser($0, edition: edition) },
            allNewsURL: Paths.allNews(p), multimediaURL: Paths.multimedia(p))
        return model
    }
}
