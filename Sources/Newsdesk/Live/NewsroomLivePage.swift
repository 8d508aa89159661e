import Foundation

/// A live-blog entry form as the member typed it: kept as it is when a save is refused.
struct LiveEntryForm: Sendable, Equatable {
    var text = ""
    var keyEvent = false
    var pinned = false
    var mediaID = ""
    var relatedID = ""

    init() {}

    init(_ e: LiveEntryView) {
        text = e.textMarkdown
        keyEvent = e.keyEvent
        pinned = e.pinned
        mediaID = e.mediaID.map(String.init) ?? ""
        relatedID = e.relatedID.map(String.init) ?? ""
    }

    /// The write this form asks for; ids that are not numbers are reported against their field.
    func input() throws -> LiveBlogService.EntryInput {
        var input = LiveBlogService.EntryInput()
        var fields: [String: String] = [:]
        input.text = text.replacingOccurrences(of: "\r\n", with: "\n")
        input.keyEvent = keyEvent
        input.pinned = pinned
        func id(_ raw: String, _ field: String) -> Int?? {
            let t = raw.trimmingCharacters(in: .whitespaces)
            if t.isEmpty { return .some(nil) }
            if let n = Int(t), n > 0 { return .some(n) }
            fields[field] = "a number, or empty"
            return nil
        }
        input.mediaID = id(mediaID, "media_id")
        input.relatedID = id(relatedID, "related_id")
        guard fields.isEmpty else { throw LiveError.invalid(fields) }
        return input
    }
}

struct NewsroomLiveEntryModel: Encodable, Sendable {
    let id: Int
    let actionURL: String
    let time: String
    let iso: String
    let authorName: String
    let html: String
    let updated: Bool
    let form: LiveEntryFormValues
}

struct NewsroomLiveModel: Encodable, Sendable {
    let layout: LayoutModel
    let links: NewsroomLinks
    let heading: String
    let csrf: String
    let postURL: String
    let editURL: String
    let readerURL: String?
    let ended: Bool
    let form: LiveEntryFormValues
    let errors: [String: String]
    let message: String?
    let notice: String?
    let entries: [NewsroomLiveEntryModel]
}

struct LiveEntryFormValues: Encodable, Sendable {
    let text: String
    let keyEvent: Bool
    let pinned: Bool
    let mediaID: String
    let relatedID: String

    init(_ f: LiveEntryForm) {
        text = f.text
        keyEvent = f.keyEvent
        pinned = f.pinned
        mediaID = f.mediaID
        relatedID = f.relatedID
    }
}

/// `/newsroom/articles/{id}/live`: journalists post entries and edit, pin, mark or delete them, with plain forms.
enum NewsroomLivePage {
    struct Content: Sendable {
        var blog: LiveBlogRef
        var edition: EditionInfo
        var entries: [LiveEntryView]
        var form = LiveEntryForm()
        var errors: [String: String] = [:]
        var message: String?
        var notice: String?
    }

    /// Words and times in the page's language (the staff member's), times in the blog's edition zone.
    static func build(_ ctx: PageContext, _ c: Content) -> NewsroomLiveModel {
        let zone = c.edition.timeZone
        let s = ctx.edition.strings
        let heading = s.text("nrLiveHeading", ["title": c.blog.title])
        return NewsroomLiveModel(
            layout: ctx.layout(title: heading), links: .for(ctx.viewer), heading: heading, csrf: ctx.formToken,
            postURL: LivePaths.newsroom(c.blog.id), editURL: NewsroomPaths.article(c.blog.id),
            readerURL: c.blog.isVisible ? Paths.article(c.edition.pathPrefix, c.blog.slug) : nil, ended: c.blog.ended,
            form: LiveEntryFormValues(c.form), errors: c.errors.mapValues(s.message), message: c.message.map(s.message), notice: c.notice,
            entries: c.entries.map { e in
                NewsroomLiveEntryModel(id: e.id, actionURL: LivePaths.newsroomEntry(e.id), time: EditionClock.articleTime(e.publishedAt, zone: zone, language: s.language),
                                       iso: EditionClock.iso8601(e.publishedAt, zone: zone), authorName: e.authorName, html: e.textHTML,
                                       updated: e.updatedAt != nil, form: LiveEntryFormValues(LiveEntryForm(e)))
            })
    }
}
