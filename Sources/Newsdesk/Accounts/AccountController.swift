import Fluent
import Foundation
import NewsText
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

    private func language(_ req: Request) -> String {
        let raw = (try? req.query.get(String.self, at: "lang")) ?? (try? req.content.get(String.self, at: "lang")) ?? "en"
        return raw == "ru" ? "ru" : "en"
    }

    func page(_ req: Request, heading: String, intro: String? = nil, notice: String? = nil, forms: [FormModel] = [],
                      links: [LinkModel] = [], status: HTTPStatus = .ok, configure: (inout AccountPageModel) -> Void = { _ in }) async throws -> Response {
        let edition = try await ReaderContext.edition(forPath: language(req) == "ru" ? "/ru" : "/", on: req)
        let layout = try await ReaderContext.layout(req, edition: edition, title: heading, description: nil, canonicalPath: nil, current: nil)
        var model = AccountPageModel(layout: layout, heading: heading, intro: intro, notice: notice, forms: forms, links: links)
        configure(&model)
        return PageResponder(req: req).personal(try await req.view.render("Accounts/page", model), edition: edition, status: status)
    }

    func field(_ req: Request, _ name: String) -> String {
        (try? req.content.get(String.self, at: name)) ?? ""
    }

    private func signIn(_ req: Request, token: String, remember: Bool, to location: String) -> Response {
        let response = req.redirect(to: location)
        response.cookies[MemberMiddleware.cookieName(secure: req.isHTTPS)] = MemberMiddleware.sessionCookie(token, remember: remember, secure: req.isHTTPS)
        return response
    }

    /// Only local paths: a `next` parameter must not send people to another site.
    static func safeNext(_ raw: String?) -> String {
        LocalPath.validated(raw) ?? Paths.front("")
    }

    /// What a refused form shows: the fields to fix, or one message for the whole form (a limit, a busy site).
    private func formErrors(_ answer: FailureAnswer) -> [String: String] {
        answer.fields ?? ["form": answer.message]
    }

    /// The status of a refused form, with `Retry-After` when the answer has one.
    private func refused(_ response: Response, _ answer: FailureAnswer) -> Response {
        response.status = answer.status
        if let retry = answer.retryAfter { response.headers.replaceOrAdd(name: .retryAfter, value: "\(retry)") }
        return response
    }

    // MARK: Registration

    private func registerForm(_ req: Request, values: [String: String] = [:], errors: [String: String] = [:]) async throws -> FormModel {
        let lang = language(req)
        let challenge = req.newsdesk.accounts.challenge(purpose: "register", language: lang, ip: req.clientIP)
        let version = try await req.newsdesk.accounts.policies.current(slug: PolicyPages.privacy, language: lang, on: req.db)?.version ?? 1
        var form = FormModel(
            id: "register", title: nil, action: Paths.register, submitLabel: "Create account",
            fields: [
                FieldModel("email", "E-mail", type: "email", value: values["email"] ?? "", error: errors["email"], autocomplete: "email", maxLength: 254),
                FieldModel("display_name", "Display name", value: values["display_name"] ?? "", error: errors["display_name"],
                           hint: "Shown with your comments.", autocomplete: "nickname", maxLength: 60),
                FieldModel("password", "Password", type: "password", error: errors["password"],
                           hint: "12 to 128 characters; a long phrase is best.", autocomplete: "new-password", maxLength: 128),
            ],
            csrf: req.csrfToken)
        form.captcha = CaptchaModel(token: challenge.token, difficulty: challenge.difficultyBits, question: challenge.question, error: errors["captcha"])
        form.consent = ConsentModel(policyURL: Paths.privacy, standardsURL: Paths.communityStandards, version: version, error: errors["consent"])
        form.hidden = [HiddenField(name: "lang", value: lang)]
        return form
    }

    @Sendable func registerPage(req: Request) async throws -> Response {
        if req.member != nil { return req.redirect(to: Paths.settings()) }
        return try await page(req, heading: "Create your account",
                              intro: "Members can comment on articles. We will send a link to confirm your e-mail address.",
                              forms: [try await registerForm(req)],
                              links: [LinkModel(label: "Already a member? Log in", url: Paths.login())])
    }

    @Sendable func register(req: Request) async throws -> Response {
        let values = ["email": field(req, "email"), "display_name": field(req, "display_name")]
        do {
            try await req.newsdesk.accounts.register(.init(
                email: values["email"]!, displayName: values["display_name"]!, password: field(req, "password"),
                consent: field(req, "consent") == "on", captchaToken: field(req, "captcha_token"),
                captchaSolution: field(req, "captcha_solution"), captchaAnswer: field(req, "captcha_answer"),
                language: language(req), origin: req.siteOrigin, ip: req.clientIP), on: req.db)
        } catch let failure as any ExpectedFailure {
            let answer = failure.answer
            return refused(try await page(req, heading: "Create your account", intro: answer.fields == nil ? answer.message : "Please correct the marked fields.",
                                          forms: [try await registerForm(req, values: values, errors: formErrors(answer))]), answer)
        }
        return try await page(req, heading: "Check your e-mail",
                              intro: "We sent a confirmation link to \(values["email"]!.lowercased()). Follow it to confirm your address; until then you can log in but not comment.",
                              links: [LinkModel(label: "Log in", url: Paths.login())])
    }

    @Sendable func confirm(req: Request) async throws -> Response {
        let token = (try? req.query.get(String.self, at: "token")) ?? ""
        do {
            _ = try await req.newsdesk.accounts.confirmEmail(token: token, on: req.db)
            return try await page(req, heading: "Your address is confirmed", intro: "Thank you. You can now take part in discussions.",
                                  links: [LinkModel(label: req.member == nil ? "Log in" : "Go to the front page", url: req.member == nil ? Paths.login() : Paths.front(""))])
        } catch AccountError.tokenInvalid {
            return try await page(req, heading: "This link does not work", intro: "It may have been used already or have expired.",
                                  links: [LinkModel(label: "Log in", url: Paths.login())], status: .badRequest)
        }
    }

    // MARK: Log-in

    private func loginForm(_ req: Request, email: String = "", error: String? = nil, otpError: String? = nil, showOTP: Bool = false,
                           captcha: Bool = false, captchaError: String? = nil) -> FormModel {
        var fields = [
            FieldModel("email", "E-mail", type: "email", value: email, autocomplete: "email", maxLength: 254),
            FieldModel("password", "Password", type: "password", autocomplete: "current-password", maxLength: 128),
        ]
        if showOTP {
            fields.append(FieldModel("otp", "Authentication code", value: "", error: otpError, hint: "The 6 digits your authenticator app shows.",
                                     autocomplete: "one-time-code", maxLength: 8))
        }
        var form = FormModel(id: "login", title: nil, action: Paths.login(), submitLabel: "Log in", fields: fields, csrf: req.csrfToken)
        form.checkbox = FieldModel("remember", "Keep me logged in on this device", type: "checkbox", required: false)
        form.error = error
        if captcha {
            let challenge = req.newsdesk.accounts.challenge(purpose: "login", language: language(req), ip: req.clientIP)
            form.captcha = CaptchaModel(token: challenge.token, difficulty: challenge.difficultyBits, question: challenge.question, error: captchaError)
        }
        let next = (try? req.query.get(String.self, at: "next")) ?? (try? req.content.get(String.self, at: "next"))
        form.hidden = [HiddenField(name: "next", value: Self.safeNext(next))]
        return form
    }

    @Sendable func loginPage(req: Request) async throws -> Response {
        if req.member != nil { return req.redirect(to: Paths.front("")) }
        return try await page(req, heading: "Log in", forms: [loginForm(req)],
                              links: [LinkModel(label: "Forgot your password?", url: Paths.recover),
                                      LinkModel(label: "New here? Create an account", url: Paths.register)])
    }

    @Sendable func login(req: Request) async throws -> Response {
        let email = field(req, "email")
        let remember = field(req, "remember") == "on"
        let links = [LinkModel(label: "Forgot your password?", url: Paths.recover)]
        do {
            let (token, _) = try await req.newsdesk.accounts.logIn(.init(
                email: email, password: field(req, "password"), otp: field(req, "otp"), remember: remember,
                ip: req.clientIP, kind: "web", captchaToken: field(req, "captcha_token"),
                captchaSolution: field(req, "captcha_solution"), captchaAnswer: field(req, "captcha_answer")), on: req.db)
            return signIn(req, token: token, remember: remember, to: Self.safeNext(field(req, "next")))
        } catch let failure as any ExpectedFailure {
            let answer = failure.answer
            let captcha = try await req.newsdesk.accounts.logInNeedsCaptcha(email: email, ip: req.clientIP, on: req.db)
            let form: FormModel
            switch failure {
            case AccountError.otpRequired:
                form = loginForm(req, email: email, otpError: "Enter the code from your authenticator app.", showOTP: true, captcha: captcha)
            case AccountError.captchaRequired:
                form = loginForm(req, email: email, error: "Several attempts failed: please also complete the check below.", captcha: true)
            case AccountError.invalid(let fields) where fields["captcha"] != nil:
                form = loginForm(req, email: email, captcha: true, captchaError: fields["captcha"])
            case AccountError.locked(let seconds):
                let wait = seconds < 90 ? "\(seconds) seconds" : "\((seconds + 59) / 60) minutes"
                form = loginForm(req, email: email, error: "Too many failed attempts from here. Wait \(wait) and try again, or reset your password.",
                                 captcha: captcha)
            default:
                form = loginForm(req, email: email, error: answer.message, captcha: captcha)
            }
            return refused(try await page(req, heading: "Log in", forms: [form], links: links), answer)
        }
    }

    @Sendable func logout(req: Request) async throws -> Response {
        if let member = req.member { try await req.newsdesk.accounts.sessions.revoke(sessionID: member.sessionID, on: req.db) }
        let response = req.redirect(to: Paths.front(""))
        response.cookies[MemberMiddleware.cookieName(secure: req.isHTTPS)] = MemberMiddleware.clearedCookie(secure: req.isHTTPS)
        return response
    }

    // MARK: Recovery

    private func recoverForm(_ req: Request, email: String = "", errors: [String: String] = [:]) -> FormModel {
        let challenge = req.newsdesk.accounts.challenge(purpose: "recover", language: language(req), ip: req.clientIP)
        var form = FormModel(id: "recover", title: nil, action: Paths.recover, submitLabel: "Send me a link",
                             fields: [FieldModel("email", "E-mail", type: "email", value: email, error: errors["email"], autocomplete: "email", maxLength: 254)],
                             csrf: req.csrfToken)
        form.captcha = CaptchaModel(token: challenge.token, difficulty: challenge.difficultyBits, question: challenge.question, error: errors["captcha"])
        form.hidden = [HiddenField(name: "lang", value: language(req))]
        return form
    }

    @Sendable func recoverPage(req: Request) async throws -> Response {
        try await page(req, heading: "Forgot your password?", intro: "Enter your e-mail address and we will send you a link to choose a new password.",
                       forms: [recoverForm(req)])
    }

    @Sendable func recover(req: Request) async throws -> Response {
        let email = field(req, "email")
        do {
            try await req.newsdesk.accounts.startRecovery(.init(
                email: email, captchaToken: field(req, "captcha_token"), captchaSolution: field(req, "captcha_solution"),
                captchaAnswer: field(req, "captcha_answer"), language: language(req), origin: req.siteOrigin, ip: req.clientIP), on: req.db)
        } catch let failure as any ExpectedFailure {
            let answer = failure.answer
            return refused(try await page(req, heading: "Forgot your password?", intro: answer.fields == nil ? answer.message : "Please correct the marked fields.",
                                          forms: [recoverForm(req, email: email, errors: formErrors(answer))]), answer)
        }
        return try await page(req, heading: "Check your e-mail",
                              intro: "If an account uses \(email.lowercased()), we sent it a link to choose a new password. The link works once, for one hour.")
    }

    private func resetForm(_ req: Request, token: String, error: String? = nil) -> FormModel {
        var form = FormModel(id: "reset", title: nil, action: Paths.reset, submitLabel: "Save the new password",
                             fields: [FieldModel("password", "New password", type: "password", error: error,
                                                 hint: "12 to 128 characters.", autocomplete: "new-password", maxLength: 128)],
                             csrf: req.csrfToken)
        form.hidden = [HiddenField(name: "token", value: token), HiddenField(name: "lang", value: language(req))]
        return form
    }

    @Sendable func resetPage(req: Request) async throws -> Response {
        let token = (try? req.query.get(String.self, at: "token")) ?? ""
        guard try await req.newsdesk.accounts.resetTokenIsValid(token, on: req.db) else {
            return try await page(req, heading: "This link does not work", intro: "Reset links work once, for one hour.",
                                  links: [LinkModel(label: "Ask for a new link", url: Paths.recover)], status: .badRequest)
        }
        return try await page(req, heading: "Choose a new password", forms: [resetForm(req, token: token)])
    }

    @Sendable func reset(req: Request) async throws -> Response {
        let token = field(req, "token")
        do {
            let (session, _) = try await req.newsdesk.accounts.resetPassword(
                token: token, newPassword: field(req, "password"), language: language(req), origin: req.siteOrigin, on: req.db)
            return signIn(req, token: session, remember: false, to: Paths.settings(done: "password"))
        } catch AccountError.invalid(let fields) {
            return try await page(req, heading: "Choose a new password", forms: [resetForm(req, token: token, error: fields["password"])],
                                  status: .unprocessableEntity)
        } catch AccountError.tokenInvalid {
            return try await page(req, heading: "This link does not work", intro: "Reset links work once, for one hour.",
                                  links: [LinkModel(label: "Ask for a new link", url: Paths.recover)], status: .badRequest)
        }
    }

    // MARK: Policy pages

    @Sendable func privacyPage(req: Request) async throws -> Response { try await policy(req, slug: PolicyPages.privacy) }
    @Sendable func standardsPage(req: Request) async throws -> Response { try await policy(req, slug: PolicyPages.standards) }

    private func policy(_ req: Request, slug: String) async throws -> Response {
        let lang = language(req)
        guard let p = try await req.newsdesk.accounts.policies.current(slug: slug, language: lang, on: req.db) else { throw Abort(.notFound) }
        let edition = try await ReaderContext.edition(forPath: lang == "ru" ? "/ru" : "/", on: req)
        return try await PageResponder(req: req).page(edition: edition, tags: ["policy"]) {
            let layout = try await ReaderContext.layout(req, edition: edition, title: p.title, description: nil, canonicalPath: slug == PolicyPages.privacy ? Paths.privacy : Paths.communityStandards, current: nil)
            return try await req.view.render("Accounts/policy", PolicyPageModel(
                layout: layout, title: p.title, version: p.version,
                published: EditionClock.articleTime(p.publishedAt, zone: edition.timeZone, language: edition.language),
                publishedISO: EditionClock.iso8601(p.publishedAt, zone: edition.timeZone),
                bodyHTML: ArticleMarkdown.render(p.body)))
        }
    }
}
