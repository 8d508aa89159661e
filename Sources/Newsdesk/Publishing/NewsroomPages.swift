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

enum NewsroomText {
    static func statusLabel(_ s: ArticleStatus) -> String {
        switch s {
        case .draft: "Draft"
        case .submitted: "Submitted"
        case .scheduled: "Scheduled"
        case .published: "Published"
        }
    }

    static func row(_ a: NewsroomArticle) -> NewsroomRow {
        let zone = a.edition.timeZone
        let when: String
        switch a.status {
        case .scheduled: when = "Goes live " + (a.publishedAt.map { EditionClock.articleTime($0, zone: zone, language: "en") } ?? "")
        case .published: when = "Published " + (a.publishedAt.map { EditionClock.articleTime($0, zone: zone, language: "en") } ?? "")
        case .draft, .submitted: when = "Saved " + (a.updatedAt.map { EditionClock.articleTime($0, zone: zone, language: "en") } ?? "")
        }
        return NewsroomRow(title: a.title, editURL: NewsroomPaths.article(a.id), status: a.status.rawValue,
                           statusLabel: statusLabel(a.status), edition: a.edition.name, section: a.section.name, byline: a.byline,
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
        let lists: [NewsroomListModel]
        if let filtered = c.filtered {
            lists = [NewsroomListModel(heading: "Matching articles", rows: filtered.map(NewsroomText.row), empty: "No article matches.")]
        } else {
            lists = [
                NewsroomListModel(heading: "My drafts", rows: c.myDrafts.map(NewsroomText.row), empty: "No drafts. Start a new article."),
                NewsroomListModel(heading: "Submitted for review", rows: c.submitted.map(NewsroomText.row), empty: "Nothing waits for review."),
                NewsroomListModel(heading: "Scheduled", rows: c.scheduled.map(NewsroomText.row), empty: "Nothing is scheduled."),
                NewsroomListModel(heading: "Published recently", rows: c.published.map(NewsroomText.row), empty: "Nothing published yet."),
            ]
        }
        let statuses = [NewsroomOption(value: "", label: "Any state", selected: c.filter.status == nil)]
            + ArticleStatus.allCases.map { NewsroomOption(value: $0.rawValue, label: NewsroomText.statusLabel($0), selected: c.filter.status == $0) }
        let editions = [NewsroomOption(value: "", label: "Every edition", selected: c.filter.editionID == nil)]
            + ctx.editions.map { NewsroomOption(value: $0.code, label: $0.name, selected: c.filter.editionID == $0.id) }
        var sections = [NewsroomOption(value: "", label: "Every section", selected: c.filter.sectionID == nil)]
        for (edition, list) in c.sections {
            sections += list.map { NewsroomOption(value: "\(edition.code)/\($0.slug)", label: "\($0.name) (\(edition.name))",
                                                  selected: c.filter.sectionID == $0.id) }
        }
        return NewsroomHomeModel(layout: ctx.layout(title: "Newsroom"), links: .for(ctx.viewer), lists: lists, statuses: statuses,
                                 editions: editions, sections: sections, query: c.query, filtered: c.filtered != nil, author: c.filter.authorID)
    }
}
