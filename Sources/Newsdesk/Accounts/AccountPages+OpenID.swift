import Foundation

/// Signing in with an outside account: the "Continue with <Label>" buttons, the first sign-in's question and its
/// two answers, the second factor, and the linked accounts in the settings.
extension AccountPages {
    /// The edition's language travels with every step of an outside sign-in, as with the other account forms.
    private static func language(_ ctx: PageContext) -> HiddenField { HiddenField(name: "lang", value: ctx.edition.language) }

    /// One button per configured provider (none when none is configured). Each is a small form, so it carries the
    /// CSRF token like every other form; a provider that cannot be reached says so.
    static func openIDButtons(_ ctx: PageContext, _ choices: [OpenIDChoice], next: String? = nil) -> [FormModel] {
        choices.map { choice in
            var form = FormModel(id: "oidc-" + choice.name, title: nil, action: Paths.openIDStart(choice.name),
                                 submitLabel: "Continue with \(choice.label)", fields: [], csrf: ctx.formToken)
            form.hidden = [language(ctx)] + (next.map { [HiddenField(name: "next", value: $0)] } ?? [])
            if !choice.available { form.error = "\(choice.label) is unavailable right now; log in with your password instead." }
            return form
        }
    }

    /// After a first sign-in with a provider: the two answers are two forms, "Yes" and "No".
    static func openIDQuestion(_ ctx: PageContext, label: String, email: String?) -> AccountPageModel {
        var yes = FormModel(id: "oidc-yes", title: nil, action: Paths.openIDLink, submitLabel: "Yes", fields: [], csrf: ctx.formToken)
        yes.hidden = [HiddenField(name: "step", value: "choose"), language(ctx)]
        var no = FormModel(id: "oidc-no", title: nil, action: Paths.openIDCreate, submitLabel: "No", fields: [], csrf: ctx.formToken)
        no.hidden = [HiddenField(name: "step", value: "choose"), language(ctx)]
        let who = email.map { " as \($0)" } ?? ""
        return page(ctx, heading: "Do you have an account here?",
                    intro: "You signed in with \(label)\(who). Yes: log in with your password once, and \(label) is linked to your account. No: we create an account for you.",
                    forms: [yes, no])
    }

    /// "Yes": log in once with the password (and second factor), then the outside account is linked.
    struct LinkState: Sendable {
        var email = ""
        var error: String?
        var showOTP = false
        var otpError: String?
        var captcha: CaptchaChallenge?
        var captchaError: String?
    }

    static func openIDLinkLogin(_ ctx: PageContext, label: String, _ state: LinkState) -> AccountPageModel {
        var fields = [
            FieldModel("email", "E-mail", type: "email", value: state.email, autocomplete: "email", maxLength: 254),
            FieldModel("password", "Password", type: "password", autocomplete: "current-password", maxLength: 128),
        ]
        if state.showOTP {
            fields.append(FieldModel("otp", "Authentication code", error: state.otpError, hint: "The 6 digits your authenticator app shows.",
                                     autocomplete: "one-time-code", maxLength: 8))
        }
        var form = FormModel(id: "oidc-link", title: nil, action: Paths.openIDLink, submitLabel: "Log in and link \(label)",
                             fields: fields, csrf: ctx.formToken)
        form.error = state.error
        form.hidden = [language(ctx)]
        form.captcha = state.captcha.map { CaptchaModel(token: $0.token, difficulty: $0.difficultyBits, question: $0.question, error: state.captchaError) }
        return page(ctx, heading: "Log in to link \(label)",
                    intro: "Log in to your account here once. From then on, \(label) signs you in.", forms: [form],
                    links: [LinkModel(label: ctx.edition.strings.text("accForgot"), url: Paths.recover(ctx.edition.pathPrefix))])
    }

    /// "No": a new account from the provider's name and address, after the privacy-policy consent.
    static func openIDCreate(_ ctx: PageContext, label: String, email: String, emailVerified: Bool, name: String,
                             policyVersion: Int, errors: [String: String] = [:]) -> AccountPageModel {
        var form = FormModel(id: "oidc-create", title: nil, action: Paths.openIDCreate, submitLabel: "Create my account",
                             fields: [FieldModel("display_name", "Display name", value: name, error: errors["display_name"],
                                                 hint: "Shown with your comments.", autocomplete: "nickname", maxLength: 60)],
                             csrf: ctx.formToken)
        form.consent = ConsentModel(policyURL: Paths.privacy(ctx.edition.pathPrefix), standardsURL: Paths.communityStandards(ctx.edition.pathPrefix),
                                    version: policyVersion, error: errors["consent"],
                                    label: ctx.edition.strings.text("accConsent", ["version": String(policyVersion)]))
        form.hidden = [language(ctx)]
        let mail = emailVerified ? "\(label) confirmed your address \(email)."
            : "We will send a link to \(email) to confirm your address; until then you can read but not comment."
        return page(ctx, heading: "Create your account", intro: "Your account will use \(email) and sign in with \(label). \(mail)", forms: [form])
    }

    static func openIDSecondFactor(_ ctx: PageContext, error: String? = nil) -> AccountPageModel {
        let form = FormModel(id: "oidc-otp", title: nil, action: Paths.openIDSecondFactor, submitLabel: "Log in",
                             fields: [FieldModel("otp", "Authentication code", error: error, hint: "The 6 digits your authenticator app shows.",
                                                 autocomplete: "one-time-code", maxLength: 8)], csrf: ctx.formToken)
        return page(ctx, heading: "Enter your authentication code", intro: "Your account uses two-factor authentication.", forms: [form])
    }

    /// A linked outside account as the settings show it.
    struct LinkedAccount: Sendable {
        let id: Int
        let label: String
    }

    /// The settings' part about outside accounts: one "Unlink" form per linked account (named by its provider's
    /// label), one "Link" form per provider not linked yet.
    static func openIDSettingsForms(_ csrf: String, linked: [LinkedAccount], linkable: [OpenIDChoice]) -> [FormModel] {
        var forms = linked.map { account in
            var form = FormModel(id: "unlink-\(account.id)", title: "Linked account: \(account.label)", action: Paths.openIDUnlink,
                                 submitLabel: "Unlink \(account.label)", fields: [], csrf: csrf)
            form.hidden = [HiddenField(name: "identity", value: String(account.id))]
            return form
        }
        forms += linkable.map { choice in
            var form = FormModel(id: "link-" + choice.name, title: nil, action: Paths.openIDStart(choice.name),
                                 submitLabel: "Link \(choice.label)", fields: [], csrf: csrf)
            if !choice.available { form.error = "\(choice.label) is unavailable right now." }
            return form
        }
        return forms
    }
}
