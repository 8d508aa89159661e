import Fluent
import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

/// Members of each role, made through the accounts service, as the newsroom sees them.
struct Staff {
    let journalist: Member
    let otherJournalist: Member
    let editor: Member
    let moderator: Member
    let reader: Member

    static func make(_ app: Application) async throws -> Staff {
        func member(_ email: String, _ role: Role) async throws -> Member {
            let created = try await app.newsdesk.users.create(.init(email: email, password: "correct horse battery", displayName: nil,
                                                                    role: role, confirmed: true), on: app.db)
            return Member(id: created.id, email: created.email, displayName: created.displayName, role: role, confirmed: true,
                          avatarPath: nil, totpEnabled: true, sessionID: 0, sessionKind: "api")
        }
        return Staff(journalist: try await member("jo@news.test", .journalist), otherJournalist: try await member("jim@news.test", .journalist),
                     editor: try await member("ed@news.test", .editor), moderator: try await member("mo@news.test", .moderator),
                     reader: try await member("re@news.test", .reader))
    }
}

extension NewsroomService.ArticleInput {
    static func story(_ title: String, status: String? = nil, section: String = "world") -> Self {
        var input = Self()
        input.edition = "en"
        input.section = section
        input.title = title
        input.summary = "What happened."
        input.body = "First paragraph.\n\nSecond paragraph."
        input.tags = ["Harbours"]
        input.status = status
        return input
    }
}

@Suite("Newsroom: workflow, roles, versions, revisions and schedules")
struct NewsroomServiceTests {
    /// The title filter finds Cyrillic headlines whatever the case typed, on SQLite too (whose LOWER folds ASCII only).
    @Test func titleSearchFindsRussianHeadlinesInAnyCase() async throws {
        try await withTestApp { app in
            _ = try await Fixture.build(app)
            let staff = try await Staff.make(app)
            let newsroom = app.newsdesk.newsroom
            _ = try await newsroom.create(.story("Паромы снова ходят"), by: staff.editor, on: app.db)
            _ = try await newsroom.create(.story("Шторм в Москве"), by: staff.editor, on: app.db)
            _ = try await newsroom.create(.story("Storm in Moscow"), by: staff.editor, on: app.db)
            func titles(_ words: String) async throws -> [String] {
                try await newsroom.list(.init(titleContains: words), after: nil, limit: 10, for: staff.editor, on: app.db).items.map(\.title)
            }
            for words in ["паромы", "Паромы", "ПАРОМЫ", "снова ходят"] { #expect(try await titles(words) == ["Паромы снова ходят"], "\(words)") }
            #expect(try await titles("москве") == ["Шторм в Москве"])
            #expect(try await titles("moscow") == ["Storm in Moscow"])
            #expect(try await titles("самолёт").isEmpty)
        }
    }

    @Test func journalistWritesAndSubmitsADraftButOnlyEditorsPublish() async throws {
        try await withTestApp { app in
            _ = try await Fixture.build(app)
            let staff = try await Staff.make(app)
            let newsroom = app.newsdesk.newsroom

            let draft = try await newsroom.create(.story("Harbour reopens"), by: staff.journalist, on: app.db)
            #expect(draft.status == .draft && draft.version == 1 && draft.authorID == staff.journalist.id)
            #expect(draft.slug == "harbour-reopens" && draft.byline == "jo")
            #expect(try await app.newsdesk.articles.article(id: draft.id, on: app.db) == nil)

            var submit = NewsroomService.ArticleInput()
            submit.status = "submitted"
            let submitted = try await newsroom.update(id: draft.id, version: 1, submit, by: staff.journalist, on: app.db)
            #expect(submitted.status == .submitted && submitted.version == 2)

            // Submitted work is the editors'; drafts are their authors'.
            var retitle = NewsroomService.ArticleInput()
            retitle.title = "Harbour reopens at last"
            await #expect(throws: NewsroomError.self) { try await newsroom.update(id: draft.id, version: 2, retitle, by: staff.journalist, on: app.db) }
            await #expect(throws: NewsroomError.forbidden("Only editors and admins schedule or publish; submit the article for review.")) {
                try await newsroom.create(.story("Straight to print", status: "published"), by: staff.journalist, on: app.db)
            }
            let secret = try await newsroom.create(.story("Not yet"), by: staff.journalist, on: app.db)
            await #expect(throws: NewsroomError.forbidden("This draft belongs to another journalist.")) {
                try await newsroom.article(id: secret.id, for: staff.otherJournalist, on: app.db)
            }
            for outsider in [staff.reader, staff.moderator] {
                await #expect(throws: NewsroomError.forbidden("The newsroom is for journalists, editors and admins.")) {
                    try await newsroom.create(.story("Letter"), by: outsider, on: app.db)
                }
            }
            let others = try await newsroom.list(.init(), after: nil, limit: 20, for: staff.otherJournalist, on: app.db).items.map(\.id)
            #expect(others == [draft.id])

            var publish = NewsroomService.ArticleInput()
            publish.status = "published"
            let live = try await newsroom.update(id: draft.id, version: 2, publish, by: staff.editor, on: app.db)
            #expect(live.status == .published && live.publishedAt == fixedNow)
            #expect(try await app.newsdesk.articles.article(id: draft.id, on: app.db)?.summary.title == "Harbour reopens")
        }
    }

    @Test func anEditAfterPublicationIsMarkedUpdatedWithItsCorrectionAndUnpublishingHidesIt() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            _ = try await Fixture.build(app)
            let staff = try await Staff.make(app)
            let newsroom = app.newsdesk.newsroom
            let live = try await newsroom.create(.story("Bridge closes", status: "published"), by: staff.editor, on: app.db)
            #expect(live.revisedAt == nil)
            clock.advance(600)
            var fix = NewsroomService.ArticleInput()
            fix.body = "First paragraph, corrected.\n\nSecond paragraph."
            fix.correction = .some("An earlier version gave the wrong date.")
            fix.commentsOpen = false
            let fixed = try await newsroom.update(id: live.id, version: 1, fix, by: staff.editor, on: app.db)
            #expect(fixed.revisedAt == fixedNow.addingTimeInterval(600))
            #expect(fixed.correction == "An earlier version gave the wrong date." && !fixed.commentsOpen)
            let reader = try #require(try await app.newsdesk.articles.article(id: live.id, on: app.db))
            #expect(reader.summary.revisedAt == fixedNow.addingTimeInterval(600) && reader.commentsClosed)

            var unpublish = NewsroomService.ArticleInput()
            unpublish.status = "draft"
            _ = try await newsroom.update(id: live.id, version: 2, unpublish, by: staff.editor, on: app.db)
            #expect(try await app.newsdesk.articles.article(id: live.id, on: app.db) == nil)
        }
    }

    @Test func aSaveOnAStaleVersionIsRefusedWithTheCurrentVersion() async throws {
        try await withTestApp { app in
            _ = try await Fixture.build(app)
            let staff = try await Staff.make(app)
            let newsroom = app.newsdesk.newsroom
            let a = try await newsroom.create(.story("Budget vote"), by: staff.editor, on: app.db)
            var mine = NewsroomService.ArticleInput()
            mine.title = "Budget vote passes"
            var theirs = NewsroomService.ArticleInput()
            theirs.title = "Budget vote fails"
            _ = try await newsroom.update(id: a.id, version: 1, mine, by: staff.editor, on: app.db)
            await #expect(throws: NewsroomError.conflict(currentVersion: 2)) {
                try await newsroom.update(id: a.id, version: 1, theirs, by: staff.editor, on: app.db)
            }
            let stored = try await newsroom.article(id: a.id, for: staff.editor, on: app.db)
            #expect(stored.title == "Budget vote passes" && stored.version == 2)
        }
    }

    @Test func badInputIsRefusedWithAMessagePerFieldAndNothingStored() async throws {
        try await withTestApp { app in
            _ = try await Fixture.build(app)
            let staff = try await Staff.make(app)
            var input = NewsroomService.ArticleInput.story("  ", status: "scheduled", section: "weather")
            input.publishAt = .some("2017-09-22T09:00")
            input.leadImageID = .some(999)
            do {
                _ = try await app.newsdesk.newsroom.create(input, by: staff.editor, on: app.db)
                Issue.record("accepted")
            } catch NewsroomError.invalid(let fields) {
                #expect(Set(fields.keys) == ["title", "section", "publish_at", "lead_image_id"])
            }
            var other = NewsroomService.ArticleInput.story("Fine")
            other.edition = "xx"
            await #expect(throws: NewsroomError.invalid(["edition": "no edition has the code 'xx'"])) {
                try await app.newsdesk.newsroom.create(other, by: staff.editor, on: app.db)
            }
            #expect(try await Article.query(on: app.db).count() == 0)
        }
    }

    @Test func aScheduledArticleGoesLiveAtItsTimeInTheEditionsZoneOnce() async throws {
        let clock = TestClock(fixedNow)  // 00:51 UTC, 01:51 in London
        try await withTestApp(clock: clock) { app in
            _ = try await Fixture.build(app)
            let staff = try await Staff.make(app)
            var input = NewsroomService.ArticleInput.story("Polls open", status: "scheduled")
            input.publishAt = .some("2017-09-23T03:00")  // London time: 02:00 UTC
            let scheduled = try await app.newsdesk.newsroom.create(input, by: staff.editor, on: app.db)
            #expect(scheduled.status == .scheduled)
            #expect(scheduled.publishedAt == Date(timeIntervalSince1970: 1_506_132_000))
            #expect(try await JobRunner.runDue(app.newsdesk, on: app.db, logger: app.logger) == 0)

            clock.advance(3600)  // 01:51 UTC: not yet
            #expect(try await JobRunner.runDue(app.newsdesk, on: app.db, logger: app.logger) == 0)
            clock.advance(3600)  // 02:51 UTC
            #expect(try await app.newsdesk.articles.article(id: scheduled.id, on: app.db) == nil)
            #expect(try await JobRunner.runDue(app.newsdesk, on: app.db, logger: app.logger) == 1)
            let live = try await app.newsdesk.newsroom.article(id: scheduled.id, for: staff.editor, on: app.db)
            #expect(live.status == .published && live.version == 2)
            #expect(try await app.newsdesk.articles.article(id: scheduled.id, on: app.db) != nil)
            #expect(try await JobRunner.runDue(app.newsdesk, on: app.db, logger: app.logger) == 0)
            let revisions = try await app.newsdesk.newsroom.revisions(articleID: scheduled.id, for: staff.editor, on: app.db)
            #expect(revisions.map(\.authorName) == ["Scheduler", "ed"])
        }
    }

    @Test func anEmbargoHoldsPublicationUntilItsTime() async throws {
        try await withTestApp { app in
            _ = try await Fixture.build(app)
            let staff = try await Staff.make(app)
            var input = NewsroomService.ArticleInput.story("Prize winner named", status: "published")
            input.embargoUntil = .some("2017-09-23T10:00:00+01:00")
            let held = try await app.newsdesk.newsroom.create(input, by: staff.editor, on: app.db)
            #expect(held.status == .scheduled && held.publishedAt == Date(timeIntervalSince1970: 1_506_157_200))
        }
    }

    @Test func twoNodesClaimingAtOnceNeverRunOneJobTwice() async throws {
        try await withTestApp { app in
            let queue = app.newsdesk.jobs
            for n in 1...30 { try await queue.enqueue(.publishArticle, subject: n, at: fixedNow.addingTimeInterval(-1), on: app.db) }
            async let a = queue.claim(limit: 20, on: app.db)
            async let b = queue.claim(limit: 20, on: app.db)
            let (first, second) = try await (a, b)
            let ids = first.map(\.id) + second.map(\.id)
            #expect(ids.count == 30 && Set(ids).count == 30)
            #expect(try await queue.claim(limit: 20, on: app.db).isEmpty)
        }
    }

    @Test func restoringARevisionBringsBackItsWordsAsANewVersion() async throws {
        try await withTestApp { app in
            _ = try await Fixture.build(app)
            let staff = try await Staff.make(app)
            let newsroom = app.newsdesk.newsroom
            let a = try await newsroom.create(.story("Storm warning"), by: staff.journalist, on: app.db)
            var edit = NewsroomService.ArticleInput()
            edit.title = "Storm warning lifted"
            edit.body = "All clear."
            edit.tags = ["Weather"]
            _ = try await newsroom.update(id: a.id, version: 1, edit, by: staff.journalist, on: app.db)
            let restored = try await newsroom.restore(articleID: a.id, revision: 1, currentVersion: 2, by: staff.editor, on: app.db)
            #expect(restored.title == "Storm warning" && restored.body == "First paragraph.\n\nSecond paragraph.")
            #expect(restored.tags.map(\.name) == ["Harbours"] && restored.version == 3 && restored.status == .draft)
            let revisions = try await newsroom.revisions(articleID: a.id, for: staff.editor, on: app.db)
            #expect(revisions.map(\.version) == [3, 2, 1])
            #expect(revisions.map(\.authorName) == ["ed", "jo", "jo"])
            #expect(revisions.map(\.title) == ["Storm warning", "Storm warning lifted", "Storm warning"])
        }
    }
}
