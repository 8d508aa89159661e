import Foundation

/// Builds every page under /account from plain inputs: the page context, what the member typed, the field errors
/// and what the services returned (a captcha challenge, a policy version, a TOTP secret). No request, no database.
enum AccountPages {
    /// The shell every account page shares.
    /// The services' messages shown on it (field errors, a refusal) are put in the edition's language.
    static func page(_ ctx: PageContext, heading: String, intro: String? = nil, notice: String? = nil, forms: [FormModel] = [],
                     links: [LinkModel] = []) -> AccountPageModel {
        let s = ctx.edition.strings
        let forms = forms.map { form in
            var form = form
            form.error = form.error.map(s.message)
            form.fields = form.fields.map { var f = $0; f.error = f.error.map(s.message); return f }
            if let error = form.captcha?.error { form.captcha?.error = s.message(error) }
            if let error = form.consent?.error { form.consent?.error = s.message(error) }
            return form
        }
        return AccountPageModel(layout: ctx.layout(title: heading), heading: heading, intro: intro.map(s.message),
                                notice: notice.map(s.message), forms: forms, links: links)
    }

    /// "This link does not work": a used or expired link from an e-mail.
    static func brokenLink(_ ctx: PageContext, why: String, next: LinkModel? = nil) -> AccountPageModel {
        page(ctx, heading: ctx.edition.strings.text("accLinkBroken"), intro: why, links: next.map { [$0] } ?? [])
    }

    static func logInLink(_ ctx: PageContext) -> LinkModel {
        LinkModel(label: ctx.edition.strings.text("logIn"), url: Paths.login(ctx.edition.pathPrefix))
    }

    // MARK: Registration

    static func register(_ ctx: PageContext, challenge: CaptchaChallenge, policyVersion: Int, language: String,
                         values: [String: String] = [:], errors: [String: String] = [:], problem: String? = nil,
                         providers: [OpenIDChoice] = []) -> AccountPageModel {
        let s = ctx.edition.strings, p = ctx.edition.pathPrefix
        var form = FormModel(
            id: "register", title: nil, action: Paths.register(p), submitLabel: s.text("accCreateAccount"),
            fields: [
                FieldModel("email", s.text("accEmail"), type: "email", value: values["email"] ?? "", error: errors["email"], autocomplete: "email", maxLength: 254),
                FieldModel("display_name", s.text("accDisplayName"), value: values["display_name"] ?? "", error: errors["display_name"],
                           hint: s.text("accDisplayNameHint"), autocomplete: "nickname", maxLength: 60),
                FieldModel("password", s.text("accPassword"), type: "password", error: errors["password"],
                           hint: s.text("accPasswordHint"), autocomplete: "new-password", maxLength: 128),
            ],
            csrf: ctx.formToken)
        form.captcha = captcha(challenge, error: errors["captcha"])
        form.consent = ConsentModel(policyURL: Paths.privacy(p), standardsURL: Paths.communityStandards(p), version: policyVersion,
                                    error: errors["consent"], label: s.text("accConsent", ["version": String(policyVersion)]))
        form.hidden = [HiddenField(name: "lang", value: language)]
        // A refused registration shows what went wrong instead of the welcome.
        if let problem {
            return page(ctx, heading: s.text("accRegisterHeading"), intro: problem, forms: [form] + openIDButtons(ctx, providers))
        }
        return page(ctx, heading: s.text("accRegisterHeading"), intro: s.text("accRegisterIntro"),
                    forms: [form] + openIDButtons(ctx, providers), links: [LinkModel(label: s.text("accAlreadyMember"), url: Paths.login(p))])
    }

    static func registered(_ ctx: PageContext, email: String) -> AccountPageModel {
        page(ctx, heading: ctx.edition.strings.text("accCheckMail"),
             intro: ctx.edition.strings.text("accRegisteredIntro", ["email": email.lowercased()]), links: [logInLink(ctx)])
    }

    static func confirmed(_ ctx: PageContext) -> AccountPageModel {
        let s = ctx.edition.strings
        return page(ctx, heading: s.text("accConfirmedHeading"), intro: s.text("accConfirmedIntro"),
                    links: [ctx.viewer == nil ? logInLink(ctx) : LinkModel(label: s.text("backHome"), url: Paths.front(ctx.edition.pathPrefix))])
    }

    // MARK: Log-in

    /// What the log-in form shows besides its fields.
    struct LoginState: Sendable {
        var email = ""
        var error: String?
        var otpError: String?
        var showOTP = false
        /// Set when the next attempt needs the human check.
        var captcha: CaptchaChallenge?
        var captchaError: String?
        /// Where to go after logging in (already checked to be a local path).
        var next = Paths.front("")
    }

    static func login(_ ctx: PageContext, _ state: LoginState = .init(), afterFailure: Bool = false,
                      providers: [OpenIDChoice] = []) -> AccountPageModel {
        let s = ctx.edition.strings, p = ctx.edition.pathPrefix
        var fields = [
            FieldModel("email", s.text("accEmail"), type: "email", value: state.email, autocomplete: "email", maxLength: 254),
            FieldModel("password", s.text("accPassword"), type: "password", autocomplete: "current-password", maxLength: 128),
        ]
        if state.showOTP {
            fields.append(FieldModel("otp", s.text("accOTP"), value: "", error: state.otpError, hint: s.text("accOTPHint"),
                                     autocomplete: "one-time-code", maxLength: 8))
        }
        var form = FormModel(id: "login", title: nil, action: Paths.login(p), submitLabel: s.text("logIn"), fields: fields, csrf: ctx.formToken)
        form.checkbox = FieldModel("remember", s.text("accRemember"), type: "checkbox", required: false)
        form.error = state.error
        form.captcha = state.captcha.map { captcha($0, error: state.captchaError) }
        form.hidden = [HiddenField(name: "next", value: state.next)]
        var links = [LinkModel(label: s.text("accForgot"), url: Paths.recover(p))]
        if !afterFailure { links.append(LinkModel(label: s.text("accNewHere"), url: Paths.register(p))) }
        let next = state.next == Paths.front(p) ? nil : state.next
        return page(ctx, heading: s.text("logIn"), forms: [form] + openIDButtons(ctx, providers, next: next), links: links)
    }

    // MARK: Recovery

    static func recover(_ ctx: PageContext, challenge: CaptchaChallenge, language: String, email: String = "",
                        errors: [String: String] = [:], problem: String? = nil) -> AccountPageModel {
        let s = ctx.edition.strings, p = ctx.edition.pathPrefix
        var form = FormModel(id: "recover", title: nil, action: Paths.recover(p), submitLabel: s.text("accSendLink"),
                             fields: [FieldModel("email", s.text("accEmail"), type: "email", value: email, error: errors["email"], autocomplete: "email", maxLength: 254)],
                             csrf: ctx.formToken)
        form.captcha = captcha(challenge, error: errors["captcha"])
        form.hidden = [HiddenField(name: "lang", value: language)]
        return page(ctx, heading: s.text("accForgot"), intro: problem ?? s.text("accRecoverIntro"), forms: [form])
    }

    static func recoverySent(_ ctx: PageContext, email: String) -> AccountPageModel {
        page(ctx, heading: ctx.edition.strings.text("accCheckMail"),
             intro: ctx.edition.strings.text("accRecoverySent", ["email": email.lowercased()]))
    }

    static func reset(_ ctx: PageContext, token: String, language: String, error: String? = nil) -> AccountPageModel {
        let s = ctx.edition.strings
        var form = FormModel(id: "reset", title: nil, action: Paths.reset(ctx.edition.pathPrefix), submitLabel: s.text("accSaveNewPassword"),
                             fields: [FieldModel("password", s.text("accNewPassword"), type: "password", error: error,
                                                 hint: s.text("accPasswordHintShort"), autocomplete: "new-password", maxLength: 128)],
                             csrf: ctx.formToken)
        form.hidden = [HiddenField(name: "token", value: token), HiddenField(name: "lang", value: language)]
        return page(ctx, heading: s.text("accResetHeading"), forms: [form])
    }

    static func resetLinkBroken(_ ctx: PageContext) -> AccountPageModel {
        let s = ctx.edition.strings
        return brokenLink(ctx, why: s.text("accResetLinkWhy"), next: LinkModel(label: s.text("accAskNewLink"), url: Paths.recover(ctx.edition.pathPrefix)))
    }

    static func captcha(_ challenge: CaptchaChallenge, error: String?) -> CaptchaModel {
        CaptchaModel(token: challenge.token, difficulty: challenge.difficultyBits, question: challenge.question, error: error)
    }
}
