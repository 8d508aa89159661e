import Fluent
import Foundation
import Vapor

/// The member pages under /account. Controllers translate forms to service calls and errors back to forms,
/// keeping what the member typed (never passwords).
struct AccountController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.accountRegister, use: registerPage)
        routes.post(.accountRegister, use: register)
        routes.get(.accountConfirm, use: confirm)
        routes.get(.accountLogin, use: loginPage)
        routes.post(.accountLogin, use: login)
        routes.post(.accountLogout, use: logout)
        routes.get(.accountRecover, use: recoverPage)
        routes.post(.accountRecover, use: recover)
        routes.get(.accountReset, use: resetPage)
        routes.post(.accountReset, use: reset)
        routes.get(.accountSettings, use: settings)
        routes.post(.accountSettingsName, use: changeName)
        routes.post(.accountSettingsPassword, use: changePassword)
        routes.post(.accountSettingsEmail, use: changeEmail)
        routes.post(.accountSettingsLanguage, use: changeLanguage)
        routes.on(.POST, .accountSettingsAvatar, body: .collect(maxSize: "6mb"), use: changeAvatar)
        routes.get(.accountConfirmEmailChange, use: confirmEmailChange)
        routes.get(.accountDelete, use: deletePage)
        routes.post(.accountDelete, use: delete)
        routes.get(.accountRestore, use: restorePage)
        routes.post(.accountRestore, use: restore)
        routes.get(.accountTwoFactor, use: twoFactorPage)
        routes.post(.accountTwoFactor, use: twoFactor)
        routes.get(.privacy, use: privacyPage)
        routes.get(.communityStandards, use: standardsPage)
    }

    // MARK: Helpers

    /// The edition of an account page: the one its address names (`/ru/account/register`), else the one of the
    /// older `lang` parameter, else the default edition.
    func edition(_ req: Request) async throws -> EditionInfo {
        if req.parameters.get("edition") != nil { return try await ReaderContext.edition(req) }
        let lang = (try? req.query.get(String.self, at: "lang")) ?? (try? req.content.get(String.self, at: "lang"))
        if let lang, let e = try await req.newsdesk.editions.all(on: req.db).first(where: { $0.language == lang && !$0.isDefault }) {
            return e
        }
        return try await ReaderContext.edition(forPath: "/", on: req)
    }

    /// The language of what the accounts service writes for this reader (mails, captcha questions).
    func language(_ req: Request) async throws -> String {
        try await edition(req).language
    }

    /// The path prefix of the edition the address names, for redirects that keep the reader in it.
    func prefix(_ req: Request) -> String {
        guard let code = req.parameters.get("edition"), code.allSatisfy({ $0.isLetter || $0 == "-" }) else { return "" }
        return "/" + code
    }

    /// The page context of an account page. `forms`: the page has forms, so it carries the CSRF token.
    func context(_ req: Request, forms: Bool) async throws -> PageContext {
        try await PageContext.load(req, edition: try await edition(req), forms: forms)
    }

    /// Renders an account page for this reader only.
    func show(_ req: Request, status: HTTPStatus = .ok, forms: Bool = true,
              _ build: (PageContext) -> AccountPageModel) async throws -> Response {
        let ctx = try await context(req, forms: forms)
        let response = PageResponder(req: req).personal(try await req.view.render("Accounts/page", build(ctx)), edition: ctx.edition, status: status)
        let origins = await req.newsdesk.openID.formOrigins()
        if !origins.isEmpty {
            response.headers.replaceOrAdd(name: "Content-Security-Policy", value: SecurityHeadersMiddleware.contentSecurityPolicy(formOrigins: origins))
        }
        return response
    }

    func field(_ req: Request, _ name: String) -> String {
        (try? req.content.get(String.self, at: name)) ?? ""
    }

    func signIn(_ req: Request, token: String, remember: Bool, to location: String) -> Response {
        let response = req.redirect(to: location)
        response.cookies[MemberMiddleware.cookieName(secure: req.isHTTPS)] = MemberMiddleware.sessionCookie(token, remember: remember, secure: req.isHTTPS)
        return response
    }

    /// Only local paths: a `next` parameter must not send people to another site.
    static func safeNext(_ raw: String?) -> String {
        LocalPath.validated(raw) ?? Paths.front("")
    }

    /// What a refused form shows: the fields to fix, or one message for the whole form (a limit, a busy site).
    func formErrors(_ answer: FailureAnswer) -> [String: String] {
        answer.fields ?? ["form": answer.message]
    }

    /// The status of a refused form, with `Retry-After` when the answer has one.
    func refused(_ response: Response, _ answer: FailureAnswer) -> Response {
        response.status = answer.status
        if let retry = answer.retryAfter { response.headers.replaceOrAdd(name: .retryAfter, value: "\(retry)") }
        return response
    }

    // MARK: Registration

    private func registerPage(_ req: Request, values: [String: String] = [:], errors: [String: String] = [:], problem: String? = nil,
                              status: HTTPStatus = .ok) async throws -> Response {
        let lang = try await language(req)
        let challenge = req.newsdesk.accounts.challenge(purpose: "register", language: lang, ip: req.clientIP)
        let version = try await req.newsdesk.accounts.policies.current(slug: PolicyPages.privacy, language: lang, on: req.db)?.version ?? 1
        let providers = await req.newsdesk.openID.choices()
        return try await show(req, status: status) {
            AccountPages.register($0, challenge: challenge, policyVersion: version, language: lang, values: values, errors: errors, problem: problem,
                                  providers: providers)
        }
    }

    @Sendable func registerPage(req: Request) async throws -> Response {
        if req.member != nil { return req.redirect(to: Paths.settings(prefix(req))) }
        return try await registerPage(req)
    }

    @Sendable func register(req: Request) async throws -> Response {
        let values = ["email": field(req, "email"), "display_name": field(req, "display_name")]
        do {
            try await req.newsdesk.accounts.register(.init(
                email: values["email"]!, displayName: values["display_name"]!, password: field(req, "password"),
                consent: field(req, "consent") == "on", captchaToken: field(req, "captcha_token"),
                captchaSolution: field(req, "captcha_solution"), captchaAnswer: field(req, "captcha_answer"),
                language: try await language(req), origin: req.siteOrigin + prefix(req), ip: req.clientIP), on: req.db)
        } catch let failure as any ExpectedFailure {
            let answer = failure.answer
            return refused(try await registerPage(req, values: values, errors: formErrors(answer),
                                                  problem: answer.fields == nil ? answer.message : try await edition(req).strings.text("accCorrectFields")), answer)
        }
        return try await show(req, forms: false) { AccountPages.registered($0, email: values["email"]!) }
    }

    @Sendable func confirm(req: Request) async throws -> Response {
        let token = (try? req.query.get(String.self, at: "token")) ?? ""
        do {
            _ = try await req.newsdesk.accounts.confirmEmail(token: token, on: req.db)
            return try await show(req, forms: false) { AccountPages.confirmed($0) }
        } catch AccountError.tokenInvalid {
            return try await show(req, status: .badRequest, forms: false) {
                AccountPages.brokenLink($0, why: $0.edition.strings.text("accLinkUsedOrExpired"), next: AccountPages.logInLink($0))
            }
        }
    }

    // MARK: Log-in

    @Sendable func loginPage(req: Request) async throws -> Response {
        if req.member != nil { return req.redirect(to: Paths.front(prefix(req))) }
        let state = AccountPages.LoginState(next: Self.safeNext(try? req.query.get(String.self, at: "next")))
        let providers = await req.newsdesk.openID.choices()
        return try await show(req) { AccountPages.login($0, state, providers: providers) }
    }

    @Sendable func login(req: Request) async throws -> Response {
        let email = field(req, "email")
        let remember = field(req, "remember") == "on"
        do {
            let (token, _) = try await req.newsdesk.accounts.logIn(.init(
                email: email, password: field(req, "password"), otp: field(req, "otp"), remember: remember,
                ip: req.clientIP, kind: "web", captchaToken: field(req, "captcha_token"),
                captchaSolution: field(req, "captcha_solution"), captchaAnswer: field(req, "captcha_answer")), on: req.db)
            return signIn(req, token: token, remember: remember, to: Self.safeNext(field(req, "next")))
        } catch let failure as any ExpectedFailure {
            let answer = failure.answer
            var state = AccountPages.LoginState(email: email, next: Self.safeNext(loginNext(req)))
            let strings = try await edition(req).strings
            var captcha = try await req.newsdesk.accounts.logInNeedsCaptcha(email: email, ip: req.clientIP, on: req.db)
            switch failure {
            case AccountError.otpRequired:
                state.otpError = strings.text("accEnterOTP")
                state.showOTP = true
            case AccountError.captchaRequired:
                state.error = strings.text("accSeveralFailed")
                captcha = true
            case AccountError.invalid(let fields) where fields["captcha"] != nil:
                state.captchaError = fields["captcha"]
                captcha = true
            case AccountError.locked(let seconds):
                let wait = seconds < 90 ? strings.plural("seconds", seconds) : strings.plural("minutes", (seconds + 59) / 60)
                state.error = strings.text("accLocked", ["wait": wait])
            default:
                state.error = answer.message
            }
            if captcha { state.captcha = req.newsdesk.accounts.challenge(purpose: "login", language: try await language(req), ip: req.clientIP) }
            let providers = await req.newsdesk.openID.choices()
            return refused(try await show(req) { AccountPages.login($0, state, afterFailure: true, providers: providers) }, answer)
        }
    }

    /// The `next` of a log-in: in the address of the page, or in the form posted from it.
    private func loginNext(_ req: Request) -> String? {
        (try? req.query.get(String.self, at: "next")) ?? (try? req.content.get(String.self, at: "next"))
    }

    @Sendable func logout(req: Request) async throws -> Response {
        if let member = req.member { try await req.newsdesk.accounts.sessions.revoke(sessionID: member.sessionID, on: req.db) }
        let response = req.redirect(to: Paths.front(""))
        response.cookies[MemberMiddleware.cookieName(secure: req.isHTTPS)] = MemberMiddleware.clearedCookie(secure: req.isHTTPS)
        return response
    }

    // MARK: Recovery

    private func recoverPage(_ req: Request, email: String = "", errors: [String: String] = [:], problem: String? = nil,
                             status: HTTPStatus = .ok) async throws -> Response {
        let lang = try await language(req)
        let challenge = req.newsdesk.accounts.challenge(purpose: "recover", language: lang, ip: req.clientIP)
        return try await show(req, status: status) {
            AccountPages.recover($0, challenge: challenge, language: lang, email: email, errors: errors, problem: problem)
        }
    }

    @Sendable func recoverPage(req: Request) async throws -> Response {
        try await recoverPage(req)
    }

    @Sendable func recover(req: Request) async throws -> Response {
        let email = field(req, "email")
        do {
            try await req.newsdesk.accounts.startRecovery(.init(
                email: email, captchaToken: field(req, "captcha_token"), captchaSolution: field(req, "captcha_solution"),
                captchaAnswer: field(req, "captcha_answer"), language: try await language(req), origin: req.siteOrigin + prefix(req), ip: req.clientIP), on: req.db)
        } catch let failure as any ExpectedFailure {
            let answer = failure.answer
            return refused(try await recoverPage(req, email: email, errors: formErrors(answer),
                                                 problem: answer.fields == nil ? answer.message : try await edition(req).strings.text("accCorrectFields")), answer)
        }
        return try await show(req, forms: false) { AccountPages.recoverySent($0, email: email) }
    }

    @Sendable func resetPage(req: Request) async throws -> Response {
        let token = (try? req.query.get(String.self, at: "token")) ?? ""
        guard try await req.newsdesk.accounts.resetTokenIsValid(token, on: req.db) else {
            return try await show(req, status: .badRequest, forms: false) { AccountPages.resetLinkBroken($0) }
        }
        let lang = try await language(req)
        return try await show(req) { AccountPages.reset($0, token: token, language: lang) }
    }

    @Sendable func reset(req: Request) async throws -> Response {
        let token = field(req, "token")
        let lang = try await language(req)
        do {
            let (session, _) = try await req.newsdesk.accounts.resetPassword(
                token: token, newPassword: field(req, "password"), language: lang, origin: req.siteOrigin + prefix(req), on: req.db)
            return signIn(req, token: session, remember: false, to: Paths.settings(prefix(req), done: "password"))
        } catch AccountError.invalid(let fields) {
            return try await show(req, status: .unprocessableEntity) { AccountPages.reset($0, token: token, language: lang, error: fields["password"]) }
        } catch AccountError.tokenInvalid {
            return try await show(req, status: .badRequest, forms: false) { AccountPages.resetLinkBroken($0) }
        }
    }

    // MARK: Policy pages

    @Sendable func privacyPage(req: Request) async throws -> Response { try await policy(req, slug: PolicyPages.privacy) }
    @Sendable func standardsPage(req: Request) async throws -> Response { try await policy(req, slug: PolicyPages.standards) }

    private func policy(_ req: Request, slug: String) async throws -> Response {
        let edition = try await self.edition(req)
        let policies = req.newsdesk.accounts.policies
        // An edition whose language has no version yet shows the English one rather than nothing.
        var found = try await policies.current(slug: slug, language: edition.language, on: req.db)
        if found == nil { found = try await policies.current(slug: slug, language: "en", on: req.db) }
        guard let p = found else { throw Abort(.notFound) }
        let path = slug == PolicyPages.privacy ? Paths.privacy(edition.pathPrefix) : Paths.communityStandards(edition.pathPrefix)
        return try await PageResponder(req: req).page(edition: edition, tags: ["policy"]) {
            let model = PolicyPage.build(try await PageContext.load(req, edition: edition), title: p.title, version: p.version,
                                         publishedAt: p.publishedAt, markdown: p.body, path: path)
            return try await req.view.render("Accounts/policy", model)
        }
    }
}
