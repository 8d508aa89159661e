import Fluent
import Foundation
import VaporTesting
@testable import Newsdesk

/// A small site built through the services: two editions, sections, tagged articles, a gallery.
struct Fixture {
    let english: EditionInfo
    let russian: EditionInfo
    let world: Int
    let sport: Int
    let mir: Int
    let photo: Int

    static func build(_ app: Application) async throws -> Fixture {
        let s = app.newsdesk
        let en = try await s.editions.create(.init(code: "en", name: "International", language: "en", timeZone: "Europe/London", isDefault: true), on: app.db)
        let ru = try await s.editions.create(.init(code: "ru", name: "Русская служба", language: "ru", timeZone: "Europe/Moscow", isDefault: false), on: app.db)
        let world = Section(editionID: en.id, name: "World", slug: "world", position: 0)
        let sport = Section(editionID: en.id, name: "Sport", slug: "sport", position: 1)
        let mir = Section(editionID: ru.id, name: "Мир", slug: "mir", position: 0)
        for section in [world, sport, mir] { try await section.create(on: app.db) }
        let media = try await s.media.store(.init(
            baseName: "harbour", fileExtension: "svg", mimeType: "image/svg+xml",
            bytes: Array("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 16 9\"><rect width=\"16\" height=\"9\"/></svg>".utf8),
            width: 1600, height: 900, alt: "Cranes over the harbour", caption: "Cranes over the harbour at dawn",
            credit: "Meridian Press / Ana Ruiz"), on: app.db)
        return Fixture(english: en, russian: ru, world: try world.requireID(), sport: try sport.requireID(),
                       mir: try mir.requireID(), photo: try media.requireID())
    }

    @discardableResult
    func article(
        _ app: Application, title: String, section: Int? = nil, edition: EditionInfo? = nil, hoursAgo: Double = 1,
        body: String = "First paragraph of the story.\n\nSecond paragraph.", tags: [String] = [], related: [Int] = [],
        status: ArticleStatus = .published, recommended: Int? = nil, withPhoto: Bool = true
    ) async throws -> Int {
        let edition = edition ?? english
        return try await app.newsdesk.articles.create(.init(
            editionID: edition.id, sectionID: section ?? (edition.id == english.id ? world : mir), authorID: nil,
            byline: "Jane Reporter", title: title, slug: nil, summary: "Summary of \(title).", body: body,
            leadMediaID: withPhoto ? photo : nil, status: status,
            publishedAt: app.newsdesk.clock.now().addingTimeInterval(-hoursAgo * 3600), tags: tags, relatedIDs: related,
            recommendedRank: recommended), on: app.db)
    }
}

extension TestingHTTPResponse {
    var text: String { body.string }
}
