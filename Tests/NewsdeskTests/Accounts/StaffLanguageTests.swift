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
            // The reader pages stay in the edition's language.
            #expect(try await desk.get("/").body.string.contains("<html lang=\"en\""))
            #expect(try await desk.get("/account/settings").body.string.contains("<option value=\"ru\" selected>Русский</option>"))

            // Back to the edition's language.
            #expect(try await desk.post("/account/settings/language", ["language": ""]).status == .seeOther)
            #expect(try await User.find(moderator.id, on: app.db)?.language == nil)
            #expect(try await desk.get("/moderation").body.string.contains("<h1>Moderation queue</h1>"))
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
}
