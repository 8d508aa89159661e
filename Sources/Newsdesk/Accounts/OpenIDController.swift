import Fluent
import Foundation
import Vapor

/// Sign-in with an outside account (OpenID Connect): start, the provider's callback, the first sign-in's
/// "Do you have an account here?" with its Yes (log in, then link) and No (consent, then a new member), the second
/// factor, and unlinking. What the browser carries between steps is sealed (`SealedValues`) in cookies scoped to
/// `/account/oidc` with SameSite=Lax, so they come back on the provider's cross-site redirect to the callback.
struct OpenIDController: RouteCollection {
    static let flowCookie = "newsdesk_oidc_flow"
    static let pendingCookie = "newsdesk_oidc_pending"
    static let stepCookie = "newsdesk_oidc_step"
    static let cookiePath = "/account/oidc"
    /// Time allowed at the provider; the state is used once within it.
    static let flowLifetime: TimeInterval = 600
    /// Time to answer "Do you have an account here?" and finish either answer.
    static let pendingLifetime: TimeInterval = 900
    static let stepLifetime: TimeInterval = 300

    /// A sign-in on its way to the provider and back.
    struct Flow: Codable {
        var provider: String
        var state: String
        var nonce: String
        var verifier: String
        var next: String
        /// Set when a signed-in member started it from the settings: link instead of signing in.
        var linkUserID: Int?
        /// The language of the page the sign-in started from, for the pages after it.
        var lang: String?
        var expires: Date
    }

    struct Pending: Codable {
        var identity: IdentityService.Verified
        var label: String
        var next: String
        var expires: Date
    }

    struct Step: Codable {
        var userID: Int
        var next: String
        var expires: Date
    }

    private let pages = AccountController()

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.accountOpenIDStart, use: start)
        routes.post(.accountOpenIDStart, use: start)
        routes.get(.accountOpenIDCallback, use: callback)
        routes.get(.accountOpenIDContinue, use: question)
        routes.post(.accountOpenIDLink, use: link)
        routes.post(.accountOpenIDCreate, use: create)
        routes.post(.accountOpenIDSecondFactor, use: secondFactor)
        routes.post(.accountOpenIDUnlink, use: unlink)
    }

    // MARK: Start and callback

    @Sendable func start(req: Request) async throws -> Response {
        let client = req.newsdesk.openID
        let provider = try client.provider(named: req.parameters.get("provider") ?? "")
        let now = req.newsdesk.clock.now()
        let next = AccountController.safeNext((try? req.query.get(String.self, at: "next")) ?? (try? req.content.get(String.self, at: "next")))
        let flow = Flow(provider: provider.name, state: PKCE.randomURLSafe(bytes: 32), nonce: PKCE.randomURLSafe(bytes: 32),
                        verifier: PKCE.generate().verifier, next: next, linkUserID: req.member?.id, lang: try await pages.language(req),
                        expires: now.addingTimeInterval(Self.flowLifetime))
        let url = try await client.authorizationURL(provider, redirectURI: Self.redirectURI(req, provider.name), state: flow.state,
                                                    nonce: flow.nonce, pkce: PKCE(verifier: flow.verifier), now: now)
        let response = req.redirect(to: url)
        setCookie(response, req, Self.flowCookie, try sealer(req).seal(flow), lifetime: Self.flowLifetime)
        return response
    }

    /// The address registered at the provider: `NEWSDESK_BASE_URL` (or this request's origin) + the callback path.
    static func redirectURI(_ req: Request, _ provider: String) -> String {
        req.siteOrigin + Paths.openIDCallback(provider)
    }

    @Sendable func callback(req: Request) async throws -> Response {
        let client = req.newsdesk.openID
        let provider = try client.provider(named: req.parameters.get("provider") ?? "")
        let now = req.newsdesk.clock.now()
        let returned = (try? req.query.get(String.self, at: "state")) ?? ""
        let flow = (req.cookies[Self.flowCookie]?.string).flatMap { sealer(req).open($0, as: Flow.self) }
        // The person cancelled or the provider refused: nothing is used, so this is answered even when the
        // provider leaves the state out of its error redirect (some do).
        if let error = try? req.query.get(String.self, at: "error") {
            let description = (try? req.query.get(String.self, at: "error_description")) ?? error
            throw OpenIDError.providerRefused(String(description.prefix(200)))
        }
        guard let flow, flow.provider == provider.name, flow.expires > now, !returned.isEmpty,
              IDTokenRules.constantTimeEqual(returned, flow.state) else { throw OpenIDError.stateInvalid }
        try await req.newsdesk.identities.useState(flow.state, expiresAt: flow.expires, on: req.db)
        guard let code = try? req.query.get(String.self, at: "code"), !code.isEmpty, code.count <= 2048 else {
            throw OpenIDError.codeRejected("no code")
        }
        let claims = try await client.redeem(provider, code: code, verifier: flow.verifier, redirectURI: Self.redirectURI(req, provider.name),
                                             nonce: flow.nonce, transport: VaporOpenIDTransport(client: req.client), now: now)
        let identity = IdentityService.Verified(provider: provider.name, subject: claims.sub, email: claims.email?.lowercased(),
                                                emailVerified: claims.emailIsVerified, name: claims.suggestedName)
        let identities = req.newsdesk.identities
        if let userID = flow.linkUserID, let member = req.member, member.id == userID {
            try await identities.link(identity, to: member.id, on: req.db)
            return cleared(req.redirect(to: Paths.settings(done: "linked")), req, Self.flowCookie)
        }
        switch try await identities.signIn(identity, on: req.db) {
        case .session(let token, _):
            return cleared(pages.signIn(req, token: token, remember: false, to: flow.next), req, Self.flowCookie)
        case .secondFactor(let userID):
            let response = try await pages.show(req) { AccountPages.openIDSecondFactor($0) }
            setCookie(response, req, Self.stepCookie,
                      try sealer(req).seal(Step(userID: userID, next: flow.next, expires: now.addingTimeInterval(Self.stepLifetime))),
                      lifetime: Self.stepLifetime)
            return cleared(response, req, Self.flowCookie)
        case .unknown:
            let pending = Pending(identity: identity, label: provider.label, next: flow.next, expires: now.addingTimeInterval(Self.pendingLifetime))
            let response = req.redirect(to: Paths.openIDContinue(lang: flow.lang == "en" ? nil : flow.lang))
            setCookie(response, req, Self.pendingCookie, try sealer(req).seal(pending), lifetime: Self.pendingLifetime)
            return cleared(response, req, Self.flowCookie)
        }
    }

    // MARK: "Do you have an account here?"

    @Sendable func question(req: Request) async throws -> Response {
        let pending = try self.pending(req)
        return try await pages.show(req) { AccountPages.openIDQuestion($0, label: pending.label, email: pending.identity.email) }
    }

    /// "Yes": the log-in form, then the log-in (password, captcha after failures, second factor) and the link.
    @Sendable func link(req: Request) async throws -> Response {
        let pending = try self.pending(req)
        let identities = req.newsdesk.identities
        if try await identities.isLinked(pending.identity, on: req.db) { throw OpenIDError.identityTaken }
        if pages.field(req, "step") == "choose" {
            return try await pages.show(req) {
                AccountPages.openIDLinkLogin($0, label: pending.label, .init(email: pending.identity.email ?? ""))
            }
        }
        let email = pages.field(req, "email")
        let accounts = req.newsdesk.accounts
        do {
            let (token, member) = try await accounts.logIn(.init(
                email: email, password: pages.field(req, "password"), otp: pages.field(req, "otp"), remember: false,
                ip: req.clientIP, kind: "web", captchaToken: pages.field(req, "captcha_token"),
                captchaSolution: pages.field(req, "captcha_solution"), captchaAnswer: pages.field(req, "captcha_answer")), on: req.db)
            do {
                try await identities.link(pending.identity, to: member.id, on: req.db)
            } catch {
                try await accounts.sessions.revoke(sessionID: member.sessionID, on: req.db)
                throw error
            }
            return cleared(pages.signIn(req, token: token, remember: false, to: Paths.settings(done: "linked")), req, Self.pendingCookie)
        } catch let failure as AccountError {
            var state = AccountPages.LinkState(email: email)
            var captcha = try await accounts.logInNeedsCaptcha(email: email, ip: req.clientIP, on: req.db)
            switch failure {
            case .otpRequired:
                state.showOTP = true
                state.otpError = "Enter the code from your authenticator app."
            case .captchaRequired:
                state.error = "Several attempts failed: please also complete the check below."
                captcha = true
            case .invalid(let fields) where fields["captcha"] != nil:
                state.captchaError = fields["captcha"]
                captcha = true
            default:
                state.error = failure.answer.message
            }
            if captcha { state.captcha = accounts.challenge(purpose: "login", language: try await pages.language(req), ip: req.clientIP) }
            let response = try await pages.show(req) { AccountPages.openIDLinkLogin($0, label: pending.label, state) }
            return pages.refused(response, failure.answer)
        }
    }

    /// "No": the consent form, then a new member from the outside account.
    @Sendable func create(req: Request) async throws -> Response {
        let pending = try self.pending(req)
        let identities = req.newsdesk.identities
        let lang = try await pages.language(req)
        let version = try await req.newsdesk.accounts.policies.current(slug: PolicyPages.privacy, language: lang, on: req.db)?.version ?? 1
        let identity = pending.identity
        func form(_ name: String, errors: [String: String] = [:], status: HTTPStatus = .ok) async throws -> Response {
            try await pages.show(req, status: status) {
                AccountPages.openIDCreate($0, label: pending.label, email: identity.email ?? "", emailVerified: identity.emailVerified,
                                          name: name, policyVersion: version, errors: errors)
            }
        }
        if pages.field(req, "step") == "choose" {
            try await identities.checkNewMember(identity, on: req.db)
            return try await form(identity.name)
        }
        let name = pages.field(req, "display_name")
        do {
            let (token, _) = try await identities.createMember(.init(
                identity: identity, displayName: name, consent: pages.field(req, "consent") == "on", language: lang,
                origin: req.siteOrigin, ip: req.clientIP), on: req.db)
            return cleared(pages.signIn(req, token: token, remember: false, to: Paths.settings(done: "welcome")), req, Self.pendingCookie)
        } catch let failure as AccountError {
            let answer = failure.answer
            return pages.refused(try await form(name, errors: pages.formErrors(answer), status: answer.status), answer)
        }
    }

    @Sendable func secondFactor(req: Request) async throws -> Response {
        let now = req.newsdesk.clock.now()
        guard let raw = req.cookies[Self.stepCookie]?.string, let step = sealer(req).open(raw, as: Step.self), step.expires > now else {
            throw OpenIDError.noPendingSignIn
        }
        do {
            let token = try await req.newsdesk.identities.completeSecondFactor(userID: step.userID, code: pages.field(req, "otp"),
                                                                               ip: req.clientIP, on: req.db)
            return cleared(pages.signIn(req, token: token, remember: false, to: step.next), req, Self.stepCookie)
        } catch AccountError.invalid(let fields) {
            return try await pages.show(req, status: .unprocessableEntity) { AccountPages.openIDSecondFactor($0, error: fields["otp"]) }
        }
    }

    @Sendable func unlink(req: Request) async throws -> Response {
        guard let member = req.member else { return req.redirect(to: Paths.login(next: Paths.settings())) }
        guard let id = Int(pages.field(req, "identity")) else { throw OpenIDError.notLinked }
        _ = try await req.newsdesk.identities.unlink(member, identityID: id, on: req.db)
        return req.redirect(to: Paths.settings(done: "unlinked"))
    }

    // MARK: Cookies

    private func pending(_ req: Request) throws -> Pending {
        guard let raw = req.cookies[Self.pendingCookie]?.string, let pending = sealer(req).open(raw, as: Pending.self),
              pending.expires > req.newsdesk.clock.now() else { throw OpenIDError.noPendingSignIn }
        return pending
    }

    private func sealer(_ req: Request) -> SealedValues {
        SealedValues(secret: req.newsdesk.config.secretKey, purpose: "oidc")
    }

    private func setCookie(_ response: Response, _ req: Request, _ name: String, _ value: String, lifetime: TimeInterval) {
        response.cookies[name] = HTTPCookies.Value(string: value, maxAge: Int(lifetime), path: Self.cookiePath, isSecure: req.isHTTPS,
                                                   isHTTPOnly: true, sameSite: .lax)
    }

    private func cleared(_ response: Response, _ req: Request, _ name: String) -> Response {
        response.cookies[name] = HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: Self.cookiePath,
                                                   isSecure: req.isHTTPS, isHTTPOnly: true, sameSite: .lax)
        return response
    }
}

extension AccountController {
    /// The settings' linked accounts (by their provider's label) and the providers that can still be linked.
    func openIDSettings(_ req: Request, member: Member) async throws -> ([AccountPages.LinkedAccount], [OpenIDChoice]) {
        let choices = await req.newsdesk.openID.choices()
        guard !choices.isEmpty else { return ([], []) }
        let rows = try await req.newsdesk.identities.linked(userID: member.id, on: req.db)
        let linked = rows.compactMap { row in
            row.id.map { AccountPages.LinkedAccount(id: $0, label: choices.first { $0.name == row.provider }?.label ?? row.provider) }
        }
        let linkedNames = Set(rows.map(\.provider))
        return (linked, choices.filter { !linkedNames.contains($0.name) })
    }
}

/// Reads every provider's discovery document and keys when a node starts serving; failures are logged and the
/// provider shows as unavailable (it is tried again on use).
struct OpenIDStart: LifecycleHandler {
    func willBootAsync(_ app: Application) async throws {
        guard FirstStart.isServing(app), !app.newsdesk.openID.providers.isEmpty else { return }
        await app.newsdesk.openID.loadAll(now: app.newsdesk.clock.now())
    }
}
