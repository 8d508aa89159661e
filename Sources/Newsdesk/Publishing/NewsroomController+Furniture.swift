import Fluent
import Foundation
import Vapor

extension NewsroomController {
    func bootFurniture(_ routes: any RoutesBuilder) {
        routes.get(.newsroomSections, use: sectionsPage)
        routes.post(.newsroomSections, use: saveSections)
        routes.get(.newsroomPicks, use: picksPage)
        routes.post(.newsroomPicks, use: savePicks)
    }

    static func chosenEdition(_ req: Request, _ ctx: PageContext) throws -> EditionInfo {
        let code = (try? req.query.get(String.self, at: "edition")) ?? ctx.edition.code
        guard let edition = ctx.editions.first(where: { $0.code == code }) else { throw Abort(.notFound) }
        return edition
    }

    private static func editor(_ req: Request) throws -> Member { try StaffGuard.require(req, roles: NewsroomService.editors) }

    @Sendable func sectionsPage(req: Request) async throws -> Response {
        _ = try Self.editor(req)
        let ctx = try await Self.context(req)
        let edition = try Self.chosenEdition(req, ctx)
        let list = try await req.newsdesk.articles.sections(edition: edition.id, on: req.db)
        let notice = (try? req.query.get(String.self, at: "done")) == "saved" ? ctx.edition.strings.text("nrSaved") : nil
        return try await Self.render(req, "Newsroom/sections", FurniturePages.sections(ctx, edition: edition, sections: list, notice: notice), ctx: ctx)
    }

    /// One form per section (rename) and one for a new one; `action` is `save:ID`, `new`, `up:ID` or `down:ID`.
    @Sendable func saveSections(req: Request) async throws -> Response {
        let actor = try Self.editor(req)
        let ctx = try await Self.context(req)
        let edition = try Self.chosenEdition(req, ctx)
        let newsroom = req.newsdesk.newsroom
        let action = (try? req.content.get(String.self, at: "action")) ?? ""
        let parts = action.split(separator: ":").map(String.init)
        do {
            switch (parts.first, parts.count > 1 ? Int(parts[1]) : nil) {
            case ("new", _):
                try await newsroom.saveSection(id: nil, edition: edition, name: (try? req.content.get(String.self, at: "name")) ?? "",
                                               slug: try? req.content.get(String.self, at: "slug"), by: actor, on: req.db)
            case ("save", let id?):
                try await newsroom.saveSection(id: id, edition: edition, name: (try? req.content.get(String.self, at: "name_\(id)")) ?? "",
                                               slug: try? req.content.get(String.self, at: "slug_\(id)"), by: actor, on: req.db)
            case ("up", let id?): try await newsroom.moveSection(id: id, by: -1, in: edition, by: actor, on: req.db)
            case ("down", let id?): try await newsroom.moveSection(id: id, by: 1, in: edition, by: actor, on: req.db)
            default: throw NewsroomError.invalid(["action": "unknown action"])
            }
        } catch NewsroomError.invalid(let fields) {
            let list = try await req.newsdesk.articles.sections(edition: edition.id, on: req.db)
            return try await Self.render(req, "Newsroom/sections", FurniturePages.sections(ctx, edition: edition, sections: list, errors: fields),
                                         ctx: ctx, status: .unprocessableEntity)
        }
        return req.redirect(to: NewsroomPaths.sections(edition: edition.code, done: "saved"), redirectType: .normal)
    }

    @Sendable func picksPage(req: Request) async throws -> Response {
        let actor = try Self.editor(req)
        let ctx = try await Self.context(req)
        let edition = try Self.chosenEdition(req, ctx)
        let newsroom = req.newsdesk.newsroom
        let picks = try await newsroom.picks(edition: edition, on: req.db)
        let candidates = try await newsroom.list(.init(status: .published, editionID: edition.id), after: nil, limit: 50, for: actor, on: req.db).items
        let notice = (try? req.query.get(String.self, at: "done")) == "saved" ? ctx.edition.strings.text("nrSaved") : nil
        return try await Self.render(req, "Newsroom/picks", FurniturePages.picks(ctx, edition: edition, picks: picks, candidates: candidates, notice: notice),
                                     ctx: ctx)
    }

    /// The list as posted (`pick_0`, `pick_1`, …) with one change: `up:N`, `down:N`, `remove:N` or `add`.
    @Sendable func savePicks(req: Request) async throws -> Response {
        let actor = try Self.editor(req)
        let ctx = try await Self.context(req)
        let edition = try Self.chosenEdition(req, ctx)
        var ids: [Int] = []
        for n in 0..<50 { if let id = try? req.content.get(Int.self, at: "pick_\(n)") { ids.append(id) } }
        let action = (try? req.content.get(String.self, at: "action")) ?? ""
        let parts = action.split(separator: ":")
        if parts.count == 2, let n = Int(parts[1]), ids.indices.contains(n) {
            switch parts[0] {
            case "up" where n > 0: ids.swapAt(n, n - 1)
            case "down" where n + 1 < ids.count: ids.swapAt(n, n + 1)
            case "remove": ids.remove(at: n)
            default: break
            }
        } else if action == "add", let id = try? req.content.get(Int.self, at: "add") {
            ids.append(id)
        }
        do {
            try await req.newsdesk.newsroom.setPicks(edition: edition, ids: ids, by: actor, on: req.db)
        } catch NewsroomError.invalid(let fields) {
            let newsroom = req.newsdesk.newsroom
            let picks = try await newsroom.picks(edition: edition, on: req.db)
            return try await Self.render(req, "Newsroom/picks", FurniturePages.picks(ctx, edition: edition, picks: picks, candidates: [], errors: fields),
                                         ctx: ctx, status: .unprocessableEntity)
        }
        return req.redirect(to: NewsroomPaths.picks(edition: edition.code, done: "saved"), redirectType: .normal)
    }
}
