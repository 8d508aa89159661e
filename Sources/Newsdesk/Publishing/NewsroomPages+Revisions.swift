import Foundation

struct RevisionRowModel: Encodable, Sendable {
    let version: Int
    let author: String
    let time: String
    let iso: String
    let title: String
    let compareURL: String
    let isCurrent: Bool
    let isShown: Bool
}

struct RevisionsPageModel: Encodable, Sendable {
    let layout: LayoutModel
    let links: NewsroomLinks
    let title: String
    let editURL: String
    let restoreURL: String
    let csrf: String
    let currentVersion: Int
    let rows: [RevisionRowModel]
    let from: Int?
    let to: Int?
    let fields: [RevisionDiff.FieldChange]
    let body: [RevisionDiff.Line]
    let canRestore: Bool
    /// "Changes from version 1 to 2" or "Version 2", in the page's language.
    var diffHeading = ""
    var heading = ""
}

/// `/newsroom/articles/{id}/revisions`: every saved version; the changes between any two, and restoring one.
enum RevisionsPage {
    struct Content: Sendable {
        var article: NewsroomArticle
        var revisions: [RevisionInfo]
        var from: (Int, ArticleSnapshot)?
        var to: (Int, ArticleSnapshot)?
        var sectionNames: [Int: String]
        var canRestore: Bool
    }

    static func build(_ ctx: PageContext, _ c: Content) -> RevisionsPageModel {
        let a = c.article
        let s = ctx.edition.strings
        let zone = a.edition.timeZone
        let rows = c.revisions.map { r in
            RevisionRowModel(
                version: r.version, author: r.authorName, time: EditionClock.articleTime(r.createdAt, zone: zone, language: s.language),
                iso: EditionClock.iso8601(r.createdAt, zone: zone), title: r.title,
                compareURL: NewsroomPaths.revisions(a.id, from: r.version - 1 > 0 ? r.version - 1 : nil, to: r.version),
                isCurrent: r.version == a.version, isShown: r.version == c.to?.0)
        }
        var fields: [RevisionDiff.FieldChange] = []
        var body: [RevisionDiff.Line] = []
        if let (_, before) = c.from, let (_, after) = c.to {
            fields = RevisionDiff.fields(before, after, strings: s) { c.sectionNames[$0] ?? "#\($0)" }
            body = RevisionDiff.lines(before.body, after.body)
        } else if let (_, only) = c.to {
            body = RevisionDiff.lines("", only.body)
        }
        var model = RevisionsPageModel(
            layout: ctx.layout(title: s.text("nrRevisionsOf", ["title": a.title])), links: .for(ctx.viewer), title: a.title, editURL: NewsroomPaths.article(a.id),
            restoreURL: NewsroomPaths.restore(a.id), csrf: ctx.formToken, currentVersion: a.version, rows: rows,
            from: c.from?.0, to: c.to?.0, fields: fields, body: body, canRestore: c.canRestore)
        model.heading = s.text("nrRevisionsOf", ["title": a.title])
        if let to = c.to?.0 {
            model.diffHeading = c.from.map { s.text("nrChangesFromTo", ["from": String($0.0), "to": String(to)]) }
                ?? s.text("nrVersionN", ["version": String(to)])
        }
        return model
    }
}
