import Foundation

struct LibraryPhotoModel: Encodable, Sendable {
    let id: Int
    let thumb: String
    let url: String
    let width: Int
    let height: Int
    let caption: String
    let credit: String
    let alt: String
    let code: String
    let sizes: String
    let usedIn: [NavItem]
}

struct MediaLibraryPageModel: Encodable, Sendable {
    let layout: LayoutModel
    let links: NewsroomLinks
    let csrf: String
    let query: String
    let photos: [LibraryPhotoModel]
    let nextURL: String?
    let slots: [Int]
    let errors: [String]
    let notice: String?
    let maxMB: Int
    /// What the form takes, with the size limit, in the page's language.
    var uploadHint = ""
}

/// `/newsroom/media`: upload photos (several at once, each with its words), search them, see where each is used.
enum MediaLibraryPage {
    struct Content: Sendable {
        var query: String
        var photos: [LibraryPhoto]
        var usage: [Int: [NavItem]]
        var next: Int?
        var errors: [String] = []
        var notice: String?
    }

    static let slots = 3

    static func thumb(_ p: LibraryPhoto) -> String {
        Paths.media((p.variants.filter { $0.format == "webp" }.min { $0.width < $1.width })?.fileName ?? p.fileName)
    }

    static func build(_ ctx: PageContext, _ c: Content) -> MediaLibraryPageModel {
        let photos = c.photos.map { p in
            LibraryPhotoModel(id: p.id, thumb: thumb(p), url: Paths.media(p.fileName), width: p.width, height: p.height,
                              caption: p.caption, credit: p.credit, alt: p.alt, code: "{{image:\(p.id)}}",
                              sizes: p.variants.filter { $0.format == "webp" }.map { String($0.width) }.joined(separator: ", "),
                              usedIn: c.usage[p.id] ?? [])
        }
        let s = ctx.edition.strings
        var model = MediaLibraryPageModel(
            layout: ctx.layout(title: s.text("nrMediaLibrary")), links: .for(ctx.viewer), csrf: ctx.formToken, query: c.query, photos: photos,
            nextURL: c.next.map { NewsroomPaths.media(query: c.query.isEmpty ? nil : c.query, after: $0) },
            slots: Array(1...slots), errors: c.errors, notice: c.notice, maxMB: MediaLibrary.maxBytes >> 20)
        model.uploadHint = s.text("nrUploadHint", ["mb": String(MediaLibrary.maxBytes >> 20), "megapixels": "50"])
        return model
    }

    /// Why one uploaded file was refused, in the page's language: `ships.jpg: Caption: a caption of 1 to 600 characters`.
    static func refusal(file: String, _ answer: FailureAnswer, _ s: UIStrings) -> String {
        let labels = ["file": "nrFile", "caption": "nrCaption", "credit": "nrCredit", "alt": "nrAlt"]
        let detail = answer.fields.map { fields in
            fields.keys.sorted().map { key in "\(labels[key].map { s.text($0) } ?? key): \(s.message(fields[key] ?? ""))" }.joined(separator: "; ")
        } ?? s.message(answer.message)
        return "\(file): \(detail)"
    }
}

struct GalleryRowModel: Encodable, Sendable {
    let title: String
    let editURL: String
    let edition: String
    let published: Bool
}

struct GalleryItemModel: Encodable, Sendable {
    let position: Int
    let mediaID: Int
    let thumb: String
    let alt: String
    let caption: String
    let credit: String
    let libraryCaption: String
    let libraryCredit: String
    let isFirst: Bool
    let isLast: Bool
}

struct GalleriesPageModel: Encodable, Sendable {
    let layout: LayoutModel
    let links: NewsroomLinks
    let csrf: String
    let galleries: [GalleryRowModel]
    let editions: [NewsroomOption]
    let photos: [PhotoPickModel]
    let errors: [String: String]
}

struct GalleryEditorModel: Encodable, Sendable {
    let layout: LayoutModel
    let links: NewsroomLinks
    let csrf: String
    let action: String
    let title: String
    let summary: String
    let published: Bool
    let canPublish: Bool
    let readerURL: String?
    let items: [GalleryItemModel]
    let photos: [PhotoPickModel]
    let errorList: [String]
    let notice: String?
    var heading = ""
}

/// `/newsroom/galleries` and `/newsroom/galleries/{id}`: galleries built from the library; photos reordered with
/// buttons (keyboard and screen-reader friendly, no dragging needed), each with its own caption and credit.
enum GalleryPages {
    static func picks(_ photos: [LibraryPhoto]) -> [PhotoPickModel] {
        photos.map { PhotoPickModel(id: $0.id, label: "\($0.caption) — © \($0.credit)", thumb: MediaLibraryPage.thumb($0),
                                    code: "{{image:\($0.id)}}", selected: false) }
    }

    static func list(_ ctx: PageContext, galleries: [(id: Int, title: String, edition: String, published: Bool)], photos: [LibraryPhoto],
                     errors: [String: String] = [:]) -> GalleriesPageModel {
        let s = ctx.edition.strings
        return GalleriesPageModel(
            layout: ctx.layout(title: s.text("nrGalleries")), links: .for(ctx.viewer), csrf: ctx.formToken,
            galleries: galleries.map { GalleryRowModel(title: $0.title, editURL: NewsroomPaths.gallery($0.id), edition: $0.edition, published: $0.published) },
            editions: ctx.editions.map { NewsroomOption(value: $0.code, label: $0.name, selected: $0.id == ctx.edition.id) },
            photos: picks(photos), errors: errors.mapValues(s.message))
    }

    static func editor(_ ctx: PageContext, gallery g: EditableGallery, photos: [LibraryPhoto], errors: [String: String] = [:],
                       notice: String? = nil) -> GalleryEditorModel {
        let last = g.items.count - 1
        let items = g.items.enumerated().map { i, item in
            GalleryItemModel(position: i, mediaID: item.mediaID,
                             thumb: Paths.media((item.image.variants.filter { $0.format == "webp" }.min { $0.width < $1.width })?.fileName
                                                ?? String(item.image.path.dropFirst("/media/".count))),
                             alt: item.image.alt, caption: item.ownCaption ?? "", credit: item.ownCredit ?? "",
                             libraryCaption: item.image.caption, libraryCredit: item.image.credit, isFirst: i == 0, isLast: i == last)
        }
        let inGallery = Set(g.items.map(\.mediaID))
        let s = ctx.edition.strings
        let heading = s.text("nrGalleryOf", ["title": g.title])
        var model = GalleryEditorModel(
            layout: ctx.layout(title: heading), links: .for(ctx.viewer), csrf: ctx.formToken, action: NewsroomPaths.gallery(g.id),
            title: g.title, summary: g.summary, published: g.publishedAt != nil,
            canPublish: ctx.viewer.map { NewsroomService.editors.contains($0.role) } ?? false,
            readerURL: g.publishedAt == nil ? nil : Paths.gallery(g.edition.pathPrefix, g.slug), items: items,
            photos: picks(photos.filter { !inGallery.contains($0.id) }), errorList: errors.values.map(s.message).sorted(), notice: notice)
        model.heading = heading
        return model
    }
}
