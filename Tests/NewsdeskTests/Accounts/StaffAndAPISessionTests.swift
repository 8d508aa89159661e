import Fluent
import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

@Suite("Roles, the staff second factor, and API sessions")
struct StaffAndAPISessionTests {
    typealias Flow = AccountFlowTests

    static func makeUser(_ app: Application, email: String, role: Role, password: String = Flow.password) async throws -> Int {
        try await app.newsdesk.users.create(.init(email: email, password: password, displayName: email.components(separatedBy: "@")[0],
                                                  role: role, confirmed: true), on: app.db).id
    }

    /// A staff member with the second factor enrolled, and an API session opened with a current code.
    static func enrolledStaffToken(_ app: Application, email: String, role: Role, clock: TestClock, ip: String = "10.0.0.9") async throws -> String {
        let id = try await makeUser(app, email: email, role: role)
        let user = try #require(try await User.find(id, on: app.db))
        let secret = Base32.encode(TOTP.randomSecret())
        user.totpSecret = secret
        user.totpEnabledAt = clock.now
        try await user.update(on: app.db)
        let code = TOTP(secret: try #require(Base32.decode(secret))).code(at: clock.now)
        return try await app.newsdesk.accounts.logIn(.init(email: email, password: Flow.password, otp: code, remember: false,
                                                           ip: ip, kind: "api"), on: app.db).token
    }

    @Test func staffWithoutASecondFactorGetNoAPISessionAndAreToldToEnrol() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            _ = try await Fixture.build(app)
            for role in [Role.moderator, .editor, .journalist, .admin] {
                let email = "\(role.rawValue)@example.com"
                _ = try await Self.makeUser(app, email: email, role: role)
                try await app.testing().test(.POST, "/api/v1/sessions", beforeRequest: { req in
                    try req.content.encode(["email": email, "password": Flow.password], as: .json)
                }) { res in
                    #expect(res.status == .forbidden, "\(role)")
                    let body = try json(res)
                    #expect(body["error"] as? String == "second_factor_required")
                    #expect((body["message"] as? String)?.contains("/account/two-factor") == true)
                }
            }
            #expect(try await MemberSession.query(on: app.db).count() == 0)
            // Once enrolled, the code opens the session and the desk answers.
            let token = try await Self.enrolledStaffToken(app, email: "mod2@example.com", role: .moderator, clock: clock)
            try await app.testing().test(.GET, "/api/v1/moderation/queue", headers: ["Authorization": "Bearer \(token)"]) { res in
                #expect(res.status == .ok)
            }
        }
    }

    @Test func staffMustEnrolTOTPBeforeTheAdminAreaAndThenNeedsItToLogIn() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            _ = try await Fixture.build(app)
            _ = try await Self.makeUser(app, email: "boss@example.com", role: .admin)
            let readerID = try await Self.makeUser(app, email: "reader@example.com", role: .reader)
            let admin = FormClient(app)
            #expect(try await Flow.logIn(admin, email: "boss@example.com").status == .seeOther)
            let blocked = try await admin.get("/admin/users")
            #expect(blocked.status == .seeOther)
            #expect(blocked.headers.first(name: .location) == "/account/two-factor")

            let setup = try await admin.get("/account/two-factor").body.string
            let secretRange = try #require(setup.range(of: #"<code>[A-Z2-7]+</code>"#, options: .regularExpression))
            let secret = String(setup[secretRange].dropFirst(6).dropLast(7))
            #expect(setup.contains("otpauth://totp/"))
            #expect(try await admin.post("/account/two-factor", ["code": "000000"]).status == .unprocessableEntity)
            let code = TOTP(secret: try #require(Base32.decode(secret))).code(at: clock.now)
            #expect(try await admin.post("/account/two-factor", ["code": code]).status == .seeOther)

            let page = try await admin.get("/admin/users")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("reader@example.com"))
            #expect(try await admin.post("/admin/users/\(readerID)/role", ["role": "moderator"]).status == .seeOther)
            #expect(try await User.find(readerID, on: app.db)?.role == "moderator")
            #expect(try await admin.get("/admin/mail").status == .ok)

            // A reader gets 403 on the admin area, checked on the server.
            let reader = FormClient(app)
            _ = try await Self.makeUser(app, email: "plain@example.com", role: .reader)
            try await Flow.logIn(reader, email: "plain@example.com")
            #expect(try await reader.get("/admin/users").status == .forbidden)
            #expect(try await reader.post("/admin/users/\(readerID)/role", ["role": "admin"]).status == .forbidden)

            // From now on the admin's log-in asks for a fresh code; a replayed one is refused.
            let again = FormClient(app)
            let asked = try await Flow.logIn(again, email: "boss@example.com")
            #expect(asked.status == .unauthorized)
            #expect(asked.body.string.contains("Authentication code"))
            #expect(try await again.post("/account/login", ["email": "boss@example.com", "password": Flow.password, "otp": code]).status == .unauthorized)
            clock.advance(30)
            let fresh = TOTP(secret: try #require(Base32.decode(secret))).code(at: clock.now)
            #expect(try await again.post("/account/login", ["email": "boss@example.com", "password": Flow.password, "otp": fresh]).status == .seeOther)
        }
    }

    private func json(_ res: TestingHTTPResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(res.body.readableBytesView)) as? [String: Any])
    }

    @Test func appsGetABearerTokenThatWorksUntilRevoked() async throws {
        try await withTestApp { app in
            _ = try await Fixture.build(app)
            let id = try await Self.makeUser(app, email: "app@example.com", role: .reader)
            var token = ""
            try await app.testing().test(.POST, "/api/v1/sessions", beforeRequest: { req in
                try req.content.encode(["email": "app@example.com", "password": Flow.password], as: .json)
            }) { res in
                #expect(res.status == .created)
                let body = try json(res)
                token = try #require(body["token"] as? String)
                let member = try #require(body["member"] as? [String: Any])
                #expect(member["id"] as? Int == id)
                #expect(member["display_name"] as? String == "app")
                #expect(member["role"] as? String == "reader")
            }
            // Stored hashed, never in clear.
            #expect(try await MemberSession.query(on: app.db).filter(\.$tokenHash == token).count() == 0)
            try await app.testing().test(.GET, "/api/v1/me", headers: ["Authorization": "Bearer \(token)"]) { res in
                #expect(res.status == .ok)
                let value = try json(res)["id"] as? Int
                #expect(value == id)
            }
            try await app.testing().test(.DELETE, "/api/v1/sessions/current", headers: ["Authorization": "Bearer \(token)"]) { res in
                #expect(res.status == .noContent)
            }
            try await app.testing().test(.GET, "/api/v1/me", headers: ["Authorization": "Bearer \(token)"]) { res in
                #expect(res.status == .unauthorized)
                let value = try json(res)["error"] as? String
                #expect(value == "unauthorized")
            }
        }
    }

    @Test func apiAnswers401ForBadCredentials422ForMissingFieldsAnd429WhenLocked() async throws {
        try await withTestApp { app in
            _ = try await Fixture.build(app)
            _ = try await Self.makeUser(app, email: "app@example.com", role: .reader)
            try await app.testing().test(.POST, "/api/v1/sessions", beforeRequest: { req in
                try req.content.encode(["email": "app@example.com"], as: .json)
            }) { res in
                #expect(res.status == .unprocessableEntity)
                let fields = try json(res)["fields"] as? [String: String]
                #expect(fields?["password"] != nil)
            }
            // One address guessing one account: answered 401 until the growing delay starts, then 429 with Retry-After.
            for attempt in 1...6 {
                try await app.testing().test(.POST, "/api/v1/sessions", beforeRequest: { req in
                    try req.content.encode(["email": "app@example.com", "password": "wrong guess \(attempt)"], as: .json)
                }) { res in
                    if attempt <= 5 {
                        #expect(res.status == .unauthorized)
                        let value = try json(res)["error"] as? String
                        #expect(value == "invalid_credentials")
                    } else {
                        #expect(res.status == .tooManyRequests)
                        #expect(res.headers.first(name: .retryAfter).flatMap(Int.init) ?? 0 > 0)
                        let value = try json(res)["error"] as? String
                        #expect(value == "locked")
                    }
                }
            }
        }
    }

    @Test func userTokenCommandPrintsATokenForAutomation() async throws {
        try await withTestApp { app in
            _ = try await Fixture.build(app)
            let id = try await Self.makeUser(app, email: "bot@example.com", role: .editor)
            var context = CommandContext(console: app.console, input: CommandInput(arguments: ["newsdesk", "user", "token", "--email", "bot@example.com"]))
            context.application = app
            try await app.asyncCommands.group().run(using: &context)
            #expect(try await MemberSession.query(on: app.db).filter(\.$userID == id).filter(\.$kind == "api").count() == 1)
        }
    }
}
