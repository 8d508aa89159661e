import Fluent
import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

/// Staff choose the language of the staff pages in their settings; readers are not offered the choice.
@Suite("Staff language")
struct StaffLanguageTests {
    @Test func moderatorChoosesRussianAndSeesTheDeskInRussianAndAnUnknownLanguageIsRefused() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            _ = try await DiscussionTests.setup(app)
            let (desk, moderator) = try await ModerationTests.moderator(app, clock: clock)
            let settings = try await desk.get("/account/settings").body.string
            #expect(settings.contains("action=\"/account/settings/language\""))
            #expect(settings.contains("<option value=\"ru\">Русский</option>"))
            #expect(try await desk.get("/moderation").body.string.contains("<h1>Moderation queue</h1>"))

            let refused = try await desk.post("/account/settings/language", ["language": "xx"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Choose one of the offered languages."))
            #expect(try await User.find(moderator.id, on: app.db)?.language == nil)

            #expect(try await desk.post("/account/settings/language", ["language": "ru"]).status == .seeOther)
            #expect(try await User.find(moderator.id, on: app.db)?.language == "ru")
            let queue = try await desk.get("/moderation").body.string
            #expect(queue.contains("<html lang=\"ru\""))
            #expect(queue.contains("<h1>Очередь модерации</h1>"))
            #expect(queue.contains("Решения ничего не ждёт."))
            #expect(!queue.contains("Moderation queue"))
            #expect(try await desk.get("/moderation/audit").body.string.contains("<th scope=\"col\">Когда</th>"))
            #expect(try await desk.get("/moderation/unblock-requests").body.string.contains("Открытых просьб нет."))
            #expect(try await desk.get("/moderation/report").body.string.contains("Как часто модераторы отменяли решения проверки"))
            // A refused action says what to do, in Russian too.
            let unticked = try await desk.post("/moderation/bulk", ["action": "approve"])
            #expect(unticked.status == .unprocessableEntity)
            #expect(unticked.body.string.contains("Отметьте комментарии, по которым принимаете решение."))
            // The reader pages stay in the edition's language.
            #expect(try await desk.get("/").body.string.contains("<html lang=\"en\""))
            #expect(try await desk.get("/account/settings").body.string.contains("<option value=\"ru\" selected>Русский</option>"))

            // Back to the edition's language.
            #expect(try await desk.post("/account/settings/language", ["language": ""]).status == .seeOther)
            #expect(try await User.find(moderator.id, on: app.db)?.language == nil)
            #expect(try await desk.get("/moderation").body.string.contains("<h1>Moderation queue</h1>"))
        }
    }

    @Test func theStaffAreasAreTheNewsroomTheDeskAndTheAdminPages() {
        for path in ["/newsroom", "/newsroom/articles/3/live", "/moderation", "/moderation/audit", "/admin/users"] {
            #expect(ErrorPageMiddleware.isStaffArea(path), "\(path)")
        }
        for path in ["/", "/news", "/ru/newsroom", "/newsroomx", "/articles/newsroom", "/account/settings"] {
            #expect(!ErrorPageMiddleware.isStaffArea(path), "\(path)")
        }
    }

    @Test func readersAreNotOfferedTheStaffLanguage() async throws {
        try await withTestApp { app in
            _ = try await Fixture.build(app)
            let client = try await AccountFlowTests.registerAndConfirm(app)
            try await AccountFlowTests.logIn(client)
            #expect(!(try await client.get("/account/settings").body.string.contains("/account/settings/language")))
            #expect(try await client.post("/account/settings/language", ["language": "ru"]).status == .forbidden)
        }
    }

    /// An editor who chooses Russian gets the newsroom's list, the editor (words, notices, the services' field
    /// messages) and the live desk in Russian, with Russian dates in the edition's zone; the reader site stays English.
    @Test func editorChoosesRussianAndTheNewsroomAndTheLiveDeskSpeakItWhileReadersStayInEnglish() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            _ = try await Fixture.build(app)
            let chief = try await NewsroomPagesTests.staff(app, "chief@news.test", .editor, clock: clock)
            #expect(try await chief.get("/newsroom").text.contains("<h1>Newsroom</h1>"))
            #expect(try await chief.post("/account/settings/language", ["language": "ru"]).status == .seeOther)

            let home = try await chief.get("/newsroom").text
            #expect(home.contains("<html lang=\"ru\"") && home.contains("<h1>Редакция</h1>") && home.contains("<h2>Мои черновики</h2>"))
            #expect(home.contains("Черновиков нет. Начните новый материал.") && !home.contains("My drafts"))

            let refused = try await chief.post("/newsroom/articles/new", NewsroomPagesTests.form(["edition": "en", "title": " ", "action": "save"]))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("Материал не сохранён: исправьте отмеченное."))
            #expect(refused.text.contains("<p class=\"field__error\">заголовок — от 1 до 200 символов</p>"))
            #expect(!refused.text.contains("a headline needs"))

            let saved = try await chief.post("/newsroom/articles/new", NewsroomPagesTests.form([
                "edition": "en", "status": "published", "live_blog": "on", "action": "save"]))
            #expect(saved.status == .seeOther)
            let id = try #require(try await Article.query(on: app.db).first()?.id)
            let editor = try await chief.get("/newsroom/articles/\(id)?done=saved").text
            #expect(editor.contains("<h1>Правка: Harbour reopens</h1>") && editor.contains("Сохранено (версия 1)."))
            #expect(editor.contains("<label for=\"title\">Заголовок</label>") && editor.contains(">Записи трансляции</a>"))
            let list = try await chief.get("/newsroom").text
            #expect(list.contains(">Опубликован</span>") && list.contains("Опубликован 01:51 GMT+1, 23 сентября 2017"))
            #expect(!list.contains("September"))
            let revisions = try await chief.get("/newsroom/articles/\(id)/revisions").text
            #expect(revisions.contains("<h1>Версии: Harbour reopens</h1>") && revisions.contains(">01:51 GMT+1, 23 сентября 2017</time>"))

            let desk = try await chief.get("/newsroom/articles/\(id)/live").text
            #expect(desk.contains("<h1>Трансляция: Harbour reopens</h1>") && desk.contains("<h2>Новая запись</h2>") && !desk.contains("Post entry"))
            let notNumber = try await chief.post("/newsroom/articles/\(id)/live", ["text_markdown": "Ships queue", "media_id": "abc"])
            #expect(notNumber.status == .unprocessableEntity && notNumber.text.contains("Запись не опубликована: номер или пусто"))
            #expect(try await chief.post("/newsroom/articles/\(id)/live", ["text_markdown": "The first ship is in."]).status == .seeOther)
            let posted = try await chief.get("/newsroom/articles/\(id)/live?done=posted").text
            #expect(posted.contains("Запись опубликована.") && posted.contains(">01:51 GMT+1, 23 сентября 2017</time>"))

            // A refusal in the newsroom comes in the staff member's language too.
            #expect(try await chief.post("/newsroom/articles/new", NewsroomPagesTests.form(["edition": "en", "title": "Chief's draft"])).status == .seeOther)
            let draft = try #require(try await Article.query(on: app.db).filter(\.$title == "Chief's draft").first()?.id)
            let jo = try await NewsroomPagesTests.staff(app, "jo@news.test", .journalist, clock: clock)
            #expect(try await jo.post("/account/settings/language", ["language": "ru"]).status == .seeOther)
            let forbidden = try await jo.get("/newsroom/articles/\(draft)")
            #expect(forbidden.status == .forbidden)
            #expect(forbidden.text.contains("<html lang=\"ru\"") && forbidden.text.contains("Этот черновик принадлежит другому журналисту."))

            // The reader site, for this editor too, stays in the edition's language.
            let front = try await chief.get("/").text
            #expect(front.contains("<html lang=\"en\"") && !front.contains("Редакция"))
            let article = try await chief.get("/articles/harbour-reopens").text
            #expect(article.contains("<html lang=\"en\"") && article.contains("Harbour reopens") && !article.contains("сентября"))
        }
    }

    /// A limit's message with its figure reads right in Russian: the wait in the right plural form.
    @Test func aRateLimitOnTheRussianEditionSaysHowLongToWaitInRussian() async throws {
        try await withTestApp { app in
            _ = try await Fixture.build(app)
            let client = FormClient(app)
            for i in 1...10 {
                var form = try await client.captchaFields(page: "/ru/account/register")
                form.merge(["email": "reader\(i)@example.com", "display_name": "Reader \(i)", "password": AccountFlowTests.password,
                            "consent": "on"]) { $1 }
                #expect(try await client.post("/ru/account/register", form).status == .ok)
            }
            var form = try await client.captchaFields(page: "/ru/account/register")
            form.merge(["email": "late@example.com", "display_name": "Late", "password": AccountFlowTests.password, "consent": "on"]) { $1 }
            let refused = try await client.post("/ru/account/register", form)
            #expect(refused.status == .tooManyRequests)
            let wait = RateLimitTests.retryAfter(refused.headers)
            let word = switch PluralRules.category(wait, language: "ru") {
            case .one: "секунду"
            case .few: "секунды"
            default: "секунд"
            }
            let html = refused.body.string
            #expect(html.contains("Слишком много запросов; подождите \(wait) \(word) и попробуйте снова."), "\(wait): \(html.prefix(300))")
            #expect(!html.contains("Too many requests"))
        }
    }
}

