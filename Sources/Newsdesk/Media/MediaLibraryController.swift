import Fluent
import Foundation
import Vapor

/// The newsroom's photo library and gallery pages; forms in, the media library's and gallery service's rules,
/// pages out.
struct MediaLibraryController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.newsroomMedia, use: library)
        routes.on(.POST, .newsroomMedia, body: .collect(maxSize: ByteCount(value: MediaLibrary.maxPageUploadBytes)), use: upload)
        routes.get(.newsroomGalleries, use: galleries)
        routes.post(.newsroomGalleries, use: createGallery)
        routes.get(.newsroomGallery, use: gallery)
        routes.post(.newsroomGallery, use: saveGallery)
    }

    private func page(_ req: Request, ctx: PageContext, status: HTTPStatus = .ok, errors: [String] = [], notice: String? = nil) async throws -> Response {
        let query = (try? req.query.get(String.self, at: "q")) ?? ""
        let after = try? req.query.get(Int.self, at: "after")
        let library = req.newsdesk.mediaLibrary
        let found = try await library.list(query: query, after: after, limit: 30, on: req.db)
        var usage: [Int: [NavItem]] = [:]
        for p in found.items {
            let used = try await library.usage(of: p.id, on: req.db)
            usage[p.id] = used.articles.map { NavItem(label: $0.title, url: NewsroomPaths.article($0.id), current: false) }
                + used.galleries.map { NavItem(label: ctx.edition.strings.text("nrGalleryOf", ["title": $0.title]), url: NewsroomPaths.gallery($0.id),
                                               current: false) }
        }
        let model = MediaLibraryPage.build(ctx, .init(query: query, photos: found.items, usage: usage, next: found.next, errors: errors, notice: notice))
        return try await NewsroomController.render(req, "Newsroom/media", model, ctx: ctx, status: status)
    }

    @Sendable func library(req: Request) async throws -> Response {
        _ = try NewsroomController.staff(req)
        let ctx = try await NewsroomController.context(req)
        let done = try? req.query.get(Int.self, at: "done")
        return try await page(req, ctx: ctx, notice: done.map { ctx.edition.strings.plural("nrPhotosAdded", $0) })
    }

    /// Up to three photos at once, each with its own caption, credit and alt text.
    @Sendable func upload(req: Request) async throws -> Response {
        let actor = try NewsroomController.staff(req)
        let ctx = try await NewsroomController.context(req)
        let s = ctx.edition.strings
        var errors: [String] = []
        var added = 0
        for n in 1...MediaLibraryPage.slots {
            guard let file = try? req.content.get(File.self, at: "file_\(n)"), file.data.readableBytes > 0 else { continue }
            let upload = MediaLibrary.Upload(
                bytes: Array(buffer: file.data), fileName: file.filename,
                caption: (try? req.content.get(String.self, at: "caption_\(n)")) ?? "",
                credit: (try? req.content.get(String.self, at: "credit_\(n)")) ?? "",
                alt: (try? req.content.get(String.self, at: "alt_\(n)")) ?? "")
            do {
                _ = try await req.newsdesk.mediaLibrary.upload(upload, by: actor, on: req.db)
                added += 1
            } catch let failure as MediaError {
                errors.append(MediaLibraryPage.refusal(file: file.filename, failure.answer, s))
            }
        }
        if added == 0 && errors.isEmpty { errors.append(s.text("nrChoosePhoto")) }
        guard errors.isEmpty else {
            return try await page(req, ctx: ctx, status: .unprocessableEntity, errors: errors,
                                  notice: added > 0 ? s.plural("nrSomePhotosAdded", added) : nil)
        }
        return req.redirect(to: NewsroomPaths.media(query: nil, done: String(added)), redirectType: .normal)
    }

    // MARK: Galleries

    private func galleriesPage(_ req: Request, ctx: PageContext, errors: [String: String] = [:], status: HTTPStatus = .ok) async throws -> Response {
        let rows = try await req.newsdesk.galleries.all(on: req.db).compactMap { g -> (Int, String, String, Bool)? in
            guard let id = g.id else { return nil }
            return (id, g.title, ctx.editions.first { $0.id == g.editionID }?.name ?? "", g.publishedAt != nil)
        }
        let photos = try await req.newsdesk.mediaLibrary.list(query: nil, after: nil, limit: 60, on: req.db).items
        return try await NewsroomController.render(req, "Newsroom/galleries", GalleryPages.list(ctx, galleries: rows, photos: photos, errors: errors),
                                                   ctx: ctx, status: status)
    }

    @Sendable func galleries(req: Request) async throws -> Response {
        _ = try NewsroomController.staff(req)
        return try await galleriesPage(req, ctx: try await NewsroomController.context(req))
    }

    @Sendable func createGallery(req: Request) async throws -> Response {
        let actor = try NewsroomController.staff(req)
        let ctx = try await NewsroomController.context(req)
        let ids = ((try? req.content.get([Int].self, at: "photos")) ?? [])
        let input = GalleryService.GalleryInput(
            edition: try? req.content.get(String.self, at: "edition"), title: try? req.content.get(String.self, at: "title"),
            summary: try? req.content.get(String.self, at: "summary"), items: ids.map { .init(mediaID: $0) }, published: nil)
        do {
            let g = try await req.newsdesk.galleries.save(id: nil, input, by: actor, editions: req.newsdesk.editions, on: req.db)
            return req.redirect(to: NewsroomPaths.gallery(g.id, done: "saved"), redirectType: .normal)
        } catch MediaError.invalid(let fields) {
            return try await galleriesPage(req, ctx: ctx, errors: fields, status: .unprocessableEntity)
        }
    }

    @Sendable func gallery(req: Request) async throws -> Response {
        _ = try NewsroomController.staff(req)
        let ctx = try await NewsroomController.context(req)
        guard let id = req.parameters.get("id", as: Int.self),
              let g = try await req.newsdesk.galleries.editable(id: id, editions: req.newsdesk.editions, on: req.db) else { throw Abort(.notFound) }
        let photos = try await req.newsdesk.mediaLibrary.list(query: nil, after: nil, limit: 60, on: req.db).items
        let done = try? req.query.get(String.self, at: "done")
        return try await NewsroomController.render(req, "Newsroom/gallery",
                                                   GalleryPages.editor(ctx, gallery: g, photos: photos, notice: done == "saved" ? ctx.edition.strings.text("nrSaved") : nil), ctx: ctx)
    }

    /// One form does everything: save the words, move a photo up or down, remove one or add one. Moving is a
    /// button per photo, so the order can be changed from the keyboard.
    @Sendable func saveGallery(req: Request) async throws -> Response {
        let actor = try NewsroomController.staff(req)
        let ctx = try await NewsroomController.context(req)
        guard let id = req.parameters.get("id", as: Int.self),
              let current = try await req.newsdesk.galleries.editable(id: id, editions: req.newsdesk.editions, on: req.db) else {
            throw Abort(.notFound)
        }
        var items: [GalleryService.GalleryInput.Item] = []
        for n in 0..<current.items.count {
            guard let media = try? req.content.get(Int.self, at: "media_\(n)") else { continue }
            items.append(.init(mediaID: media, caption: try? req.content.get(String.self, at: "caption_\(n)"),
                               credit: try? req.content.get(String.self, at: "credit_\(n)")))
        }
        let action = (try? req.content.get(String.self, at: "action")) ?? "save"
        let parts = action.split(separator: ":")
        if parts.count == 2, let n = Int(parts[1]), items.indices.contains(n) {
            switch parts[0] {
            case "up" where n > 0: items.swapAt(n, n - 1)
            case "down" where n + 1 < items.count: items.swapAt(n, n + 1)
            case "remove": items.remove(at: n)
            default: break
            }
        }
        if action == "add", let media = try? req.content.get(Int.self, at: "add_media") { items.append(.init(mediaID: media)) }
        var input = GalleryService.GalleryInput(title: try? req.content.get(String.self, at: "title"),
                                                summary: try? req.content.get(String.self, at: "summary"), items: items)
        if NewsroomService.editors.contains(actor.role) { input.published = (try? req.content.get(String.self, at: "published")) != nil }
        do {
            let g = try await req.newsdesk.galleries.save(id: id, input, by: actor, editions: req.newsdesk.editions, on: req.db)
            return req.redirect(to: NewsroomPaths.gallery(g.id, done: "saved"), redirectType: .normal)
        } catch MediaError.invalid(let fields) {
            let photos = try await req.newsdesk.mediaLibrary.list(query: nil, after: nil, limit: 60, on: req.db).items
            return try await NewsroomController.render(req, "Newsroom/gallery", GalleryPages.editor(ctx, gallery: current, photos: photos, errors: fields),
                                                       ctx: ctx, status: .unprocessableEntity)
        }
    }
}
