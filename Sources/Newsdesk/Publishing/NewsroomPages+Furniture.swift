import Foundation

struct SectionRowModel: Encodable, Sendable {
    let id: Int
    let name: String
    let slug: String
    let url: String
    let isFirst: Bool
    let isLast: Bool
}

struct SectionsPageModel: Encodable, Sendable {
    let layout: LayoutModel
    let links: NewsroomLinks
    let csrf: String
    let action: String
    let editions: [EditionLink]
    let editionName: String
    let editionCode: String
    let sections: [SectionRowModel]
    let errorList: [String]
    let notice: String?
    var heading = ""
}

struct PickRowModel: Encodable, Sendable {
    let id: Int
    let title: String
    let status: String
    let statusLabel: String
    let editURL: String
    let position: Int
    let isFirst: Bool
    let isLast: Bool
}

struct PicksPageModel: Encodable, Sendable {
    let layout: LayoutModel
    let links: NewsroomLinks
    let csrf: String
    let action: String
    let editions: [EditionLink]
    let editionName: String
    let editionCode: String
    let picks: [PickRowModel]
    let candidates: [NewsroomOption]
    let errorList: [String]
    let notice: String?
    var heading = ""
}

/// `/newsroom/sections` and `/newsroom/picks` (editors): each edition's sections (create, rename, reorder) and its
/// Recommended picks (add, reorder, remove), with buttons rather than dragging.
enum FurniturePages {
    static func editionLinks(_ ctx: PageContext, current: EditionInfo, link: (String) -> String) -> [EditionLink] {
        ctx.editions.map { EditionLink(code: $0.code, name: $0.name, url: link($0.code), language: $0.language, current: $0.id == current.id) }
    }

    static func sections(_ ctx: PageContext, edition: EditionInfo, sections: [SectionRef], errors: [String: String] = [:],
                         notice: String? = nil) -> SectionsPageModel {
        let last = sections.count - 1
        let s = ctx.edition.strings
        var model = SectionsPageModel(
            layout: ctx.layout(title: s.text("sections")), links: .for(ctx.viewer), csrf: ctx.formToken, action: NewsroomPaths.sections(edition: edition.code),
            editions: editionLinks(ctx, current: edition) { NewsroomPaths.sections(edition: $0) }, editionName: edition.name,
            editionCode: edition.code,
            sections: sections.enumerated().map { i, s in
                SectionRowModel(id: s.id, name: s.name, slug: s.slug, url: Paths.section(edition.pathPrefix, s.slug), isFirst: i == 0, isLast: i == last)
            }, errorList: errors.values.map(s.message).sorted(), notice: notice)
        model.heading = s.text("nrSectionsOf", ["edition": edition.name])
        return model
    }

    static func picks(_ ctx: PageContext, edition: EditionInfo, picks: [NewsroomArticle], candidates: [NewsroomArticle],
                      errors: [String: String] = [:], notice: String? = nil) -> PicksPageModel {
        let last = picks.count - 1
        let picked = Set(picks.map(\.id))
        let s = ctx.edition.strings
        var model = PicksPageModel(
            layout: ctx.layout(title: s.text("nrPicks")), links: .for(ctx.viewer), csrf: ctx.formToken, action: NewsroomPaths.picks(edition: edition.code),
            editions: editionLinks(ctx, current: edition) { NewsroomPaths.picks(edition: $0) }, editionName: edition.name, editionCode: edition.code,
            picks: picks.enumerated().map { i, a in
                PickRowModel(id: a.id, title: a.title, status: a.status.rawValue, statusLabel: NewsroomText.statusLabel(a.status, s),
                             editURL: NewsroomPaths.article(a.id), position: i, isFirst: i == 0, isLast: i == last)
            },
            candidates: candidates.filter { !picked.contains($0.id) }.map { NewsroomOption(value: String($0.id), label: "\($0.id): \($0.title)", selected: false) },
            errorList: errors.values.map(s.message).sorted(), notice: notice)
        model.heading = s.text("nrPicksOf", ["edition": edition.name])
        return model
    }
}
