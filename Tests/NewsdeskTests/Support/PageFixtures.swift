import Foundation
@testable import Newsdesk

/// Fixed inputs for page builders: editions, sections, members, a clock, a CSRF token and stories, so that pages
/// built from them are the same on every run.
enum PageFixtures {
    static let english = EditionInfo(id: 1, code: "en", name: "International", language: "en",
                                     timeZone: TimeZone(identifier: "Europe/London")!, isDefault: true)
    static let russian = EditionInfo(id: 2, code: "ru", name: "Русская служба", language: "ru",
                                     timeZone: TimeZone(identifier: "Europe/Moscow")!, isDefault: false)
    static let arabic = EditionInfo(id: 3, code: "ar", name: "النسخة العربية", language: "ar",
                                    timeZone: TimeZone(identifier: "Asia/Riyadh")!, isDefault: false)
    static let world = SectionRef(id: 1, name: "World", slug: "world")
    static let alam = SectionRef(id: 4, name: "العالم", slug: "alam")
    static let sport = SectionRef(id: 2, name: "Sport", slug: "sport")
    static let mir = SectionRef(id: 3, name: "Мир", slug: "mir")
    static let csrf = "csrf-fixed-token"
    static let origin = "http://news.test"

    static let reader = Member(id: 42, email: "ana@example.test", displayName: "Ana Ruiz", role: .reader, confirmed: true,
                               avatarPath: nil, totpEnabled: false, sessionID: 1, sessionKind: "web")
    static let unconfirmed = Member(id: 43, email: "new@example.test", displayName: "Newcomer", role: .reader, confirmed: false,
                                    avatarPath: nil, totpEnabled: false, sessionID: 2, sessionKind: "web")
    static let moderator = Member(id: 7, email: "mod@example.test", displayName: "Mo Derator", role: .moderator, confirmed: true,
                                  avatarPath: "/media/avatar-7.webp", totpEnabled: true, sessionID: 3, sessionKind: "web")
    static let unenrolledEditor = Member(id: 9, email: "ed@example.test", displayName: "Ed Itor", role: .editor, confirmed: true,
                                         avatarPath: nil, totpEnabled: false, sessionID: 5, sessionKind: "web")
    static let admin = Member(id: 1, email: "admin@example.test", displayName: "Ada Admin", role: .admin, confirmed: true,
                              avatarPath: nil, totpEnabled: true, sessionID: 4, sessionKind: "web")

    /// What every page needs; `csrf` is set for pages with forms or a signed-in viewer, as `PageContext.load` does.
    static func context(_ edition: EditionInfo = english, viewer: Member? = nil, forms: Bool = false) -> PageContext {
        PageContext(edition: edition, editions: [english, russian, arabic],
                    sections: edition.id == english.id ? [world, sport] : edition.id == arabic.id ? [alam] : [mir],
                    origin: origin, viewer: viewer, csrf: forms || viewer != nil ? csrf : nil, now: fixedNow)
    }

    static let photo = ImageRef(path: "/media/harbour.svg", alt: "Cranes over the harbour", caption: "Cranes over the harbour at dawn",
                                credit: "Meridian Press / Ana Ruiz", width: 1600, height: 900)

    static func story(_ id: Int, _ title: String, section: SectionRef = world, hoursAgo: Double = 1, image: Bool = true,
                      edition: EditionInfo = english, views: Int = 0, comments: Int = 0) -> ArticleSummary {
        let published = fixedNow.addingTimeInterval(-hoursAgo * 3600)
        return ArticleSummary(
            id: id, editionID: edition.id, title: title, slug: title.lowercased().replacingOccurrences(of: " ", with: "-"),
            summary: "Summary of \(title).", section: section, byline: "Jane Reporter", publishedAt: published, revisedAt: nil,
            image: image ? photo : nil, shortCode: "s\(id)abcde", views: views, comments: comments)
    }

    static func gallery(_ id: Int, _ title: String, photos: Int = 3, edition: EditionInfo = english) -> GallerySummary {
        GallerySummary(id: id, editionID: edition.id, title: title, slug: title.lowercased().replacingOccurrences(of: " ", with: "-"),
                       summary: "Pictures: \(title).", publishedAt: fixedNow.addingTimeInterval(-7200), cover: photo, photoCount: photos)
    }
}
