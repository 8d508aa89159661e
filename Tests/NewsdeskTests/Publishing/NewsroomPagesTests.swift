import Fluent
import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

@Suite("Newsroom pages: the editor, workflow, conflicts, revisions, media and galleries in the browser's forms")
struct NewsroomPagesTests {
    /// A staff member with the second factor enrolled, logged in through the pages.
    static func staff(_ app: Application, _ email: String, _ role: Role, clock: TestClock) async throws -> FormClient {
        let id = try await StaffAndAPISessionTests.makeUser(app, email: email, role: role)
        let user = try #require(try await User.find(id, on: app.db))
        let secret = TOTP.randomSecret()
        user.totpSecret = Base32.encode(secret)
        user.totpEnabledAt = fixedNow
        try await user.update(on: app.db)
        let client = FormClient(app)
        let code = TOTP(secret: secret).code(at: clock.now)
        #expect(try await client.post("/account/login", ["email": email, "password": AccountFlowTests.password, "otp": code]).status == .seeOther)
        return client
    }

    static func form(_ fields: [String: String]) -> [String: String] {
        ["section": "world", "title": "Harbour reopens", "summary": "Ships are back.", "body": "The harbour **reopened**.",
         "tags": "Harbours, Trade", "status": "draft", "comments_open": "on"].merging(fields) { $1 }
    }

    @Test func aJournalistPreviewsWritesAndSubmitsAndOnlyStaffWithTheSecondFactorGetIn() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            _ = try await Fixture.build(app)
            let jo = try await Self.staff(app, "jo@news.test", .journalist, clock: clock)
            let home = try await jo.get("/newsroom")
            #expect(home.status == .ok && home.text.contains("My drafts") && home.text.contains(">Newsroom</a>"))
            let blank = try await jo.get("/newsroom/articles/new")
            #expect(blank.status == .ok && blank.text.contains("name=\"csrf_token\"") && !blank.text.contains("name=\"publish_at\""))

            let preview = try await jo.post("/newsroom/articles/new", Self.form(["edition": "en", "action": "preview"]))
            #expect(preview.status == .ok)
            #expect(preview.text.contains("The harbour <strong>reopened</strong>."))
            #expect(preview.text.contains("value=\"Harbour reopens\""))
            #expect(try await Article.query(on: app.db).count() == 0)

            let saved = try await jo.post("/newsroom/articles/new", Self.form(["edition": "en", "status": "submitted", "action": "save"]))
            #expect(saved.status == .seeOther)
            let id = try #require(try await Article.query(on: app.db).first()?.id)
            #expect(saved.headers.first(name: .location) == "/newsroom/articles/\(id)?done=saved")
            let edit = try await jo.get("/newsroom/articles/\(id)?done=saved")
            #expect(edit.text.contains("Saved (version 1).") && edit.text.contains("data-autosave=\"newsdesk-draft-\(id)\""))
            #expect(try await Article.find(id, on: app.db)?.status == "submitted")

            let refused = try await jo.post("/newsroom/articles/new", Self.form(["edition": "en", "title": " ", "action": "save"]))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("a headline needs 1 to 200 characters") && refused.text.contains("Ships are back."))
            #expect(try await jo.post("/newsroom/articles/new", Self.form(["edition": "en"]), csrf: false).status == .forbidden)

            let reader = try await AccountFlowTests.registerAndConfirm(app)
            _ = try await AccountFlowTests.logIn(reader)
            #expect(try await reader.get("/newsroom").status == .forbidden)
            #expect(try await FormClient(app).get("/newsroom").headers.first(name: .location)?.hasPrefix("/account/login") == true)
            let bare = try await StaffAndAPISessionTests.makeUser(app, email: "new@news.test", role: .editor)
            _ = bare
            let noFactor = FormClient(app)
            _ = try await noFactor.post("/account/login", ["email": "new@news.test", "password": AccountFlowTests.password])
            #expect(try await noFactor.get("/newsroom").headers.first(name: .location) == "/account/two-factor")
        }
    }

    @Test func anEditorSchedulesAndAStaleSaveShowsTheOtherPersonsChanges() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            _ = try await Fixture.build(app)
            let ed = try await Self.staff(app, "ed@news.test", .editor, clock: clock)
            #expect(try await ed.post("/newsroom/articles/new", Self.form(["edition": "en", "action": "save"])).status == .seeOther)
            let id = try #require(try await Article.query(on: app.db).first()?.id)
            let form = try await ed.get("/newsroom/articles/\(id)")
            #expect(form.text.contains("Publish at (Europe/London)"))
            let scheduled = try await ed.post("/newsroom/articles/\(id)", Self.form([
                "version": "1", "status": "scheduled", "publish_at": "2017-09-23T04:00", "body": "The harbour **reopened** at dawn.", "action": "save"]))
            #expect(scheduled.status == .seeOther)
            let stored = try #require(try await Article.find(id, on: app.db))
            #expect(stored.status == "scheduled" && stored.publishedAt == Date(timeIntervalSince1970: 1_506_132_000 + 3600))
            #expect(try await ed.get("/newsroom").text.contains("Goes live 04:00 GMT+1, 23 September 2017"))
            let byAuthor = try await ed.get("/newsroom?author=\(stored.authorID ?? 0)")
            #expect(byAuthor.text.contains("Matching articles") && byAuthor.text.contains("Harbour reopens"))
            #expect(!(try await ed.get("/newsroom?author=999")).text.contains("Harbour reopens"))

            let stale = try await ed.post("/newsroom/articles/\(id)", Self.form(["version": "1", "title": "Harbour stays shut", "action": "save"]))
            #expect(stale.status == .conflict)
            #expect(stale.text.contains("Changes saved by someone else (now version 2)"))
            #expect(stale.text.contains("+ The harbour **reopened** at dawn."))
            #expect(stale.text.contains("value=\"Harbour stays shut\"") && stale.text.contains("name=\"version\" value=\"2\""))
            #expect(try await Article.find(id, on: app.db)?.title == "Harbour reopens")
        }
    }

    @Test func revisionsShowTheChangesAndAnOldOneCanBeRestored() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            _ = try await Fixture.build(app)
            let ed = try await Self.staff(app, "ed@news.test", .editor, clock: clock)
            _ = try await ed.post("/newsroom/articles/new", Self.form(["edition": "en", "action": "save"]))
            let id = try #require(try await Article.query(on: app.db).first()?.id)
            _ = try await ed.post("/newsroom/articles/\(id)", Self.form(["version": "1", "title": "Harbour reopens to ships",
                                                                          "body": "The harbour reopened.\n\nShips queued.", "action": "save"]))
            let page = try await ed.get("/newsroom/articles/\(id)/revisions")
            #expect(page.status == .ok)
            #expect(page.text.contains("Changes from version 1 to 2"))
            #expect(page.text.contains("<del>Harbour reopens</del>") && page.text.contains("<ins>Harbour reopens to ships</ins>"))
            #expect(page.text.contains("+ Ships queued."))
            let restored = try await ed.post("/newsroom/articles/\(id)/restore", ["version": "1", "current_version": "2"])
            #expect(restored.status == .seeOther)
            let a = try #require(try await Article.find(id, on: app.db))
            #expect(a.title == "Harbour reopens" && a.version == 3)
        }
    }

    @Test(.enabled(if: MediaLibraryTests.hasImageTool)) func photosAreUploadedFromTheLibraryPageAndGalleriesReorderedWithButtons() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            let f = try await Fixture.build(app)
            let ed = try await Self.staff(app, "ed@news.test", .editor, clock: clock)
            _ = try await ed.get("/newsroom/media")
            let jpeg = Array(try Data(contentsOf: URL(fileURLWithPath: MediaLibraryTests.fixture)))
            let form = Multipart(fields: [("csrf_token", ed.csrf ?? ""), ("caption_1", "Ships at dawn"), ("credit_1", "Meridian Press / Ana Ruiz"),
                                          ("alt_1", "Two ships")], file: ("file_1", "ships.jpg", "image/jpeg", jpeg))
            var headers = Multipart.headers(token: nil)
            headers.add(name: .cookie, value: ed.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
            var location = ""
            try await app.testing().test(.POST, "/newsroom/media", headers: headers, body: form.body) { res in
                #expect(res.status == .seeOther)
                location = res.headers.first(name: .location) ?? ""
            }
            let library = try await ed.get(location)
            #expect(library.text.contains("1 photo was added.") && library.text.contains("Ships at dawn"))
            let photo = try #require(try await Media.query(on: app.db).sort(\.$id, .descending).first()?.id)

            var created = try await ed.post("/newsroom/galleries", ["edition": "en", "title": "Harbour week", "photos[]": "\(f.photo)"])
            #expect(created.status == .seeOther)
            let gallery = try #require(try await Gallery.query(on: app.db).first()?.id)
            created = try await ed.post("/newsroom/galleries/\(gallery)", ["title": "Harbour week", "media_0": "\(f.photo)", "add_media": "\(photo)", "action": "add"])
            #expect(created.status == .seeOther)
            let moved = try await ed.post("/newsroom/galleries/\(gallery)", ["title": "Harbour week", "media_0": "\(f.photo)", "media_1": "\(photo)",
                                                                             "caption_1": "Our own caption", "action": "up:1", "published": "on"])
            #expect(moved.status == .seeOther)
            let items = try await GalleryItem.query(on: app.db).filter(\.$galleryID == gallery).sort(\.$position).all()
            #expect(items.map(\.mediaID) == [photo, f.photo] && items.first?.caption == "Our own caption")
            let page = try await ed.get("/newsroom/galleries/\(gallery)")
            #expect(page.text.contains("value=\"down:0\"") && page.text.contains("See it in Multimedia"))
            #expect(try await ed.get("/newsroom/media").text.contains("Gallery: Harbour week"))
        }
    }

    @Test func editorsRenameAndReorderSectionsAndTheOldAddressRedirects() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            let f = try await Fixture.build(app)
            try await f.article(app, title: "Ministers meet")
            let ed = try await Self.staff(app, "ed@news.test", .editor, clock: clock)
            let jo = try await Self.staff(app, "jo@news.test", .journalist, clock: clock)
            #expect(try await jo.get("/newsroom/sections").status == .forbidden)
            #expect(try await ed.get("/newsroom/sections").text.contains("value=\"world\""))
            let renamed = try await ed.post("/newsroom/sections?edition=en", ["name_\(f.world)": "Planet", "slug_\(f.world)": "planet",
                                                                              "action": "save:\(f.world)"])
            #expect(renamed.status == .seeOther)
            try await app.testing().test(.GET, "/section/world") { res in
                #expect(res.status == .movedPermanently && res.headers.first(name: .location) == "/section/planet")
            }
            try await app.testing().test(.GET, "/section/planet") { #expect($0.status == .ok && $0.text.contains("Ministers meet")) }
            #expect(try await ed.post("/newsroom/sections?edition=en", ["action": "down:\(f.world)"]).status == .seeOther)
            let order = try await Section.query(on: app.db).filter(\.$editionID == f.english.id).sort(\.$position).all().map(\.slug)
            #expect(order == ["sport", "planet"])
            #expect(try await ed.post("/newsroom/sections?edition=en", ["name": "Science", "action": "new"]).status == .seeOther)
            let taken = try await ed.post("/newsroom/sections?edition=en", ["name": "Sport again", "slug": "sport", "action": "new"])
            #expect(taken.status == .unprocessableEntity && taken.text.contains("another section of this edition has this address"))
            try await app.testing().test(.GET, "/") { #expect($0.text.contains("href=\"/section/science\"")) }
        }
    }

    @Test func editorsChooseAndOrderTheRecommendedPicks() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            let f = try await Fixture.build(app)
            let a = try await f.article(app, title: "Harbour reopens")
            let b = try await f.article(app, title: "Cup final preview")
            let ed = try await Self.staff(app, "ed@news.test", .editor, clock: clock)
            #expect(try await ed.post("/newsroom/picks?edition=en", ["add": "\(a)", "action": "add"]).status == .seeOther)
            #expect(try await ed.post("/newsroom/picks?edition=en", ["pick_0": "\(a)", "add": "\(b)", "action": "add"]).status == .seeOther)
            #expect(try await ed.post("/newsroom/picks?edition=en", ["pick_0": "\(a)", "pick_1": "\(b)", "action": "up:1"]).status == .seeOther)
            let picks = try await app.newsdesk.articles.recommended(edition: f.english.id, limit: 5, on: app.db).map(\.title)
            #expect(picks == ["Cup final preview", "Harbour reopens"])
            let page = try await ed.get("/newsroom/picks")
            #expect(page.text.contains("value=\"down:0\"") && page.text.contains("Cup final preview"))
            let wrong = try await ed.post("/newsroom/picks?edition=en", ["add": "999", "action": "add"])
            #expect(wrong.status == .unprocessableEntity)
        }
    }
}
