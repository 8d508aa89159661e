import Fluent
import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

@Suite("View counts and the page cache")
struct ViewCountsAndCacheTests {
    @Test func viewsAreCountedInMemoryAndWrittenInOneFlush() async throws {
        try await withTestApp { app in
            let f = try await Fixture.build(app)
            let id = try await f.article(app, title: "Counted story")
            for _ in 0..<5 {
                try await app.testing().test(.GET, "/articles/counted-story") { res in #expect(res.status == .ok) }
            }
            // No write per view: the row still says 0 until the flush.
            #expect(try await Article.find(id, on: app.db)?.views == 0)
            let flushed = await app.newsdesk.views.flush(on: app.db, logger: app.logger)
            #expect(flushed == [id])
            #expect(try await Article.find(id, on: app.db)?.views == 5)
            await app.newsdesk.pageCache.invalidate(tags: ["article:\(id)"])
            try await app.testing().test(.GET, "/articles/counted-story") { res in
                #expect(res.text.contains("5 views"))
            }
        }
    }

    @Test func viewsSurviveARestart() async throws {
        let site = try TestSite.make()
        // Both runs use the same database: on PostgreSQL no other test may reset it in between.
        try await withDatabaseTurn {
            var slugID = 0
            try await withTestApp(site: site, backgroundJobs: true, lockHeld: true) { app in
                let f = try await Fixture.build(app)
                slugID = try await f.article(app, title: "Survivor")
                for _ in 0..<3 { try await app.testing().test(.GET, "/articles/survivor") { _ in } }
            }
            let id = slugID
            try await withTestApp(site: site, resetDatabase: false, lockHeld: true) { app in
                let views = try await Article.find(id, on: app.db)?.views
                #expect(views == 3)
            }
        }
    }

    @Test func anonymousPagesComeFromTheCacheUntilAWriteInvalidatesThem() async throws {
        try await withTestApp { app in
            let f = try await Fixture.build(app)
            try await f.article(app, title: "Cached one")
            var etag = ""
            try await app.testing().test(.GET, "/news") { res in
                #expect(res.status == .ok)
                etag = res.headers.first(name: .eTag) ?? ""
                #expect(res.headers.first(name: .cacheControl)?.contains("public") == true)
            }
            let hitsBefore = await app.newsdesk.pageCache.hits
            try await app.testing().test(.GET, "/news", headers: ["If-None-Match": etag]) { res in
                #expect(res.status == .notModified)
            }
            #expect(await app.newsdesk.pageCache.hits == hitsBefore + 1)
            // A new article drops the edition's cached pages: the next reader sees it.
            try await f.article(app, title: "Fresh one", hoursAgo: 0)
            try await app.testing().test(.GET, "/news") { res in
                #expect(res.status == .ok)
                #expect(res.text.contains("Fresh one"))
            }
        }
    }
}
