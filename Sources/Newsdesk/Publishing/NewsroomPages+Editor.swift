import Foundation
import NewsText

/// What the editor's form holds, as the member typed it: kept as it is when a save is refused.
struct ArticleForm: Sendable, Equatable {
    var edition = ""
    var section = ""
    var title = ""
    var summary = ""
    var body = ""
    var slug = ""
    var byline = ""
    var tags = ""
    var leadImageID = ""
    var relatedIDs = ""
    var status = "draft"
    var publishAt = ""
    var embargoUntil = ""
    var commentsOpen = true
    var correction = ""
    var recommended = false
    var version = 0
    var liveBlog = false
    var liveEnded = false

    init() {}

    init(_ a: NewsroomArticle) {
        let zone = a.edition.timeZone
        edition = a.edition.code
        section = a.section.slug
        title = a.title
        summary = a.summary
        body = a.body
        slug = a.slug
        byline = a.byline
        tags = a.tags.map(\.name).joined(separator: ", ")
        leadImageID = a.leadImageID.map(String.init) ?? ""
        relatedIDs = a.relatedIDs.map(String.init).joined(separator: ", ")
        status = a.status.rawValue
        publishAt = a.status == .scheduled ? NewsroomText.localField(a.publishedAt, zone: zone) : ""
        embargoUntil = NewsroomText.localField(a.embargoUntil, zone: zone)
        commentsOpen = a.commentsOpen
        correction = a.correction ?? ""
        recommended = a.recommended
        version = a.version
        liveBlog = a.kind == .liveBlog
        liveEnded = a.liveEnded
    }

    /// The save this form asks for. Ids that are not numbers are reported against their field.
    func input(isNew: Bool, canChooseRecommended: Bool) throws -> NewsroomService.ArticleInput {
        var input = NewsroomService.ArticleInput()
        if isNew { input.edition = edition }
        input.section = section
        input.title = title
        input.summary = summary
        input.body = body.replacingOccurrences(of: "\r\n", with: "\n")
        input.slug = slug
        input.byline = byline.isEmpty ? nil : byline
        input.tags = tags.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var fields: [String: String] = [:]
        let lead = leadImageID.trimmingCharacters(in: .whitespaces)
        if lead.isEmpty { input.leadImageID = .some(nil) } else if let n = Int(lead) { input.leadImageID = .some(n) } else {
            fields["lead_image_id"] = "choose a photo of the library"
        }
        let related = relatedIDs.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
        let relatedNumbers = related.compactMap { Int($0) }
        if relatedNumbers.count != related.count { fields["related_ids"] = "article numbers separated by commas" }
        input.relatedIDs = relatedNumbers
        input.status = status
        input.publishAt = publishAt.isEmpty ? (status == "scheduled" ? nil : .some(nil)) : .some(publishAt)
        input.embargoUntil = .some(embargoUntil.isEmpty ? nil : embargoUntil)
        input.commentsOpen = commentsOpen
        input.correction = .some(correction)
        if canChooseRecommended {
            input.recommended = recommended
            input.kind = (liveBlog ? ArticleKind.liveBlog : .article).rawValue
            input.liveEnded = liveBlog && liveEnded
        }
        guard fields.isEmpty else { throw NewsroomError.invalid(fields) }
        return input
    }
}

struct FoundArticleModel: Encodable, Sendable {
    let id: Int
    let title: String
    let code: String
}

struct PhotoPickModel: Encodable, Sendable {
    let id: Int
    let label: String
    let thumb: String
    let code: String
    let selected: Bool
}

struct ConflictModel: Encodable, Sendable {
    let currentVersion: Int
    let fields: [RevisionDiff.FieldChange]
    let body: [RevisionDiff.Line]
}

struct ArticleEditorModel: Encodable, Sendable {
    let layout: LayoutModel
    let links: NewsroomLinks
    let heading: String
    let action: String
    let csrf: String
    let isNew: Bool
    let form: FormValues
    let editions: [NewsroomOption]
    let sectionGroups: [NewsroomOptionGroup]
    let statuses: [NewsroomOption]
    let canPublish: Bool
    let zone: String
    let photos: [PhotoPickModel]
    let found: [FoundArticleModel]
    let findQuery: String
    let previewHTML: String?
    let errors: [String: String]
    let message: String?
    let notice: String?
    let conflict: ConflictModel?
    let revisionsURL: String?
    let readerURL: String?
    let autosaveKey: String
    /// The heading of the conflict box and the script's words ("Unsaved text from {time} …"), in the page's language.
    var conflictHeading = ""
    var scriptKept = ""
    var scriptRestore = ""
    /// The body's hint, escaped, with the block codes as `<code>`.
    var bodyHintHTML = ""

    struct FormValues: Encodable, Sendable {
        let title, summary, body, slug, byline, tags, relatedIDs, publishAt, embargoUntil, correction: String
        let commentsOpen, recommended: Bool
        let version: Int
        var liveBlog = false
        var liveEnded = false
    }
    /// The live blog's entries desk, once the article is one.
    var liveURL: String? = nil
}

/// `/newsroom/articles/new` and `/newsroom/articles/{id}`: a plain form that works without JavaScript; preview,
/// related-story search and photo codes come back on the same page.
enum ArticleEditorPage {
    struct Content: Sendable {
        var article: NewsroomArticle?
        var form: ArticleForm
        var sections: [(EditionInfo, [SectionRef])]
        var photos: [LibraryPhoto]
        var found: [(id: Int, title: String)] = []
        var findQuery = ""
        var previewHTML: String?
        var errors: [String: String] = [:]
        var message: String?
        var notice: String?
        var conflict: ConflictModel?
    }

    static func build(_ ctx: PageContext, _ c: Content) -> ArticleEditorModel {
        let s = ctx.edition.strings
        let member = ctx.viewer
        let canPublish = member.map { NewsroomService.editors.contains($0.role) } ?? false
        let f = c.form
        let allowed: [ArticleStatus] = canPublish ? ArticleStatus.allCases : [.draft, .submitted]
        let statuses = allowed.map { NewsroomOption(value: $0.rawValue, label: NewsroomText.statusLabel($0, s), selected: f.status == $0.rawValue) }
        let editions = ctx.editions.map { NewsroomOption(value: $0.code, label: $0.name, selected: $0.code == f.edition) }
        let groups = c.sections.map { edition, list in
            NewsroomOptionGroup(label: edition.name, options: list.map {
                NewsroomOption(value: $0.slug, label: $0.name, selected: edition.code == f.edition && $0.slug == f.section)
            })
        }
        let zone = c.article?.edition.timeZone ?? ctx.editions.first { $0.code == f.edition }?.timeZone ?? ctx.edition.timeZone
        let photos = c.photos.map { p in
            PhotoPickModel(id: p.id, label: "\(p.caption) — © \(p.credit)",
                           thumb: Paths.media((p.variants.filter { $0.format == "webp" }.min { $0.width < $1.width })?.fileName ?? p.fileName),
                           code: "{{image:\(p.id)}}", selected: String(p.id) == f.leadImageID)
        }
        let id = c.article?.id
        let heading = c.article.map { s.text("nrEditHeading", ["title": $0.title]) } ?? s.text("nrNewArticle")
        let reader = c.article.flatMap { a in a.status == .published ? Paths.article(a.edition.pathPrefix, a.slug) : nil }
        var model = ArticleEditorModel(
            layout: ctx.layout(title: heading), links: .for(ctx.viewer), heading: heading,
            action: id.map(NewsroomPaths.article) ?? NewsroomPaths.newArticle, csrf: ctx.formToken, isNew: id == nil,
            form: .init(title: f.title, summary: f.summary, body: f.body, slug: f.slug, byline: f.byline, tags: f.tags,
                        relatedIDs: f.relatedIDs, publishAt: f.publishAt, embargoUntil: f.embargoUntil, correction: f.correction,
                        commentsOpen: f.commentsOpen, recommended: f.recommended, version: f.version,
                        liveBlog: f.liveBlog, liveEnded: f.liveEnded),
            editions: editions, sectionGroups: groups, statuses: statuses, canPublish: canPublish, zone: zone.identifier,
            photos: photos, found: c.found.map { FoundArticleModel(id: $0.id, title: $0.title, code: "{{related:\($0.id)}}") },
            findQuery: c.findQuery, previewHTML: c.previewHTML, errors: c.errors.mapValues(s.message), message: c.message.map(s.message),
            notice: c.notice,
            conflict: c.conflict, revisionsURL: id.map { NewsroomPaths.revisions($0) }, readerURL: reader,
            autosaveKey: "newsdesk-draft-" + (id.map(String.init) ?? "new"),
            liveURL: c.article.flatMap { $0.kind == .liveBlog ? LivePaths.newsroom($0.id) : nil })
        model.conflictHeading = c.conflict.map { s.text("nrConflictHeading", ["version": String($0.currentVersion)]) } ?? ""
        model.scriptKept = s.text("nrUnsavedKept")
        model.scriptRestore = s.text("nrBringBack")
        model.bodyHintHTML = ["{{related:ID}}", "{{image:ID}}"].reduce(HTML.escape(s.text("nrBodyHint"))) {
            $0.replacingOccurrences(of: $1, with: "<code>\($1)</code>")
        }
        return model
    }
}
