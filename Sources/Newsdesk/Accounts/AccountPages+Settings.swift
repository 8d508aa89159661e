import Foundation

/// The signed-in member's own pages: settings, deletion and restore, two-factor authentication.
extension AccountPages {
    static let settingsNotices = [
        "name": "Your display name was saved.", "password": "Your new password is saved. Other sessions were logged out.",
        "email": "We sent a link to your new address. Your address changes when you follow it.",
        "avatar": "Your avatar was updated.", "email-changed": "Your e-mail address was changed.",
        "linked": "Your outside account is linked: from now on it signs you in.", "unlinked": "The outside account was unlinked.",
        "welcome": "Welcome! Your account is ready.",
    ]

    static func settings(_ ctx: PageContext, member: Member, notice: String? = nil, errors: [String: String] = [:],
                         values: [String: String] = [:], linked: [LinkedAccount] = [], linkable: [OpenIDChoice] = []) -> AccountPageModel {
        var links = [LinkModel(label: "Delete my account", url: Paths.deleteAccount)]
        if member.isStaff {
            links.insert(LinkModel(label: member.totpEnabled ? "Two-factor authentication (on)" : "Set up two-factor authentication (required for staff)",
                                   url: Paths.twoFactor), at: 0)
            if member.role == .admin { links.insert(LinkModel(label: "Administration: members and roles", url: Paths.adminUsers()), at: 0) }
        }
        let intro = member.confirmed ? "Signed in as \(member.email)."
            : "Signed in as \(member.email). Your address is not confirmed yet: follow the link we mailed you to be able to comment."
        var model = page(ctx, heading: "Your account", intro: intro, notice: notice,
                         forms: settingsForms(ctx.formToken, member: member, errors: errors, values: values)
                            + openIDSettingsForms(ctx.formToken, linked: linked, linkable: linkable), links: links)
        model.avatar = member.avatarPath
        return model
    }

    private static func settingsForms(_ csrf: String, member: Member, errors: [String: String], values: [String: String]) -> [FormModel] {
        var avatar = FormModel(id: "avatar", title: "Avatar", action: Paths.settingsAvatar, submitLabel: "Upload",
                               fields: [FieldModel("avatar", "Picture (JPEG, PNG, WebP or GIF, up to 5 MB)", type: "file", error: errors["avatar"])],
                               csrf: csrf)
        avatar.multipart = true
        return [
            FormModel(id: "name", title: "Display name", action: Paths.settingsName, submitLabel: "Save name",
                      fields: [FieldModel("display_name", "Display name", value: values["display_name"] ?? member.displayName,
                                          error: errors["display_name"], autocomplete: "nickname", maxLength: 60)], csrf: csrf),
            avatar,
            FormModel(id: "email", title: "E-mail address", action: Paths.settingsEmail, submitLabel: "Change address",
                      fields: [FieldModel("new_email", "New e-mail address", type: "email", value: values["new_email"] ?? "",
                                          error: errors["new_email"], hint: "We send a link to the new address; it changes when you follow it.",
                                          autocomplete: "email", maxLength: 254),
                               FieldModel("email_password", "Current password", type: "password", error: errors["email_password"],
                                          autocomplete: "current-password", maxLength: 128)], csrf: csrf),
            FormModel(id: "password", title: "Password", action: Paths.settingsPassword, submitLabel: "Change password",
                      fields: [FieldModel("current_password", "Current password", type: "password", error: errors["current_password"],
                                          autocomplete: "current-password", maxLength: 128),
                               FieldModel("password", "New password", type: "password", error: errors["password"],
                                          hint: "12 to 128 characters. Your other sessions will be logged out.", autocomplete: "new-password", maxLength: 128)],
                      csrf: csrf),
        ]
    }

    /// After following the link to a new address while logged out.
    static func emailChanged(_ ctx: PageContext) -> AccountPageModel {
        page(ctx, heading: "Your e-mail address was changed", links: [logInLink])
    }

    // MARK: Deletion and restore

    static let deleteIntro = "Are you sure you want to delete your account? It is disabled at once: you are logged out everywhere and your comments are hidden. We e-mail you a link that restores everything as it was within 30 days. After 30 days the account and its personal data are erased for good."

    static func delete(_ ctx: PageContext, error: String? = nil) -> AccountPageModel {
        var form = FormModel(id: "delete", title: nil, action: Paths.deleteAccount, submitLabel: "Yes, delete my account",
                             fields: [FieldModel("password", "Your password, to confirm", type: "password", error: error,
                                                 autocomplete: "current-password", maxLength: 128)], csrf: ctx.formToken)
        form.danger = true
        // Asked again after a wrong password: no way back offered in the middle of deciding.
        let links = error == nil ? [LinkModel(label: "No, keep my account", url: Paths.settings())] : []
        return page(ctx, heading: "Delete your account", intro: deleteIntro, forms: [form], links: links)
    }

    static func deleted(_ ctx: PageContext, email: String) -> AccountPageModel {
        page(ctx, heading: "Your account is deleted",
             intro: "You are logged out everywhere. We sent a restore link to \(email); it works for 30 days. After that the account is erased for good.")
    }

    static func restore(_ ctx: PageContext, token: String) -> AccountPageModel {
        var form = FormModel(id: "restore", title: nil, action: Paths.restore, submitLabel: "Restore my account", fields: [], csrf: ctx.formToken)
        form.hidden = [HiddenField(name: "token", value: token)]
        return page(ctx, heading: "Restore your account", intro: "Your account and your comments will be back as they were.", forms: [form])
    }

    static func restored(_ ctx: PageContext) -> AccountPageModel {
        page(ctx, heading: "Welcome back", intro: "Your account is restored. Log in to continue.", links: [logInLink])
    }

    static func restoreLinkBroken(_ ctx: PageContext) -> AccountPageModel {
        brokenLink(ctx, why: "Restore links work once, within 30 days of the deletion.")
    }

    // MARK: Two-factor authentication

    static func twoFactorOn(_ ctx: PageContext) -> AccountPageModel {
        page(ctx, heading: "Two-factor authentication is on",
             intro: "You will be asked for a code from your authenticator app when you log in.",
             links: [LinkModel(label: "Back to your account", url: Paths.settings())])
    }

    /// Enrolment: the secret to add to an authenticator app, and the form for its first code.
    static func twoFactorSetup(_ ctx: PageContext, secret: String, uri: String, error: String? = nil) -> AccountPageModel {
        let form = FormModel(id: "totp", title: nil, action: Paths.twoFactor, submitLabel: "Turn on",
                             fields: [FieldModel("code", "Code from the app", error: error, autocomplete: "one-time-code", maxLength: 8)],
                             csrf: ctx.formToken)
        var model = page(ctx, heading: "Set up two-factor authentication",
                         intro: "Staff accounts need a second factor. Add this key to an authenticator app (time-based, 6 digits), then enter the code it shows.",
                         forms: [form])
        model.code = secret
        model.details = [LinkModel(label: "Setup link:", url: uri)]
        return model
    }
}
