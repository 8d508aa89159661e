import Foundation

/// The signed-in member's own pages: settings, deletion and restore, two-factor authentication.
extension AccountPages {
    /// The notice after a saved setting (`?done=name`), by its catalogue key.
    static let settingsNotices = [
        "name": "accNoticeName", "password": "accNoticePassword", "email": "accNoticeEmail",
        "avatar": "accNoticeAvatar", "email-changed": "accNoticeEmailChanged",
        "linked": "accNoticeLinked", "unlinked": "accNoticeUnlinked", "welcome": "accNoticeWelcome",
        "language": "accNoticeLanguage",
    ]

    static func settings(_ ctx: PageContext, member: Member, notice: String? = nil, errors: [String: String] = [:],
                         values: [String: String] = [:], linked: [LinkedAccount] = [], linkable: [OpenIDChoice] = []) -> AccountPageModel {
        let s = ctx.edition.strings, p = ctx.edition.pathPrefix
        var links = [LinkModel(label: s.text("accDeleteMine"), url: Paths.deleteAccount(p))]
        if member.isStaff {
            links.insert(LinkModel(label: s.text(member.totpEnabled ? "accTwoFactorOnLink" : "accTwoFactorSetupLink"),
                                   url: Paths.twoFactor(p)), at: 0)
            if member.role == .admin { links.insert(LinkModel(label: s.text("accAdminLink"), url: Paths.adminUsers()), at: 0) }
        }
        let intro = s.text(member.confirmed ? "accSignedInAs" : "accSignedInUnconfirmed", ["email": member.email])
        var model = page(ctx, heading: s.text("accSettingsHeading"), intro: intro, notice: notice,
                         forms: settingsForms(ctx, member: member, errors: errors, values: values)
                            + openIDSettingsForms(ctx.formToken, linked: linked, linkable: linkable, strings: s), links: links)
        model.avatar = member.avatarPath
        return model
    }

    private static func settingsForms(_ ctx: PageContext, member: Member, errors: [String: String], values: [String: String]) -> [FormModel] {
        let s = ctx.edition.strings, p = ctx.edition.pathPrefix, csrf = ctx.formToken
        var avatar = FormModel(id: "avatar", title: s.text("accAvatar"), action: Paths.settingsAvatar(p), submitLabel: s.text("accUpload"),
                               fields: [FieldModel("avatar", s.text("accAvatarField"), type: "file", error: errors["avatar"])],
                               csrf: csrf)
        avatar.multipart = true
        var forms = [
            FormModel(id: "name", title: s.text("accDisplayName"), action: Paths.settingsName(p), submitLabel: s.text("accSaveName"),
                      fields: [FieldModel("display_name", s.text("accDisplayName"), value: values["display_name"] ?? member.displayName,
                                          error: errors["display_name"], autocomplete: "nickname", maxLength: 60)], csrf: csrf),
            avatar,
            FormModel(id: "email", title: s.text("accEmailAddress"), action: Paths.settingsEmail(p), submitLabel: s.text("accChangeAddress"),
                      fields: [FieldModel("new_email", s.text("accNewEmail"), type: "email", value: values["new_email"] ?? "",
                                          error: errors["new_email"], hint: s.text("accNewEmailHint"),
                                          autocomplete: "email", maxLength: 254),
                               FieldModel("email_password", s.text("accCurrentPassword"), type: "password", error: errors["email_password"],
                                          autocomplete: "current-password", maxLength: 128)], csrf: csrf),
            FormModel(id: "password", title: s.text("accPassword"), action: Paths.settingsPassword(p), submitLabel: s.text("accChangePassword"),
                      fields: [FieldModel("current_password", s.text("accCurrentPassword"), type: "password", error: errors["current_password"],
                                          autocomplete: "current-password", maxLength: 128),
                               FieldModel("password", s.text("accNewPassword"), type: "password", error: errors["password"],
                                          hint: s.text("accNewPasswordHint"), autocomplete: "new-password", maxLength: 128)],
                      csrf: csrf),
        ]
        if member.isStaff { forms.append(staffLanguageForm(ctx, member: member, errors: errors, values: values)) }
        return forms
    }

    /// Staff choose the language of the staff pages among the catalogue's languages, each named in itself.
    private static func staffLanguageForm(_ ctx: PageContext, member: Member, errors: [String: String], values: [String: String]) -> FormModel {
        let s = ctx.edition.strings
        let chosen = values["language"] ?? member.language ?? ""
        let options = [FieldOption(value: "", label: s.text("accStaffLanguageEdition"), selected: chosen.isEmpty)]
            + Catalogue.bundled.keys.sorted().map { code in
                FieldOption(value: code, label: UIStrings.for(language: code).text("languageName"), selected: code == chosen)
            }
        var field = FieldModel("language", s.text("accStaffLanguageField"), type: "select", value: chosen,
                               error: errors["language"], hint: s.text("accStaffLanguageHint"), required: false)
        field.options = options
        return FormModel(id: "language", title: s.text("accStaffLanguage"), action: Paths.settingsLanguage(ctx.edition.pathPrefix),
                         submitLabel: s.text("accSaveLanguage"), fields: [field], csrf: ctx.formToken)
    }

    /// After following the link to a new address while logged out.
    static func emailChanged(_ ctx: PageContext) -> AccountPageModel {
        page(ctx, heading: ctx.edition.strings.text("accNoticeEmailChanged"), links: [logInLink(ctx)])
    }

    // MARK: Deletion and restore

    static func delete(_ ctx: PageContext, error: String? = nil) -> AccountPageModel {
        let s = ctx.edition.strings, p = ctx.edition.pathPrefix
        var form = FormModel(id: "delete", title: nil, action: Paths.deleteAccount(p), submitLabel: s.text("accDeleteConfirm"),
                             fields: [FieldModel("password", s.text("accPasswordToConfirm"), type: "password", error: error,
                                                 autocomplete: "current-password", maxLength: 128)], csrf: ctx.formToken)
        form.danger = true
        // Asked again after a wrong password: no way back offered in the middle of deciding.
        let links = error == nil ? [LinkModel(label: s.text("accKeepAccount"), url: Paths.settings(p))] : []
        return page(ctx, heading: s.text("accDeleteHeading"), intro: s.text("accDeleteIntro"), forms: [form], links: links)
    }

    static func deleted(_ ctx: PageContext, email: String) -> AccountPageModel {
        let s = ctx.edition.strings
        return page(ctx, heading: s.text("accDeletedHeading"), intro: s.text("accDeletedIntro", ["email": email]))
    }

    static func restore(_ ctx: PageContext, token: String) -> AccountPageModel {
        let s = ctx.edition.strings
        var form = FormModel(id: "restore", title: nil, action: Paths.restore(ctx.edition.pathPrefix), submitLabel: s.text("accRestoreButton"),
                             fields: [], csrf: ctx.formToken)
        form.hidden = [HiddenField(name: "token", value: token)]
        return page(ctx, heading: s.text("accRestoreHeading"), intro: s.text("accRestoreIntro"), forms: [form])
    }

    static func restored(_ ctx: PageContext) -> AccountPageModel {
        let s = ctx.edition.strings
        return page(ctx, heading: s.text("accRestoredHeading"), intro: s.text("accRestoredIntro"), links: [logInLink(ctx)])
    }

    static func restoreLinkBroken(_ ctx: PageContext) -> AccountPageModel {
        brokenLink(ctx, why: ctx.edition.strings.text("accRestoreLinkWhy"))
    }

    // MARK: Two-factor authentication

    static func twoFactorOn(_ ctx: PageContext) -> AccountPageModel {
        let s = ctx.edition.strings
        return page(ctx, heading: s.text("accTwoFactorOnHeading"), intro: s.text("accTwoFactorOnIntro"),
                    links: [LinkModel(label: s.text("accBackToAccount"), url: Paths.settings(ctx.edition.pathPrefix))])
    }

    /// Enrolment: the secret to add to an authenticator app, and the form for its first code.
    static func twoFactorSetup(_ ctx: PageContext, secret: String, uri: String, error: String? = nil) -> AccountPageModel {
        let s = ctx.edition.strings
        let form = FormModel(id: "totp", title: nil, action: Paths.twoFactor(ctx.edition.pathPrefix), submitLabel: s.text("accTurnOn"),
                             fields: [FieldModel("code", s.text("accCodeFromApp"), error: error, autocomplete: "one-time-code", maxLength: 8)],
                             csrf: ctx.formToken)
        var model = page(ctx, heading: s.text("accTwoFactorSetupHeading"), intro: s.text("accTwoFactorSetupIntro"), forms: [form])
        model.code = secret
        model.details = [LinkModel(label: s.text("accSetupLink"), url: uri)]
        return model
    }
}
