import Foundation
import NewsText

// The newsroom's pages: view models and the pure builders that make them from a `PageContext` and what the
// services loaded. No request, no database: each page has a snapshot test.

struct NewsroomOption: Encodable, Sendable, Equatable {
    let value: String
    let label: String
    let selected: Bool
}

struct NewsroomOptionGroup: Encodable, Sendable {
    let label: String
    let options: [NewsroomOption]
}

struct NewsroomRow: Encodable, Sendable {
    let title: String
    let editURL: String
    let status: String
    let statusLabel: String
    let edition: String
    let section: String
    let byline: String
    /// The newsroom filtered to this author's articles.
    let authorURL: String?
    /// "Scheduled for …", "Published …", "Saved …" in the edition's time.
    let when: String
}

struct NewsroomListModel: Encodable, Sendable {
    let heading: String
    let rows: [NewsroomRow]
    let empty: String
}

struct NewsroomHomeModel: Encodable, Sendable {
    let layout: LayoutModel
    let links: NewsroomLinks
    let lists: [NewsroomListModel]
    let statuses: [NewsroomOption]
    let editions: [NewsroomOption]
    let sections: [NewsroomOption]
    let query: String
    let filtered: Bool
    /// Set when the list is one author's.
    let author: Int?
}

struct NewsroomLinks: Encodable, Sendable {
    let home: String
    let newArticle: String
    let media: String
    let galleries: String
    let preview: String
    /// The editor's autosave and live preview.
    let script: String
    /// Editors' pages; nil for journalists, who may not open them.
    let sections: String?
    let picks: String?

    static let standard = NewsroomLinks(home: NewsroomPaths.home, newArticle: NewsroomPaths.newArticle, media: NewsroomPaths.media,
                                        galleries: NewsroomPaths.galleries, preview: NewsroomPaths.preview,
                                        script: Paths.asset("newsroom.js"), sections: NewsroomPaths.sections(), picks: NewsroomPaths.picks())

    /// The links this member may follow.
    static func `for`(_ member: Member?) -> NewsroomLinks {
        guard let member, NewsroomService.editors.contains(member.role) else {
            return NewsroomLinks(home: standard.home, newArticle: standard.newArticle, media: standard.media, galleries: standard.galleries,
                                 preview: standard.preview, script: standard.script, sections: nil, picks: nil)
        }
        return standard
    }
}

/// The newsroom's words for machine values, in the page's language (the staff member's: `PageResponder.staffEdition`).
enum NewsroomText {
    /// "Draft", "Черновик": an article state by its name (`nrStatus_draft`).
    static func statusLabel(_ status: ArticleStatus, _ s: UIStrings) -> String { statusLabel(status.rawValue, s) }

    /// A state as stored in a revision; an unknown one shows as it is.
    static func statusLabel(_ raw: String, _ s: UIStrings) -> String { s.texts["nrStatus_" + raw] ?? raw }

    /// A time in the article's edition zone, in the page's language.
    static func time(_ date: Date?, zone: TimeZone, _ s: UIStrings) -> String {
        date.map { EditionClock.articleTime($0, zone: zone, language: s.language) } ?? ""
    }

    static func row(_ a: NewsroomArticle, _ s: UIStrings) -> NewsroomRow {
        let zone = a.edition.timeZone
        let when: String
        switch a.status {
        case .scheduled: when = s.text("nrGoesLive", ["time": time(a.publishedAt, zone: zone, s)])
        case .published: when = s.text("nrPublishedAt", ["time": time(a.publishedAt, zone: zone, s)])
        case .draft, .submitted: when = s.text("nrSavedAt", ["time": time(a.updatedAt, zone: zone, s)])
        }
        return NewsroomRow(title: a.title, editURL: NewsroomPaths.article(a.id), status: a.status.rawValue,
                           statusLabel: statusLabel(a.status, s), edition: a.edition.name, section: a.section.name, byline: a.byline,
                           authorURL: a.authorID.map { NewsroomPaths.home(author: $0) }, when: when)
    }

    /// `2017-09-23T04:00` for a `datetime-local` field, in the edition's time zone.
    static func localField(_ date: Date?, zone: TimeZone) -> String {
        guard let date else { return "" }
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.calendar = Calendar(identifier: .gregorian)
        f.timeZone = zone
        f.dateFormat = "yyyy-MM-dd'T'HH:mm"
        return f.string(from: date)
    }
}

/// `/newsroom`: my drafts, what waits for review, what is scheduled and what went out recently; or, with filters,
/// the articles that match.
enum NewsroomHomePage {
    struct Content: Sendable {
        var filter: NewsroomService.Filter
        var query: String
        var filtered: [NewsroomArticle]?
        var myDrafts: [NewsroomArticle] = []
        var submitted: [NewsroomArticle] = []
        var scheduled: [NewsroomArticle] = []
        var published: [NewsroomArticle] = []
        var sections: [(EditionInfo, [SectionRef])] = []
    }

    static func build(_ ctx: PageContext, _ c: Content) -> NewsroomHomeModel {
        let s = ctx.edition.strings
        func list(_ heading: String, _ rows: [NewsroomArticle], empty: String) -> NewsroomListModel {
            NewsroomListModel(heading: s.text(heading), rows: rows.map { NewsroomText.row($0, s) }, empty: s.text(empty))
        }
        let lists: [NewsroomListModel]
        if let filtered = c.filtered {
            lists = [list("nrMatching", filtered, empty: "nrNoMatch")]
        } else {
            lists = [
                list("nrMyDrafts", c.myDrafts, empty: "nrNoDrafts"),
                list("nrSubmittedHeading", c.submitted, empty: "nrNothingSubmitted"),
                list("nrScheduledHeading", c.scheduled, empty: "nrNothingScheduled"),
                list("nrPublishedRecently", c.published, empty: "nrNothingPublished"),
            ]
        }
        let statuses = [NewsroomOption(value: "", label: s.text("nrAnyState"), selected: c.filter.status == nil)]
            + ArticleStatus.allCases.map { NewsroomOption(value: $0.rawValue, label: NewsroomText.statusLabel($0, s), selected: c.filter.status == $0) }
        let editions = [NewsroomOption(value: "", label: s.text("nrEveryEdition"), selected: c.filter.editionID == nil)]
            + ctx.editions.map { NewsroomOption(value: $0.code, label: $0.name, selected: c.filter.editionID == $0.id) }
        var sections = [NewsroomOption(value: "", label: s.text("nrEverySection"), selected: c.filter.sectionID == nil)]
        for (edition, list) in c.sections {
            sections += list.map { NewsroomOption(value: "\(edition.code)/\($0.slug)", label: "\($0.name) (\(edition.name))",
                                                  selected: c.filter.sectionID == $0.id) }
        }
        return NewsroomHomeModel(layout: ctx.layout(title: s.text("newsroom")), links: .for(ctx.viewer), lists: lists, statuses: statuses,
                                 editions: editions, sections: sections, query: c.query, filtered: c.filtered != nil, author: c.filter.authorID)
    }
}
