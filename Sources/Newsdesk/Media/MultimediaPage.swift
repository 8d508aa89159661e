import Foundation

/// Builds the multimedia page: the edition's latest galleries.
enum MultimediaPage {
    static func build(_ ctx: PageContext, galleries: [GallerySummary]) -> MultimediaPageModel {
        let edition = ctx.edition
        return MultimediaPageModel(
            layout: ctx.layout(title: edition.strings.text("multimedia"), canonicalPath: Paths.multimedia(edition.pathPrefix), current: .multimedia),
            heading: edition.strings.text("multimedia"), galleries: galleries.map { ReaderContext.teaser($0, edition: edition) })
    }
}
