import Fluent
import Foundation
import SQLKit
import Testing
import VaporTesting
@testable import Newsdesk

/// The WordPress importer against the committed export (see Fixtures/README.md), on SQLite or PostgreSQL.
@Suite("WordPress import: mapping, threading, idempotence, resuming, old links, broken files")
struct WordPressImportTests {
    static let fixtures = packageRoot + "/Tests/NewsdeskTests/Import/Fixtures"
    static let export = fixtures + "/export.xml"
    static let broken = fixtures + "/broken.xml"
    static let uploads = fixtures + "/uploads"
    static var hasImageTool: Bool { ImageTool.find() != nil }

    static func run(_ app: Application, file: String = export, dryRun: Bool = false, batchSize: Int = 50,
                    stopAfter: Int? = nil) async throws -> ImportReport {
        var options = WordPressImporter.Options(file: file, edition: "en", uploads: uploads, dryRun: dryRun)
        options.batchSize = batchSize
        options.stopAfterBatches = stopAfter
        return try await app.newsdesk.wordpressImporter.run(options, on: app.db) { _ in }
    }

    /// Rows per table, to show that a run added (or changed) nothing.
    static func counts(_ app: Application) async throws -> [String: Int] {
        var counts: [String: Int] = [:]
        counts["articles"] = try await Article.query(on: app.db).count()
        counts["comments"] = try await Newsdesk.Comment.query(on: app.db).count()
        counts["users"] = try await User.query(on: app.db).count()
        counts["media"] = try await Media.query(on: app.db).count()
        counts["sections"] = try await Section.query(on: app.db).count()
        counts["tags"] = try await Tag.query(on: app.db).count()
        counts["revisions"] = try await ArticleRevision.query(on: app.db).count()
        counts["import_sources"] = try await ImportSource.query(on: app.db).count()
        counts["outbox"] = try await OutboxMail.query(on: app.db).count()
        return counts
    }

    static func article(_ app: Application, postID: Int) async throws -> Article {
        let id = try #require(try await app.newsdesk.wordpressImporter.importedArticle(postID: postID, slug: nil, on: app.db))
        return try #require(try await Article.find(id, on: app.db))
    }

    static func comment(_ app: Application, wordpressID: Int) async throws -> Newsdesk.Comment {
        let row = try #require(try await ImportSource.query(on: app.db).filter(\.$kind == "comment")
            .filter(\.$externalID == String(wordpressID)).first())
        return try #require(try await Newsdesk.Comment.find(row.localID, on: app.db))
    }

    @Test(.enabled(if: hasImageTool)) func importsPostsByStatusWithSectionsTagsAuthorsAndPhotos() async throws {
        try await withTestApp { app in
            let report = try await Self.run(app)
            #expect(report["articles created"] == 5)
            #expect(report["articles published"] == 2)
            #expect(report["articles scheduled"] == 1)
            #expect(report["articles draft"] == 2)
            #expect(report["posts not imported (private)"] == 1)
            #expect(report["posts not imported (trash)"] == 1)
            #expect(report.skipped.contains { $0.kind == "page" && $0.wordpressID == "200" })
            #expect(report.skipped.contains { $0.kind == "post" && $0.wordpressID == "105" })
            #expect(report.problems.contains { $0.kind == "attachment" && $0.wordpressID == "11" && $0.message.contains("file missing") })
            #expect(report["photos imported"] == 2)

            let ships = try await Self.article(app, postID: 100)
            #expect(ships.title == "Ships at dawn: the ferry turns 90")
            #expect(ships.slug == "ships-at-dawn")
            #expect(ships.status == "published")
            #expect(ships.publishedAt == Date(timeIntervalSince1970: 1_494_577_800))  // 2017-05-12 08:30:00 UTC
            #expect(ships.summary == "The ferry that has crossed the bay every morning since 1927 turns 90.")
            #expect(ships.byline == "Ana Ruiz")
            let section = try #require(try await Section.find(ships.sectionID, on: app.db))
            #expect(section.name == "Port & life")
            #expect(section.slug == "port-life")
            let tagNames = try await ArticleTag.query(on: app.db).filter(\.$articleID == ships.requireID()).all()
                .asyncMap { try await Tag.find($0.tagID, on: app.db)?.name ?? "" }
            #expect(Set(tagNames) == ["News", "ferries"])

            let lead = try #require(try await Media.find(try #require(ships.leadMediaID), on: app.db))
            #expect(lead.caption == "The harbour at 6 a.m.")
            #expect(lead.credit == "Meridian Press / Ana Ruiz")
            #expect(lead.alt == "Fishing boats moored at the north pier")
            #expect(ships.body.contains("{{image:\(try lead.requireID())}}"))
            #expect(ships.body.contains("The ferry left at **dawn**"))
            #expect(ships.body.contains("[old timetable](https://gazette.example/2017/04/01/timetable/)"))
            #expect(!ships.body.contains("alert"))
            #expect(!ships.body.contains("color: red"))

            let russian = try await Self.article(app, postID: 101)
            #expect(russian.title == "Привет, мир: в гавани открылся новый причал")
            #expect(russian.slug == "privet-mir")
            #expect(russian.body.contains("## Что изменилось"))
            #expect(russian.body.contains("> «Это праздник для города», — сказал мэр."))
            #expect(russian.body.contains("[https://www.youtube.com/watch?v=xyz789]"))
            let russianSection = try #require(try await Section.find(russian.sectionID, on: app.db))
            #expect(russianSection.name == "Культура")

            #expect(try await Self.article(app, postID: 102).status == "scheduled")
            #expect(try await Self.article(app, postID: 103).status == "draft")
            #expect(try await Self.article(app, postID: 104).status == "draft")

            let author = try #require(try await User.query(on: app.db).filter(\.$email == "maria@gazette.example").first())
            #expect(author.role == "journalist")
            #expect(author.displayName == "Мария Иванова")
            #expect(author.passwordHash == UserService.noPassword)
            #expect(russian.authorID == author.id)
        }
    }

    @Test func importsCommentsWithThreadsTimesStatusesAndOneMemberPerAddress() async throws {
        try await withTestApp { app in
            let report = try await Self.run(app)
            #expect(report["comments created"] == 7)
            #expect(report["comments published"] == 6)
            #expect(report["comments held for moderators"] == 1)
            #expect(report["comments not imported (spam)"] == 1)
            #expect(report["comments not imported (trash)"] == 1)
            #expect(report["comments not imported (pingback)"] == 1)

            let first = try await Self.comment(app, wordpressID: 1001)
            let reply = try await Self.comment(app, wordpressID: 1002)
            let deeper = try await Self.comment(app, wordpressID: 1003)
            #expect(first.parentID == nil)
            #expect(reply.parentID == first.id)
            #expect(deeper.parentID == reply.id)
            #expect(deeper.rootID == first.id)
            #expect(first.createdAt == Date(timeIntervalSince1970: 1_494_579_600))  // 2017-05-12 09:00:00 UTC
            #expect(first.text == "My grandfather worked on that ferry.\nIt still smells of tar & coffee.")
            #expect(first.likes == 7)
            #expect(first.status == "published")
            #expect(try await Self.comment(app, wordpressID: 1004).status == "pending")
            // A reply to spam stays, as a top-level comment, and the report says so.
            #expect(try await Self.comment(app, wordpressID: 1008).parentID == nil)
            #expect(report.problems.contains { $0.kind == "comment" && $0.wordpressID == "1008" })

            // Olga wrote twice with two spellings of one address: one member, without a password.
            let olga = try await User.query(on: app.db).filter(\.$email == "olga@example.org").all()
            #expect(olga.count == 1)
            #expect(olga.first?.role == "reader")
            #expect(olga.first?.passwordHash == UserService.noPassword)
            #expect(first.authorID == olga.first?.id && deeper.authorID == olga.first?.id)
            // Spammers and trashed commenters get no record; the author who commented is the author's account.
            #expect(try await User.query(on: app.db).filter(\.$email == "sales@spam.example").count() == 0)
            let maria = try #require(try await User.query(on: app.db).filter(\.$email == "maria@gazette.example").first())
            #expect(try await Self.comment(app, wordpressID: 1102).authorID == maria.id)

            let ships = try await Self.article(app, postID: 100)
            #expect(ships.commentsCount == 4)
            // No mail is sent during an import.
            #expect(try await OutboxMail.query(on: app.db).count() == 0)
        }
    }

    @Test func aSecondRunChangesNothing() async throws {
        try await withTestApp { app in
            _ = try await Self.run(app)
            let before = try await Self.counts(app)
            let again = try await Self.run(app)
            #expect(try await Self.counts(app) == before)
            #expect(again["articles created"] == 0 && again["articles updated"] == 0)
            #expect(again["articles unchanged"] == 5)
            #expect(again["comments created"] == 0 && again["comments updated"] == 0)
            #expect(again["comments unchanged"] == 7)
            #expect(again["authors created"] == 0)
        }
    }

    @Test func aChangedPostIsUpdatedInPlace() async throws {
        try await withTestApp { app in
            _ = try await Self.run(app)
            let before = try await Self.counts(app)
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wp-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: dir) }
            let edited = dir.appendingPathComponent("export.xml").path
            let text = try String(contentsOfFile: Self.export, encoding: .utf8)
                .replacingOccurrences(of: "Ships at dawn: the ferry turns 90", with: "Ships at dawn: the ferry is 90")
                .replacingOccurrences(of: "Is the timetable changing in June?", with: "Is the timetable changing in July?")
            try text.write(toFile: edited, atomically: true, encoding: .utf8)
            let report = try await Self.run(app, file: edited)
            #expect(report["articles updated"] == 1)
            #expect(report["comments updated"] == 1)
            var after = try await Self.counts(app)
            #expect(after["revisions"] == (before["revisions"] ?? 0) + 1)
            after["revisions"] = before["revisions"]
            #expect(after == before)
            #expect(try await Self.article(app, postID: 100).title == "Ships at dawn: the ferry is 90")
            #expect(try await Self.comment(app, wordpressID: 1004).text == "Is the timetable changing in July?")
        }
    }

    @Test func anInterruptedImportContinuesWithoutDuplicates() async throws {
        try await withTestApp { app in
            await #expect(throws: WordPressImporter.Interrupted.self) {
                _ = try await Self.run(app, batchSize: 1, stopAfter: 1)
            }
            #expect(try await Article.query(on: app.db).count() == 1)
            let report = try await Self.run(app, batchSize: 1)
            #expect(report["articles unchanged"] == 1)
            #expect(report["articles created"] == 4)
            #expect(try await Article.query(on: app.db).count() == 5)
            #expect(try await Newsdesk.Comment.query(on: app.db).count() == 7)
        }
    }

    @Test func aDryRunWritesNothing() async throws {
        try await withTestApp { app in
            let report = try await Self.run(app, dryRun: true)
            #expect(report["posts in file (publish)"] == 2)
            #expect(report.problems.contains { $0.wordpressID == "11" })
            let counts = try await Self.counts(app)
            #expect(counts.values.allSatisfy { $0 == 0 })
            #expect(try await Edition.query(on: app.db).count() == 0)
        }
    }

    @Test func aBrokenFileStopsWithItsLineAndColumnAndChangesNothing() async throws {
        try await withTestApp { app in
            do {
                _ = try await Self.run(app, file: Self.broken)
                Issue.record("the broken file was imported")
            } catch let malformed as WXR.Malformed {
                #expect(malformed.line == 315)
                #expect(malformed.column > 0)
            }
            let counts = try await Self.counts(app)
            #expect(counts.values.allSatisfy { $0 == 0 })
            #expect(try await Edition.query(on: app.db).count() == 0)
        }
    }

    @Test func oldWordPressAddressesAnswer301WithTheArticleAddress() async throws {
        try await withTestApp { app in
            _ = try await Self.run(app)
            let cases: [(String, String)] = [
                ("/?p=100", "/articles/ships-at-dawn"),
                ("/2017/05/12/ships-at-dawn/", "/articles/ships-at-dawn"),
                ("/ships-at-dawn/", "/articles/ships-at-dawn"),
                ("/2017/06/01/%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82-%D0%BC%D0%B8%D1%80/", "/articles/privet-mir"),
                ("/%d0%bf%d1%80%d0%b8%d0%b2%d0%b5%d1%82-%d0%bc%d0%b8%d1%80", "/articles/privet-mir"),
            ]
            for (old, new) in cases {
                try await app.testing().test(.GET, old) { res in
                    #expect(res.status == .movedPermanently, "\(old)")
                    #expect(res.headers.first(name: .location) == new, "\(old)")
                }
            }
            // Drafts and schedules are not given away; unknown addresses stay 404; the site's own pages win.
            try await app.testing().test(.GET, "/?p=102") { res in #expect(res.status == .ok) }
            try await app.testing().test(.GET, "/staff-rota/") { res in #expect(res.status == .notFound) }
            try await app.testing().test(.GET, "/2017/05/12/nothing-here/") { res in #expect(res.status == .notFound) }
            try await app.testing().test(.GET, "/news") { res in #expect(res.status == .ok) }
            try await app.testing().test(.GET, "/articles/ships-at-dawn") { res in
                #expect(res.status == .ok)
                #expect(res.body.string.contains("Ships at dawn"))
            }
            // Imported articles are found by search at once; drafts are not.
            try await app.testing().test(.GET, "/api/v1/search?q=ships") { res in
                #expect(res.status == .ok)
                #expect(res.body.string.contains("\"title\":\"Ships at dawn: the ferry turns 90\""))
            }
        }
    }
}

extension Array {
    fileprivate func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var out: [T] = []
        for e in self { out.append(try await transform(e)) }
        return out
    }
}
