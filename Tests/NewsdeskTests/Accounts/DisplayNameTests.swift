import Foundation
import Testing
@testable import Newsdesk

@Suite("One rule for display names")
struct DisplayNameTests {
    @Test(arguments: [
        ("Rita Reader", "Rita Reader"),
        ("  Анна  ", "Анна"),
        ("李雷", "李雷"),
        (String(repeating: "a", count: 60), String(repeating: "a", count: 60)),
    ])
    func acceptsAndTrims(raw: String, expected: String) {
        #expect((try? DisplayName.validated(raw).get()) == expected)
    }

    @Test(arguments: ["", "   ", String(repeating: "a", count: 61), "Rita\u{0007}", "Ri\u{202E}ta", "Rita\nReader", "Zero\u{200B}Width"])
    func refuses(raw: String) {
        guard case .failure(let problem) = DisplayName.validated(raw) else {
            Issue.record("accepted \(raw.debugDescription)")
            return
        }
        #expect(!problem.isEmpty)
    }

    @Test func registrationSettingsAndTheOperatorCommandUseTheSameRule() async throws {
        try await withTestApp { app in
            _ = try await Fixture.build(app)
            await #expect(throws: UserError.invalid(field: "display_name", message: "The display name may not contain control or invisible characters.")) {
                _ = try await app.newsdesk.users.create(.init(email: "op@example.com", password: AccountFlowTests.password,
                                                              displayName: "Op\u{202E}erator", role: .reader, confirmed: true), on: app.db)
            }
            let client = FormClient(app)
            var form = try await client.captchaFields(page: "/account/register")
            form["email"] = "new@example.com"
            form["display_name"] = "Bad\u{202E}Name"
            form["password"] = AccountFlowTests.password
            form["consent"] = "on"
            let page = try await client.post("/account/register", form)
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.string.contains("may not contain control or invisible characters"))
            #expect(page.body.string.contains("value=\"new@example.com\""))
        }
    }
}
