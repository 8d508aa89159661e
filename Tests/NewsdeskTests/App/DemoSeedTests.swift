import Fluent
import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

@Suite("Demo site")
struct DemoSeedTests {
    @Test func firstStartCreatesAFullDemoSiteOnceAndPrintsTheAdminPassword() async throws {
        try await withTestApp { app in
            let seeder = DemoSeeder(app: app)
            let report = try #require(try await seeder.seedIfEmpty())
            #expect(report.description.contains(report.adminPassword))
            #expect(report.adminPassword.count >= 16)
            let admin = try #require(try await User.query(on: app.db).filter(\.$email == report.adminEmail).first())
            #expect(admin.role == "admin")
            #expect(try Bcrypt.verify(report.adminPassword, created: admin.passwordHash))

            let editions = try await app.newsdesk.editions.all(on: app.db)
            #expect(editions.count >= 2)
            #expect(editions.first(where: \.isDefault)?.language == "en")
            #expect(Set(editions.map { $0.timeZone.identifier }).count >= 2)
            for e in editions {
                #expect(try await Section.query(on: app.db).filter(\.$editionID == e.id).count() >= 6)
                #expect(try await app.newsdesk.articles.recommended(edition: e.id, limit: 20, on: app.db).count >= 4)
            }
            let visible = try await app.newsdesk.articles.sitemapEntries(on: app.db)
            #expect(visible.count >= 80)
            let times = visible.map(\.lastModified)
            let spread = (times.max() ?? fixedNow).timeIntervalSince(times.min() ?? fixedNow)
            #expect(spread >= 25 * 86_400)
            #expect(try await Tag.query(on: app.db).count() >= 10)
            #expect(try await ArticleRelation.query(on: app.db).count() >= 80)
            let galleries = try await Gallery.query(on: app.db).all()
            #expect(galleries.count >= 3)
            for g in galleries {
                #expect(try await GalleryItem.query(on: app.db).filter(\.$galleryID == g.requireID()).count() >= 8)
            }
            // Every lead photo exists on disk.
            for m in try await Media.query(on: app.db).all() {
                #expect(FileManager.default.fileExists(atPath: app.newsdesk.media.path(of: m.fileName)))
            }
            #expect(try await seeder.seedIfEmpty() == nil)
            #expect(try await User.query(on: app.db).count() == 1)

            try await app.testing().test(.GET, "/") { res in
                #expect(res.status == .ok)
                #expect(res.text.contains("This Week in Pictures"))
            }
        }
    }

    @Test func benchmarkGeneratorAddsArticlesThatListingsShow() async throws {
        try await withTestApp { app in
            let f = try await Fixture.build(app)
            try await f.article(app, title: "Seed story", tags: ["Trade"])
            let added = try await DemoSeeder(app: app).addGeneratedArticles(count: 450) { _ in }
            #expect(added == 450)
            #expect(try await Article.query(on: app.db).count() == 451)
            let page = try await app.newsdesk.articles.feed(.everywhere, cursor: nil, limit: 50, on: app.db)
            #expect(page.items.count == 50)
            #expect(page.nextCursor != nil)
            // Ids keep working after explicit inserts.
            try await f.article(app, title: "After generation")
        }
    }
}
