import Fluent
import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

/// Registration, confirmation, log-in and log-out through the pages, with the mail the member receives.
@Suite("Member accounts: registration and log-in")
struct AccountFlowTests {
    static let password = "a long enough passphrase"

    /// Registers through the form and follows the confirmation mail; returns the client still logged out.
    static func registerAndConfirm(_ app: Application, email: String = "reader@example.com", name: String = "Rita Reader") async throws -> FormClient {
        let client = FormClient(app)
        var form = try await client.captchaFields(page: "/account/register")
        form.merge(["email": email, "display_name": name, "password": password, "consent": "on"]) { $1 }
        let res = try await client.post("/account/register", form)
        #expect(res.status == .ok, "\(res.body.string.prefix(300))")
        let mail = try #require(try await MailBox.latest(to: email, app))
        let link = try #require(MailBox.link("/account/confirm", in: mail))
        let confirmed = try await client.get(link)
        #expect(confirmed.status == .ok)
        return client
    }

    static func logIn(_ client: FormClient, email: String = "reader@example.com", password: String = password) async throws -> TestingHTTPResponse {
        try await client.post("/account/login", ["email": email, "password": password])
    }

    @Test func memberRegistersConfirmsLogsInSeesGreetingAndLogsOut() async throws {
        try await withTestApp { app in
            _ = try await Fixture.build(app)
            let client = FormClient(app)
            var form = try await client.captchaFields(page: "/account/register")
            form.merge(["email": "Rita@Example.com", "display_name": "Rita Reader", "password": Self.password, "consent": "on"]) { $1 }
            let res = try await client.post("/account/register", form)
            #expect(res.status == .ok)
            #expect(res.body.string.contains("Check your e-mail"))

            let user = try #require(try await User.query(on: app.db).filter(\.$email == "rita@example.com").first())
            #expect(user.confirmedAt == nil)
            #expect(user.consentVersion == 1)
            #expect(user.consentedAt == fixedNow)
            #expect(user.passwordHash.hasPrefix("$2") && !user.passwordHash.contains(Self.password))
            #expect(user.role == "reader")

            // The mail arrives with both parts and a working link; the link works once.
            let mail = try #require(try await MailBox.latest(to: "rita@example.com", app))
            #expect(mail.contains("Confirm your e-mail address"))
            #expect(mail.contains("text/html") && mail.contains("text/plain"))
            let link = try #require(MailBox.link("/account/confirm", in: mail))
            #expect(try await client.get(link).body.string.contains("Your address is confirmed"))
            #expect(try await User.find(user.requireID(), on: app.db)?.confirmedAt != nil)
            #expect(try await client.get(link).status == .badRequest)

            let login = try await Self.logIn(client, email: "RITA@example.com")
            #expect(login.status == .seeOther)
            let cookie = try #require(login.headers[.setCookie].first { $0.hasPrefix("newsdesk_session=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            let front = try await client.get("/")
            #expect(front.body.string.contains("Hello, Rita Reader!"))
            #expect(front.headers.first(name: .cacheControl) == "private, no-store")
            // Anonymous readers never get the member's page from the cache.
            #expect(!(try await FormClient(app).get("/").body.string.contains("Rita Reader")))

            #expect(try await client.post("/account/logout", [:]).status == .seeOther)
            #expect(try await MemberSession.query(on: app.db).count() == 0)
            #expect(!(try await client.get("/").body.string.contains("Hello, Rita Reader!")))
        }
    }

    @Test func registrationNamesEveryProblemAndKeepsWhatWasTyped() async throws {
        try await withTestApp { app in
            _ = try await Fixture.build(app)
            let client = FormClient(app)
            var form = try await client.captchaFields(page: "/account/register")
            form["captcha_solution"] = ""
            form["captcha_answer"] = "wrong"
            form.merge(["email": "not-an-address", "display_name": "Keeps <Me>", "password": "password1234"]) { $1 }
            let res = try await client.post("/account/register", form)
            #expect(res.status == .unprocessableEntity)
            let html = res.body.string
            #expect(html.contains("value=\"not-an-address\""))
            #expect(html.contains("value=\"Keeps &lt;Me&gt;\""))
            #expect(!html.contains("password1234"))
            #expect(html.contains("Enter an e-mail address"))
            #expect(html.contains("privacy policy to register"))
            #expect(html.range(of: "field__error\" id=\"register-password-error\">", options: .literal) != nil)
            #expect(try await User.query(on: app.db).count() == 0)

            // With the fields right, a wrong captcha answer is still refused.
            form.merge(["email": "ok@example.com", "password": Self.password, "consent": "on"]) { $1 }
            let again = try await client.post("/account/register", form)
            #expect(again.status == .unprocessableEntity)
            #expect(again.body.string.contains("The answer to the check is not right"))
            #expect(try await User.query(on: app.db).count() == 0)
        }
    }

    @Test func captchaWorksWithoutJavaScriptButOnlyOnce() async throws {
        try await withTestApp { app in
            _ = try await Fixture.build(app)
            let client = FormClient(app)
            let html = try await client.get("/account/register").body.string
            let token = try #require(FormClient.hidden("captcha_token", in: html))
            let challenge = try #require(html.range(of: #"What is [a-z]+ (plus|minus|times) [a-z]+\?"#, options: .regularExpression))
            let answer = try Self.solveQuestion(String(html[challenge]))
            var form = ["captcha_token": token, "captcha_answer": String(answer), "email": "a@example.com",
                        "display_name": "A", "password": Self.password, "consent": "on"]
            #expect(try await client.post("/account/register", form).status == .ok)
            form["email"] = "b@example.com"
            let reused = try await client.post("/account/register", form)
            #expect(reused.status == .unprocessableEntity)
            #expect(reused.body.string.contains("already used"))
            #expect(try await User.query(on: app.db).count() == 1)
        }
    }

    static func solveQuestion(_ q: String) throws -> Int {
        let words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                     "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
        let parts = q.dropFirst("What is ".count).dropLast().split(separator: " ").map(String.init)
        let a = try #require(words.firstIndex(of: parts[0]))
        let b = try #require(words.firstIndex(of: parts[2]))
        switch parts[1] {
        case "plus": return a + b
        case "minus": return a - b
        default: return a * b
        }
    }

    @Test func registeringAnExistingAddressRevealsNothingAndMailsTheOwner() async throws {
        try await withTestApp { app in
            _ = try await Fixture.build(app)
            _ = try await Self.registerAndConfirm(app)
            let client = FormClient(app)
            var form = try await client.captchaFields(page: "/account/register")
            form.merge(["email": "reader@example.com", "display_name": "Impostor", "password": "another long passphrase", "consent": "on"]) { $1 }
            let res = try await client.post("/account/register", form)
            #expect(res.status == .ok)
            #expect(res.body.string.contains("Check your e-mail"))
            #expect(try await User.query(on: app.db).count() == 1)
            let mail = try #require(try await MailBox.latest(to: "reader@example.com", app))
            #expect(mail.contains("already have an account"))
        }
    }

    @Test func stateChangingRequestsNeedTheCSRFTokenAndTheSameOrigin() async throws {
        try await withTestApp { app in
            _ = try await Fixture.build(app)
            let client = FormClient(app)
            try await client.get("/account/login")
            #expect(try await client.post("/account/login", ["email": "x@example.com", "password": "y"], csrf: false).status == .forbidden)
            #expect(try await client.post("/account/login", ["email": "x@example.com", "password": "y", "csrf_token": "forged"]).status == .forbidden)
            let crossSite = try await client.post("/account/login", ["email": "x@example.com", "password": "y"],
                                                  headers: ["Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"])
            #expect(crossSite.status == .forbidden)
            #expect(try await client.post("/account/login", ["email": "x@example.com", "password": "wrong password"]).status == .unauthorized)
        }
    }

    @Test func wrongPasswordsAskForACaptchaThenSlowDownOnlyThatAddressAndTheAnswerNeverRevealsTheAddress() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            _ = try await Fixture.build(app)
            let client = try await Self.registerAndConfirm(app)
            let unknown = try await Self.logIn(client, email: "nobody@example.com", password: "whatever it is")
            let wrong = try await Self.logIn(client, password: "not the password")
            #expect(unknown.status == .unauthorized && wrong.status == .unauthorized)
            #expect(unknown.body.string.contains("The e-mail or password is not right."))
            #expect(wrong.body.string.contains("The e-mail or password is not right."))
            #expect(!wrong.body.string.contains("captcha_token"))
            #expect(try await Self.logIn(client, password: "still not the password").status == .unauthorized)
            let third = try await Self.logIn(client, password: "not the password")
            // After three failures the form carries a captcha, and a post without it is not even checked.
            #expect(third.body.string.contains("name=\"captcha_token\""))
            let noCaptcha = try await Self.logIn(client)
            #expect(noCaptcha.status == .unauthorized)
            #expect(noCaptcha.body.string.contains("complete the check"))
            #expect(noCaptcha.body.string.contains("value=\"reader@example.com\""))
            // Two more wrong guesses with the captcha solved, then this account from this address waits.
            var page = noCaptcha.body.string
            for _ in 0..<2 {
                let guess = try await client.post("/account/login", ["email": "reader@example.com", "password": "not the password"]
                    .merging(try FormClient.captchaFields(in: page)) { a, _ in a })
                #expect(guess.status == .unauthorized)
                page = guess.body.string
            }
            let waiting = try await client.post("/account/login", ["email": "reader@example.com", "password": Self.password]
                .merging(try FormClient.captchaFields(in: page)) { a, _ in a })
            #expect(waiting.status == .tooManyRequests)
            #expect(waiting.headers.first(name: .retryAfter).flatMap(Int.init) ?? 0 > 0)
            #expect(waiting.body.string.contains("Too many failed attempts from here"))
            #expect(waiting.body.string.contains("value=\"reader@example.com\""))

            // Nobody else is locked out: a colleague at the same address, and the member from another address.
            _ = try await StaffAndAPISessionTests.makeUser(app, email: "colleague@example.com", role: .reader)
            #expect(try await Self.logIn(FormClient(app), email: "colleague@example.com").status == .seeOther)
            let elsewhere = try await app.newsdesk.accounts.logIn(.init(email: "reader@example.com", password: Self.password, otp: nil,
                                                                        remember: false, ip: "198.51.100.7", kind: "web"), on: app.db)
            #expect(!elsewhere.token.isEmpty)

            // After the wait the right password (with the captcha) gets in, and the counters start again.
            clock.advance(6)
            let form = ["email": "reader@example.com", "password": Self.password]
            let attempt = try await client.post("/account/login", form)
            #expect(attempt.status == .unauthorized)  // the plain log-in page has no captcha: the answer asks for it
            let done = try await client.post("/account/login", form.merging(try FormClient.captchaFields(in: attempt.body.string)) { a, _ in a })
            #expect(done.status == .seeOther)
            #expect(try await LoginThrottleRow.query(on: app.db).filter(\.$key ~~ ["account:reader@example.com", "ip:unknown"]).count() == 0)
        }
    }
}
