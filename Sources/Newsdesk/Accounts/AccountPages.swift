import Foundation

/// Builds every page under /account from plain inputs: the page context, what the member typed, the field errors
/// and what the services returned (a captcha challenge, a policy version, a TOTP secret). No request, no database.
enum AccountPages {
    /// The shell every account page shares.
    static func page(_ ctx: PageContext, heading: String, intro: String? = nil, notice: String? = nil, forms: [FormModel] = [],
                     links: [LinkModel] = []) -> AccountPageModel {
        AccountPageModel(layout: ctx.layout(title: heading), heading: heading, intro: intro, notice: notice, forms: forms, links: links)
    }

    /// "This link does not work": a used or expired link from an e-mail.
    static func brokenLink(_ ctx: PageContext, why: String, next: LinkModel? = nil) -> AccountPageModel {
        page(ctx, heading: "This link does not work", intro: why, links: next.map { [$0] } ?? [])
    }

    static let logInLink = LinkModel(label: "Log in", url: Paths.login())

    // MARK: Registration

    static func register(_ ctx: PageContext, challenge: CaptchaChallenge, policyVersion: Int, language: String,
                         values: [String: String] = [:], errors: [String: String] = [:], problem: String? = nil,
                         providers: [OpenIDChoice] = []) -> AccountPageModel {
        var form = FormModel(
            id: "register", title: nil, action: Paths.register, submitLabel: "Create account",
            fields: [
                FieldModel("email", "E-mail", type: "email", value: values["email"] ?? "", error: errors["email"], autocomplete: "email", maxLength: 254),
                FieldModel("display_name", "Display name", value: values["display_name"] ?? "", error: errors["display_name"],
                           hint: "Shown with your comments.", autocomplete: "nickname", maxLength: 60),
                FieldModel("password", "Password", type: "password", error: errors["password"],
                           hint: "12 to 128 characters; a long phrase is best.", autocomplete: "new-password", maxLength: 128),
            ],
            csrf: ctx.formToken)
        form.captcha = captcha(challenge, error: errors["captcha"])
        form.consent = ConsentModel(policyURL: Paths.privacy, standardsURL: Paths.communityStandards, version: policyVersion, error: errors["consent"])
        form.hidden = [HiddenField(name: "lang", value: language)]
        // A refused registration shows what went wrong instead of the welcome.
        if let problem {
            return page(ctx, heading: "Create your account", intro: problem, forms: [form] + openIDButtons(ctx, providers))
        }
        return page(ctx, heading: "Create your account",
                    intro: "Members can comment on articles. We will send a link to confirm your e-mail address.",
                    forms: [form] + openIDButtons(ctx, providers), links: [LinkModel(label: "Already a member? Log in", url: Paths.login())])
    }

    static func registered(_ ctx: PageContext, email: String) -> AccountPageModel {
        page(ctx, heading: "Check your e-mail",
             intro: "We sent a confirmation link to \(email.lowercased()). Follow it to confirm your address; until then you can log in but not comment.",
             links: [logInLink])
    }

    static func confirmed(_ ctx: PageContext) -> AccountPageModel {
        page(ctx, heading: "Your address is confirmed", intro: "Thank you. You can now take part in discussions.",
             links: [ctx.viewer == nil ? logInLink : LinkModel(label: "Go to the front page", url: Paths.front(""))])
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
        var fields = [
            FieldModel("email", "E-mail", type: "email", value: state.email, autocomplete: "email", maxLength: 254),
            FieldModel("password", "Password", type: "password", autocomplete: "current-password", maxLength: 128),
        ]
        if state.showOTP {
            fields.append(FieldModel("otp", "Authentication code", value: "", error: state.otpError, hint: "The 6 digits your authenticator app shows.",
                                     autocomplete: "one-time-code", maxLength: 8))
        }
        var form = FormModel(id: "login", title: nil, action: Paths.login(), submitLabel: "Log in", fields: fields, csrf: ctx.formToken)
        form.checkbox = FieldModel("remember", "Keep me logged in on this device", type: "checkbox", required: false)
        form.error = state.error
        form.captcha = state.captcha.map { captcha($0, error: state.captchaError) }
        form.hidden = [HiddenField(name: "next", value: state.next)]
        var links = [LinkModel(label: "Forgot your password?", url: Paths.recover)]
        if !afterFailure { links.append(LinkModel(label: "New here? Create an account", url: Paths.register)) }
        let next = state.next == Paths.front("") ? nil : state.next
        return page(ctx, heading: "Log in", forms: [form] + openIDButtons(ctx, providers, next: next), links: links)
    }

    // MARK: Recovery

    static func recover(_ ctx: PageContext, challenge: CaptchaChallenge, language: String, email: String = "",
                        errors: [String: String] = [:], problem: String? = nil) -> AccountPageModel {
        var form = FormModel(id: "recover", title: nil, action: Paths.recover, submitLabel: "Send me a link",
                             fields: [FieldModel("email", "E-mail", type: "email", value: email, error: errors["email"], autocomplete: "email", maxLength: 254)],
                             csrf: ctx.formToken)
        form.captcha = captcha(challenge, error: errors["captcha"])
        form.hidden = [HiddenField(name: "lang", value: language)]
        return page(ctx, heading: "Forgot your password?",
                    intro: problem ?? "Enter your e-mail address and we will send you a link to choose a new password.", forms: [form])
    }

    static func recoverySent(_ ctx: PageContext, email: String) -> AccountPageModel {
        page(ctx, heading: "Check your e-mail",
             intro: "If an account uses \(email.lowercased()), we sent it a link to choose a new password. The link works once, for one hour.")
    }

    static func reset(_ ctx: PageContext, token: String, language: String, error: String? = nil) -> AccountPageModel {
        var form = FormModel(id: "reset", title: nil, action: Paths.reset, submitLabel: "Save the new password",
                             fields: [FieldModel("password", "New password", type: "password", error: error,
                                                 hint: "12 to 128 characters.", autocomplete: "new-password", maxLength: 128)],
                             csrf: ctx.formToken)
        form.hidden = [HiddenField(name: "token", value: token), HiddenField(name: "lang", value: language)]
        return page(ctx, heading: "Choose a new password", forms: [form])
    }

    static func resetLinkBroken(_ ctx: PageContext) -> AccountPageModel {
        brokenLink(ctx, why: "Reset links work once, for one hour.", next: LinkModel(label: "Ask for a new link", url: Paths.recover))
    }

    private static func captcha(_ challenge: CaptchaChallenge, error: String?) -> CaptchaModel {
        CaptchaModel(token: challenge.token, difficulty: challenge.difficultyBits, question: challenge.question, error: error)
    }
}
