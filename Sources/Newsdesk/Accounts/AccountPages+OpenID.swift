import Foundation

/// Signing in with an outside account: the "Continue with <Label>" buttons, the first sign-in's question and its
/// two answers, the second factor, and the linked accounts in the settings.
extension AccountPages {
    /// The edition's language travels with every step of an outside sign-in, as with the other account forms.
    private static func language(_ ctx: PageContext) -> HiddenField { HiddenField(name: "lang", value: ctx.edition.language) }

    /// One button per configured provider (none when none is configured). Each is a small form, so it carries the
    /// CSRF token like every other form; a provider that cannot be reached says so.
    static func openIDButtons(_ ctx: PageContext, _ choices: [OpenIDChoice], next: String? = nil) -> [FormModel] {
        let t = ctx.edition.strings
        return choices.map { choice in
            var form = FormModel(id: "oidc-" + choice.name, title: nil, action: Paths.openIDStart(choice.name),
                                 submitLabel: t.text("oidc.continueWith", ["label": choice.label]), fields: [], csrf: ctx.formToken)
            form.hidden = [language(ctx)] + (next.map { [HiddenField(name: "next", value: $0)] } ?? [])
            if !choice.available { form.error = t.text("oidc.unavailableLogin", ["label": choice.label]) }
            return form
        }
    }

    /// After a first sign-in with a provider: the two answers are two forms, "Yes" and "No".
    static func openIDQuestion(_ ctx: PageContext, label: String, email: String?) -> AccountPageModel {
        let t = ctx.edition.strings
        var yes = FormModel(id: "oidc-yes", title: nil, action: Paths.openIDLink, submitLabel: t.text("oidc.yes"), fields: [], csrf: ctx.formToken)
        yes.hidden = [HiddenField(name: "step", value: "choose"), language(ctx)]
        var no = FormModel(id: "oidc-no", title: nil, action: Paths.openIDCreate, submitLabel: t.text("oidc.no"), fields: [], csrf: ctx.formToken)
        no.hidden = [HiddenField(name: "step", value: "choose"), language(ctx)]
        let signedIn = email.map { t.text("oidc.signedInAs", ["label": label, "email": $0]) } ?? t.text("oidc.signedIn", ["label": label])
        return page(ctx, heading: t.text("oidc.question"),
                    intro: signedIn + " " + t.text("oidc.questionIntro", ["label": label]),
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
        let t = ctx.edition.strings
        var fields = [
            FieldModel("email", t.text("accEmail"), type: "email", value: state.email, autocomplete: "email", maxLength: 254),
            FieldModel("password", t.text("accPassword"), type: "password", autocomplete: "current-password", maxLength: 128),
        ]
        if state.showOTP {
            fields.append(FieldModel("otp", t.text("oidc.code"), error: state.otpError, hint: t.text("accOTPHint"),
                                     autocomplete: "one-time-code", maxLength: 8))
        }
        var form = FormModel(id: "oidc-link", title: nil, action: Paths.openIDLink, submitLabel: "Log in and link \(label)",
                             fields: fields, csrf: ctx.formToken)
        form.error = state.error
        form.hidden = [language(ctx)]
        form.captcha = state.captcha.map { CaptchaModel(token: $0.token, difficulty: $0.difficultyBits, question: $0.question, error: state.captchaError) }
        return page(ctx, heading: t.text("oidc.linkHeading", ["label": label]),
                    intro: t.text("oidc.linkIntro", ["label": label]), forms: [form],
                    links: [LinkModel(label: ctx.edition.strings.text("accForgot"), url: Paths.recover(ctx.edition.pathPrefix))])
    }

    /// "No": a new account from the provider's name and address, after the privacy-policy consent.
    static func openIDCreate(_ ctx: PageContext, label: String, email: String, emailVerified: Bool, name: String,
                             policyVersion: Int, errors: [String: String] = [:]) -> AccountPageModel {
        let t = ctx.edition.strings
        var form = FormModel(id: "oidc-create", title: nil, action: Paths.openIDCreate, submitLabel: "Create my account",
                             fields: [FieldModel("display_name", t.text("accDisplayName"), value: name, error: errors["display_name"],
                                                 hint: t.text("accDisplayNameHint"), autocomplete: "nickname", maxLength: 60)],
                             csrf: ctx.formToken)
        form.consent = ConsentModel(policyURL: Paths.privacy(ctx.edition.pathPrefix), standardsURL: Paths.communityStandards(ctx.edition.pathPrefix),
                                    version: policyVersion, error: errors["consent"],
                                    label: ctx.edition.strings.text("accConsent", ["version": String(policyVersion)]))
        form.hidden = [language(ctx)]
        let mail = t.text(emailVerified ? "oidc.emailVerified" : "oidc.emailToConfirm", ["label": label, "email": email])
        return page(ctx, heading: t.text("accRegisterHeading"), intro: t.text("oidc.createIntro", ["label": label, "email": email]) + " " + mail,
                    forms: [form])
    }

    static func openIDSecondFactor(_ ctx: PageContext, error: String? = nil) -> AccountPageModel {
        let t = ctx.edition.strings
        let form = FormModel(id: "oidc-otp", title: nil, action: Paths.openIDSecondFactor, submitLabel: t.text("logIn"),
                             fields: [FieldModel("otp", t.text("oidc.code"), error: error, hint: t.text("accOTPHint"),
                                                 autocomplete: "one-time-code", maxLength: 8)], csrf: ctx.formToken)
        return page(ctx, heading: t.text("oidc.codeHeading"), intro: t.text("oidc.codeIntro"), forms: [form])
    }

    /// A linked outside account as the settings show it.
    struct LinkedAccount: Sendable {
        let id: Int
        let label: String
    }

    /// The settings' part about outside accounts: one "Unlink" form per linked account (named by its provider's
    /// label), one "Link" form per provider not linked yet.
    static func openIDSettingsForms(_ csrf: String, linked: [LinkedAccount], linkable: [OpenIDChoice], strings t: UIStrings = .english) -> [FormModel] {
        var forms = linked.map { account in
            var form = FormModel(id: "unlink-\(account.id)", title: t.text("oidc.linkedAccount", ["label": account.label]), action: Paths.openIDUnlink,
                                 submitLabel: t.text("oidc.unlink", ["label": account.label]), fields: [], csrf: csrf)
            form.hidden = [HiddenField(name: "identity", value: String(account.id))]
            return form
        }
        forms += linkable.map { choice in
            var form = FormModel(id: "link-" + choice.name, title: nil, action: Paths.openIDStart(choice.name),
                                 submitLabel: t.text("oidc.link", ["label": choice.label]), fields: [], csrf: csrf)
            if !choice.available { form.error = t.text("oidc.unavailable", ["label": choice.label]) }
            return form
        }
        return forms
    }
}
