import Foundation

/// Builds a gallery page: its photos in order, each with its caption and credit and a way to the next and previous.
enum GalleryPage {
    static func build(_ ctx: PageContext, _ detail: GalleryDetail) -> GalleryPageModel {
        let edition = ctx.edition
        let g = detail.summary
        let total = detail.photos.count
        let photos = detail.photos.enumerated().compactMap { index, photo -> PhotoModel? in
            guard let image = ReaderContext.image(photo) else { return nil }
            return PhotoModel(anchor: "photo-\(index + 1)", position: index + 1, total: total, image: image,
                              prevAnchor: index > 0 ? "photo-\(index)" : nil,
                              nextAnchor: index + 1 < total ? "photo-\(index + 2)" : nil)
        }
        let canonical = Paths.gallery(edition.pathPrefix, g.slug)
        let og = OpenGraph(type: "article", title: g.title, description: g.summary, url: ctx.origin + canonical,
                           image: g.cover.map { ctx.origin + $0.path }, imageAlt: g.cover?.alt,
                           publishedTime: EditionClock.iso8601(g.publishedAt, zone: edition.timeZone),
                           modifiedTime: nil, section: edition.strings.text("multimedia"))
        return GalleryPageModel(
            layout: ctx.layout(title: g.title, description: g.summary, canonicalPath: canonical, current: .multimedia, og: og),
            title: g.title, summary: g.summary,
            published: EditionClock.articleTime(g.publishedAt, zone: edition.timeZone, language: edition.language),
            publishedISO: EditionClock.iso8601(g.publishedAt, zone: edition.timeZone),
            photos: photos, multimediaURL: Paths.multimedia(edition.pathPrefix))
    }
}
