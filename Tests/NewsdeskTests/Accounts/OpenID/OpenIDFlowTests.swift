import Fluent
import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

/// The whole sign-in against a real OpenID Connect provider on 127.0.0.1 (oidc-provider-mock): the authorization
/// request, the provider's own form, the callback, "Do you have an account here?" Yes and No, later sign-ins,
/// unlinking, and each refusal ending in a 4xx page with nothing created.
@Suite("OpenID Connect: sign-in with a real provider", .serialized)
struct OpenIDFlowTests {
    static let password = AccountFlowTests.password

    /// A site offering the provider, with a clock that follows the provider's (its tokens carry real times).
    func withSite(_ server: OpenIDTestServer, clock: TestClock = TestClock(Date()), _ body: (Application) async throws -> Void) async throws {
        var site = try TestSite.make()
        site.openIDProviders = [server.config()]
        try await withTestApp(clock: clock, site: site, body)
    }

    /// Starts a sign-in, authorizes `sub` at the provider and returns the callback's path and query.
    func signIn(_ client: FormClient, _ server: OpenIDTestServer, sub: String?, next: String? = nil) async throws -> String {
        let start = try await client.get(Paths.openIDStart("test", next: next))
        #expect(start.status == .seeOther)
        let authorize = try #require(start.headers.first(name: .location))
        let location = try server.authorize(authorize, sub: sub)
        #expect(location.hasPrefix("http://news.test/account/oidc/test/callback?"), "\(location)")
        return String(location.dropFirst("http://news.test".count))
    }

    func counts(_ app: Application) async throws -> (users: Int, identities: Int) {
        (try await User.query(on: app.db).count(), try await Identity.query(on: app.db).count())
    }

    @Test func authorizationRequestFollowsTheConventions() async throws {
        try await withOpenIDTestServer { server in
            try await withSite(server) { app in
                let login = try await FormClient(app).get("/account/login").body.string
                #expect(login.contains("Continue with Test Provider"))
                #expect(try await FormClient(app).get("/account/register").body.string.contains("Continue with Test Provider"))
                let start = try await FormClient(app).get(Paths.openIDStart("test"))
                #expect(start.status == .seeOther)
                let location = try #require(start.headers.first(name: .location))
                let url = try #require(URLComponents(string: location))
                let query = Dictionary(uniqueKeysWithValues: (url.queryItems ?? []).map { ($0.name, $0.value ?? "") })
                #expect(url.path == "/oauth2/authorize")
                #expect(query["response_type"] == "code")
                #expect(query["scope"] == "openid email profile")
                #expect(query["client_id"] == "newsdesk-test")
                #expect(query["code_challenge_method"] == "S256")
                #expect(query["code_challenge"]?.count == 43)
                #expect((query["state"]?.count ?? 0) >= 32 && (query["nonce"]?.count ?? 0) >= 32)
                #expect(query["redirect_uri"] == "http://news.test/account/oidc/test/callback")
                let cookie = try #require(start.headers[.setCookie].first { $0.hasPrefix(OpenIDController.flowCookie + "=") })
                #expect(cookie.contains("SameSite=Lax") && cookie.contains("HttpOnly") && !cookie.contains("Strict"))
            }
        }
    }

    @Test func answeringNoCreatesAConfirmedMemberWhoLaterSignsInStraightAway() async throws {
        try await withOpenIDTestServer { server in
            try server.setUser("sub-nora", claims: ["email": "Nora@Example.test", "email_verified": true, "name": "Nora North"])
            try await withSite(server) { app in
                let client = FormClient(app)
                let callback = try await client.get(try await signIn(client, server, sub: "sub-nora"))
                #expect(callback.status == .seeOther)
                #expect(callback.headers.first(name: .location) == Paths.openIDContinue())
                let question = try await client.get(Paths.openIDContinue())
                #expect(question.status == .ok)
                let page = question.body.string
                #expect(page.contains("Do you have an account here?"))
                #expect(page.contains(">Yes</button>") && page.contains(">No</button>"))

                let consent = try await client.post(Paths.openIDCreate, ["step": "choose"])
                #expect(consent.status == .ok)
                #expect(consent.body.string.contains("value=\"Nora North\""))
                let refused = try await client.post(Paths.openIDCreate, ["display_name": "Nora North"])
                #expect(refused.status == .unprocessableEntity)
                #expect(try await counts(app) == (0, 0))

                let created = try await client.post(Paths.openIDCreate, ["display_name": "Nora North", "consent": "on"])
                #expect(created.status == .seeOther)
                #expect(created.headers.first(name: .location) == Paths.settings(done: "welcome"))
                let user = try #require(try await User.query(on: app.db).filter(\.$email == "nora@example.test").first())
                #expect(user.confirmedAt != nil)
                #expect(user.consentVersion == 1)
                #expect(!IdentityService.hasPassword(user))
                let identity = try #require(try await Identity.query(on: app.db).first())
                #expect(identity.provider == "test" && identity.subject == "sub-nora" && identity.userID == user.id)
                let settings = try await client.get("/account/settings").body.string
                #expect(settings.contains("Linked account: Test Provider"))

                // Later: straight in, to where the member was going.
                let again = FormClient(app)
                let back = try await again.get(try await signIn(again, server, sub: "sub-nora", next: "/news"))
                #expect(back.status == .seeOther)
                #expect(back.headers.first(name: .location) == "/news")
                #expect(again.cookies[MemberMiddleware.cookieName] != nil)
                #expect(try await counts(app) == (1, 1))

                // The only way in cannot be unlinked.
                _ = try await again.get("/account/settings")
                let unlink = try await again.post(Paths.openIDUnlink, ["identity": String(try identity.requireID())])
                #expect(unlink.status == .conflict)
                #expect(try await counts(app) == (1, 1))
            }
        }
    }

    @Test func answeringNoWithAnUnverifiedAddressSendsAConfirmationMail() async throws {
        try await withOpenIDTestServer { server in
            try server.setUser("sub-uma", claims: ["email": "uma@example.test", "email_verified": false, "name": "Uma"])
            try await withSite(server) { app in
                // Started from the Russian edition's log-in page: the pages after the provider stay in Russian.
                _ = try await Fixture.build(app)
                let client = FormClient(app)
                let start = try await client.post(Paths.openIDStart("test"), ["lang": "ru"])
                let location = try server.authorize(try #require(start.headers.first(name: .location)), sub: "sub-uma")
                let callback = try await client.get(String(location.dropFirst("http://news.test".count)))
                #expect(callback.headers.first(name: .location) == Paths.openIDContinue(lang: "ru"))
                let question = try await client.get(Paths.openIDContinue(lang: "ru")).body.string
                #expect(question.contains("<html lang=\"ru\"") && question.contains("name=\"lang\" value=\"ru\""))
                let created = try await client.post(Paths.openIDCreate, ["display_name": "Uma U", "consent": "on", "lang": "ru"])
                #expect(created.status == .seeOther)
                let user = try #require(try await User.query(on: app.db).filter(\.$email == "uma@example.test").first())
                #expect(user.confirmedAt == nil)
                let mail = try #require(try await MailBox.latest(to: "uma@example.test", app))
                #expect(MailBox.link("/account/confirm", in: mail) != nil)
            }
        }
    }

    @Test func anAddressThatBelongsToAMemberIsNeverLinkedSilently() async throws {
        try await withOpenIDTestServer { server in
            try server.setUser("sub-ana", claims: ["email": "ana@example.test", "email_verified": true, "name": "Ana"])
            try server.setUser("sub-fake", claims: ["email": "ana@example.test", "email_verified": false, "name": "Not Ana"])
            try await withSite(server) { app in
                _ = try await app.newsdesk.users.create(.init(email: "ana@example.test", password: Self.password, displayName: "Ana",
                                                              role: .reader, confirmed: true), on: app.db)
                for sub in ["sub-ana", "sub-fake"] {
                    let client = FormClient(app)
                    let callback = try await client.get(try await signIn(client, server, sub: sub))
                    #expect(callback.headers.first(name: .location) == Paths.openIDContinue())
                    for form in [["step": "choose"], ["display_name": "Ana", "consent": "on"]] {
                        let refused = try await client.post(Paths.openIDCreate, form)
                        #expect(refused.status == .conflict)
                        #expect(refused.body.string.contains("already uses this e-mail address"))
                    }
                    #expect(try await counts(app) == (1, 0))
                }
            }
        }
    }

    @Test func answeringYesLinksAfterThePasswordAndThenUnlinks() async throws {
        try await withOpenIDTestServer { server in
            try server.setUser("sub-yan", claims: ["email": "yan@elsewhere.test", "email_verified": true, "name": "Yan"])
            try await withSite(server) { app in
                _ = try await app.newsdesk.users.create(.init(email: "yan@example.test", password: Self.password, displayName: "Yan",
                                                              role: .reader, confirmed: true), on: app.db)
                let client = FormClient(app)
                _ = try await client.get(try await signIn(client, server, sub: "sub-yan"))
                let form = try await client.post(Paths.openIDLink, ["step": "choose"])
                #expect(form.status == .ok)
                #expect(form.body.string.contains("Log in and link Test Provider"))
                let wrong = try await client.post(Paths.openIDLink, ["email": "yan@example.test", "password": "not the password at all"])
                #expect(wrong.status == .unauthorized)
                #expect(try await counts(app) == (1, 0))
                let linked = try await client.post(Paths.openIDLink, ["email": "yan@example.test", "password": Self.password])
                #expect(linked.status == .seeOther)
                #expect(linked.headers.first(name: .location) == Paths.settings(done: "linked"))
                let identity = try #require(try await Identity.query(on: app.db).first())
                #expect(identity.subject == "sub-yan")

                let again = FormClient(app)
                #expect(try await again.get(try await signIn(again, server, sub: "sub-yan")).status == .seeOther)
                #expect(again.cookies[MemberMiddleware.cookieName] != nil)

                // A password remains, so the link can go.
                let unlink = try await client.post(Paths.openIDUnlink, ["identity": String(try identity.requireID())])
                #expect(unlink.status == .seeOther)
                #expect(try await counts(app) == (1, 0))
            }
        }
    }

    @Test func aSignedInMemberLinksFromTheSettingsButNotAnAccountLinkedToSomeoneElse() async throws {
        try await withOpenIDTestServer { server in
            try server.setUser("sub-lea", claims: ["email": "lea@elsewhere.test", "email_verified": true, "name": "Lea"])
            try await withSite(server) { app in
                for email in ["lea@example.test", "max@example.test"] {
                    _ = try await app.newsdesk.users.create(.init(email: email, password: Self.password, displayName: "Member",
                                                                  role: .reader, confirmed: true), on: app.db)
                }
                let lea = FormClient(app)
                #expect(try await AccountFlowTests.logIn(lea, email: "lea@example.test").status == .seeOther)
                let settings = try await lea.get("/account/settings").body.string
                #expect(settings.contains("Link Test Provider"))
                let start = try await lea.post(Paths.openIDStart("test"), [:])
                #expect(start.status == .seeOther)
                let location = try server.authorize(try #require(start.headers.first(name: .location)), sub: "sub-lea")
                let linked = try await lea.get(String(location.dropFirst("http://news.test".count)))
                #expect(linked.headers.first(name: .location) == Paths.settings(done: "linked"))
                let page = try await lea.get(Paths.settings(done: "linked")).body.string
                #expect(page.contains("Linked account: Test Provider") && page.contains("Unlink Test Provider"))
                #expect(!page.contains(">Link Test Provider<"))

                // The same outside account cannot be linked to a second member.
                let max = FormClient(app)
                #expect(try await AccountFlowTests.logIn(max, email: "max@example.test").status == .seeOther)
                let again = try await max.post(Paths.openIDStart("test"), [:])
                let back = try server.authorize(try #require(again.headers.first(name: .location)), sub: "sub-lea")
                let refused = try await max.get(String(back.dropFirst("http://news.test".count)))
                #expect(refused.status == .conflict)
                #expect(try await Identity.query(on: app.db).count() == 1)
            }
        }
    }

    @Test func aDeletedMemberCannotSignInFromOutsideEither() async throws {
        try await withOpenIDTestServer { server in
            try await withSite(server) { app in
                let created = try await app.newsdesk.users.create(.init(email: "del@example.test", password: Self.password, displayName: "Del",
                                                                        role: .reader, confirmed: true), on: app.db)
                try await Identity(provider: "test", subject: "sub-del", userID: created.id, createdAt: Date()).create(on: app.db)
                let user = try #require(try await User.find(created.id, on: app.db))
                user.status = "deleted"
                try await user.update(on: app.db)
                let client = FormClient(app)
                let refused = try await client.get(try await signIn(client, server, sub: "sub-del"))
                #expect(refused.status == .forbidden)
                #expect(refused.body.string.contains("is deleted"))
                #expect(client.cookies[MemberMiddleware.cookieName] == nil)
                #expect(try await MemberSession.query(on: app.db).count() == 0)
            }
        }
    }

    @Test func staffStillNeedTheirSecondFactor() async throws {
        try await withOpenIDTestServer { server in
            try await withSite(server) { app in
                let created = try await app.newsdesk.users.create(.init(email: "mod@example.test", password: Self.password, displayName: "Mo",
                                                                        role: .moderator, confirmed: true), on: app.db)
                let user = try #require(try await User.find(created.id, on: app.db))
                let secret = Base32.encode(Array(repeating: 7, count: 20))
                user.totpSecret = secret
                user.totpEnabledAt = Date()
                try await user.update(on: app.db)
                try await Identity(provider: "test", subject: "sub-mod", userID: created.id, createdAt: Date()).create(on: app.db)
                let client = FormClient(app)
                let page = try await client.get(try await signIn(client, server, sub: "sub-mod"))
                #expect(page.status == .ok)
                #expect(page.body.string.contains("Enter your authentication code"))
                #expect(client.cookies[MemberMiddleware.cookieName] == nil)
                #expect(try await client.post(Paths.openIDSecondFactor, ["otp": "000000"]).status == .unprocessableEntity)
                let code = TOTP(secret: try #require(Base32.decode(secret))).code(at: app.newsdesk.clock.now())
                let done = try await client.post(Paths.openIDSecondFactor, ["otp": code])
                #expect(done.status == .seeOther)
                #expect(client.cookies[MemberMiddleware.cookieName] != nil)
            }
        }
    }

    @Test func tamperedReplayedDeniedAndForeignCallbacksAreRefusedAndCreateNothing() async throws {
        try await withOpenIDTestServer { server in
            try server.setUser("sub-tom", claims: ["email": "tom@example.test", "email_verified": true, "name": "Tom"])
            try await withSite(server) { app in
                // A changed state.
                let client = FormClient(app)
                let callback = try await signIn(client, server, sub: "sub-tom")
                let tampered = callback.replacingOccurrences(of: "state=", with: "state=x")
                let refused = try await client.get(tampered)
                #expect(refused.status == .badRequest)
                #expect(refused.body.string.contains("start again"))
                // The browser that did not start the sign-in (no cookie) is refused too.
                #expect(try await FormClient(app).get(callback).status == .badRequest)

                // The same callback twice: the state works once.
                let replay = FormClient(app)
                let first = try await signIn(replay, server, sub: "sub-tom")
                let flowCookie = try #require(replay.cookies[OpenIDController.flowCookie])
                #expect(try await replay.get(first).status == .seeOther)
                replay.cookies[OpenIDController.flowCookie] = flowCookie
                #expect(try await replay.get(first).status == .badRequest)

                // A code already redeemed, brought back with a fresh state: the provider refuses it.
                let code = try #require(URLComponents(string: first)?.queryItems?.first { $0.name == "code" }?.value)
                let fresh = try await signIn(replay, server, sub: "sub-tom")
                var parts = try #require(URLComponents(string: fresh))
                parts.queryItems = parts.queryItems?.map { $0.name == "code" ? URLQueryItem(name: "code", value: code) : $0 }
                let reused = try await replay.get(try #require(parts.string))
                #expect(reused.status == .badRequest)
                #expect(reused.body.string.contains("did not accept this sign-in"))

                // The person pressed Deny at the provider.
                let denied = FormClient(app)
                let back = try await denied.get(try await signIn(denied, server, sub: nil))
                #expect(back.status == .unauthorized)

                // No waiting sign-in: the question and its answers are refused.
                #expect(try await FormClient(app).get(Paths.openIDContinue()).status == .badRequest)
                #expect(try await FormClient(app).post(Paths.openIDCreate, ["display_name": "T", "consent": "on"]).status == .badRequest)
                #expect(try await counts(app) == (0, 0))
            }
        }
    }

    @Test func anExpiredIDTokenIsRefused() async throws {
        try await withOpenIDTestServer(tokenMaxAge: 5) { server in
            let clock = TestClock(Date())
            try await withSite(server, clock: clock) { app in
                let client = FormClient(app)
                let callback = try await signIn(client, server, sub: "sub-late")
                clock.advance(5 + IDTokenRules.leeway + 30)
                let refused = try await client.get(callback)
                #expect(refused.status == .unauthorized)
                #expect(refused.body.string.contains("has expired"))
                #expect(try await counts(app) == (0, 0))
            }
        }
    }

    @Test func anUnreachableProviderIsShownAsUnavailableAndTheLoginPageStillWorks() async throws {
        var site = try TestSite.make()
        site.openIDProviders = [OpenIDProviderConfig(name: "gone", issuer: "http://127.0.0.1:\(try await closedPort())", clientID: "c",
                                                     clientSecret: nil, label: "Gone")]
        try await withTestApp(site: site) { app in
            await app.newsdesk.openID.loadAll(now: app.newsdesk.clock.now())
            let login = try await FormClient(app).get("/account/login")
            #expect(login.status == .ok)
            #expect(login.body.string.contains("Continue with Gone"))
            #expect(login.body.string.contains("Gone is unavailable right now"))
            #expect(try await FormClient(app).get(Paths.openIDStart("gone")).status == .serviceUnavailable)
            #expect(try await FormClient(app).get(Paths.openIDStart("nobody")).status == .notFound)
        }
    }

    @Test func withoutProvidersThePagesOfferNone() async throws {
        try await withTestApp { app in
            let login = try await FormClient(app).get("/account/login").body.string
            let register = try await FormClient(app).get("/account/register").body.string
            #expect(!login.contains("Continue with") && !register.contains("Continue with"))
        }
    }
}
