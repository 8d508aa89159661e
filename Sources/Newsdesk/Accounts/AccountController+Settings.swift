import Fluent
import Foundation
import Vapor

extension AccountController {
    private func settingsForms(_ req: Request, member: Member, errors: [String: String] = [:], values: [String: String] = [:]) -> [FormModel] {
        let csrf = req.csrfToken
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

    private func settingsPage(_ req: Request, member: Member, notice: String? = nil, errors: [String: String] = [:],
                              values: [String: String] = [:], status: HTTPStatus = .ok) async throws -> Response {
        var links = [LinkModel(label: "Delete my account", url: Paths.deleteAccount)]
        if member.isStaff {
            links.insert(LinkModel(label: member.totpEnabled ? "Two-factor authentication (on)" : "Set up two-factor authentication (required for staff)",
                                   url: Paths.twoFactor), at: 0)
            if member.role == .admin { links.insert(LinkModel(label: "Administration: members and roles", url: Paths.adminUsers()), at: 0) }
        }
        let intro = member.confirmed ? "Signed in as \(member.email)." : "Signed in as \(member.email). Your address is not confirmed yet: follow the link we mailed you to be able to comment."
        return try await page(req, heading: "Your account", intro: intro, notice: notice,
                              forms: settingsForms(req, member: member, errors: errors, values: values), links: links, status: status) { model in
            model.avatar = member.avatarPath
        }
    }

    private func requireMemberOrLogin(_ req: Request) -> Member? { req.member }

    private func loginRedirect(_ req: Request) -> Response {
        req.redirect(to: Paths.login(next: req.url.path))
    }

    @Sendable func settings(req: Request) async throws -> Response {
        guard let member = req.member else { return loginRedirect(req) }
        let done = try? req.query.get(String.self, at: "done")
        let notices = ["name": "Your display name was saved.", "password": "Your new password is saved. Other sessions were logged out.",
                       "email": "We sent a link to your new address. Your address changes when you follow it.",
                       "avatar": "Your avatar was updated.", "email-changed": "Your e-mail address was changed."]
        return try await settingsPage(req, member: member, notice: done.flatMap { notices[$0] })
    }

    @Sendable func changeName(req: Request) async throws -> Response {
        guard let member = req.member else { return loginRedirect(req) }
        let name = field(req, "display_name")
        do {
            try await req.newsdesk.accounts.changeDisplayName(member, to: name, on: req.db)
        } catch AccountError.invalid(let fields) {
            return try await settingsPage(req, member: member, errors: fields, values: ["display_name": name], status: .unprocessableEntity)
        }
        return req.redirect(to: Paths.settings(done: "name"))
    }

    @Sendable func changePassword(req: Request) async throws -> Response {
        guard let member = req.member else { return loginRedirect(req) }
        do {
            try await req.newsdesk.accounts.changePassword(member, current: field(req, "current_password"), new: field(req, "password"),
                                                          language: "en", origin: req.siteOrigin, on: req.db)
        } catch AccountError.invalid(let fields) {
            return try await settingsPage(req, member: member, errors: fields, status: .unprocessableEntity)
        }
        return req.redirect(to: Paths.settings(done: "password"))
    }

    @Sendable func changeEmail(req: Request) async throws -> Response {
        guard let member = req.member else { return loginRedirect(req) }
        let newEmail = field(req, "new_email")
        do {
            try await req.newsdesk.accounts.requestEmailChange(member, newEmail: newEmail, password: field(req, "email_password"),
                                                              language: "en", origin: req.siteOrigin, on: req.db)
        } catch AccountError.invalid(let fields) {
            return try await settingsPage(req, member: member, errors: fields, values: ["new_email": newEmail], status: .unprocessableEntity)
        }
        return req.redirect(to: Paths.settings(done: "email"))
    }

    @Sendable func changeAvatar(req: Request) async throws -> Response {
        guard let member = req.member else { return loginRedirect(req) }
        do {
            guard let file = try? req.content.get(File.self, at: "avatar"), file.data.readableBytes > 0 else {
                throw AccountError.invalid(["avatar": "Choose a picture to upload."])
            }
            try await req.newsdesk.avatars.replace(for: member, upload: Array(file.data.readableBytesView), on: req.db)
        } catch let failure as any ExpectedFailure {
            let answer = failure.answer
            if answer.status.code >= 500 { req.logger.error("avatar not processed", metadata: ["reason": "\(answer.message)"]) }
            let response = try await settingsPage(req, member: member, errors: answer.fields ?? ["avatar": answer.message], status: answer.status)
            if let retry = answer.retryAfter { response.headers.replaceOrAdd(name: .retryAfter, value: "\(retry)") }
            return response
        }
        return req.redirect(to: Paths.settings(done: "avatar"))
    }

    @Sendable func confirmEmailChange(req: Request) async throws -> Response {
        let token = (try? req.query.get(String.self, at: "token")) ?? ""
        do {
            try await req.newsdesk.accounts.confirmEmailChange(token: token, on: req.db)
        } catch AccountError.tokenInvalid {
            return try await page(req, heading: "This link does not work", intro: "It may have been used already or have expired.", status: .badRequest)
        }
        return req.member == nil ? try await page(req, heading: "Your e-mail address was changed", links: [LinkModel(label: "Log in", url: Paths.login())])
            : req.redirect(to: Paths.settings(done: "email-changed"))
    }

    // MARK: Deletion

    private func deleteForm(_ req: Request, error: String? = nil) -> FormModel {
        var form = FormModel(id: "delete", title: nil, action: Paths.deleteAccount, submitLabel: "Yes, delete my account",
                             fields: [FieldModel("password", "Your password, to confirm", type: "password", error: error,
                                                 autocomplete: "current-password", maxLength: 128)], csrf: req.csrfToken)
        form.danger = true
        return form
    }

    static let deleteIntro = "Are you sure you want to delete your account? It is disabled at once: you are logged out everywhere and your comments are hidden. We e-mail you a link that restores everything as it was within 30 days. After 30 days the account and its personal data are erased for good."

    @Sendable func deletePage(req: Request) async throws -> Response {
        guard req.member != nil else { return loginRedirect(req) }
        return try await page(req, heading: "Delete your account", intro: Self.deleteIntro, forms: [deleteForm(req)],
                              links: [LinkModel(label: "No, keep my account", url: Paths.settings())])
    }

    @Sendable func delete(req: Request) async throws -> Response {
        guard let member = req.member else { return loginRedirect(req) }
        do {
            try await req.newsdesk.accounts.deleteAccount(member, password: field(req, "password"), language: "en", origin: req.siteOrigin, on: req.db)
        } catch AccountError.invalid(let fields) {
            return try await page(req, heading: "Delete your account", intro: Self.deleteIntro, forms: [deleteForm(req, error: fields["password"])],
                                  status: .unprocessableEntity)
        }
        try await req.newsdesk.discussion.authorStatusChanged(userID: member.id, on: req.db)
        req.member = nil  // the page below is already the logged-out site
        let response = try await page(req, heading: "Your account is deleted",
                                      intro: "You are logged out everywhere. We sent a restore link to \(member.email); it works for 30 days. After that the account is erased for good.")
        response.cookies[MemberMiddleware.cookieName(secure: req.isHTTPS)] = MemberMiddleware.clearedCookie(secure: req.isHTTPS)
        return response
    }

    @Sendable func restorePage(req: Request) async throws -> Response {
        let token = (try? req.query.get(String.self, at: "token")) ?? ""
        var form = FormModel(id: "restore", title: nil, action: Paths.restore, submitLabel: "Restore my account", fields: [], csrf: req.csrfToken)
        form.hidden = [HiddenField(name: "token", value: token)]
        return try await page(req, heading: "Restore your account", intro: "Your account and your comments will be back as they were.", forms: [form])
    }

    @Sendable func restore(req: Request) async throws -> Response {
        do {
            let userID = try await req.newsdesk.accounts.restoreAccount(token: field(req, "token"), on: req.db)
            try await req.newsdesk.discussion.authorStatusChanged(userID: userID, on: req.db)
        } catch AccountError.tokenInvalid {
            return try await page(req, heading: "This link does not work",
                                  intro: "Restore links work once, within 30 days of the deletion.", status: .badRequest)
        }
        return try await page(req, heading: "Welcome back", intro: "Your account is restored. Log in to continue.",
                              links: [LinkModel(label: "Log in", url: Paths.login())])
    }

    // MARK: Two-factor

    @Sendable func twoFactorPage(req: Request) async throws -> Response {
        guard let member = req.member else { return loginRedirect(req) }
        return try await twoFactor(req, member: member)
    }

    private func twoFactor(_ req: Request, member: Member, error: String? = nil, status: HTTPStatus = .ok) async throws -> Response {
        if member.totpEnabled {
            return try await page(req, heading: "Two-factor authentication is on",
                                  intro: "You will be asked for a code from your authenticator app when you log in.",
                                  links: [LinkModel(label: "Back to your account", url: Paths.settings())])
        }
        let (secret, uri) = try await req.newsdesk.accounts.beginTOTP(member, on: req.db)
        let form = FormModel(id: "totp", title: nil, action: Paths.twoFactor, submitLabel: "Turn on",
                             fields: [FieldModel("code", "Code from the app", error: error, autocomplete: "one-time-code", maxLength: 8)],
                             csrf: req.csrfToken)
        return try await page(req, heading: "Set up two-factor authentication",
                              intro: "Staff accounts need a second factor. Add this key to an authenticator app (time-based, 6 digits), then enter the code it shows.",
                              forms: [form], status: status) { model in
            model.code = secret
            model.details = [LinkModel(label: "Setup link:", url: uri)]
        }
    }

    @Sendable func twoFactor(req: Request) async throws -> Response {
        guard let member = req.member else { return loginRedirect(req) }
        do {
            try await req.newsdesk.accounts.confirmTOTP(member, code: field(req, "code"), on: req.db)
        } catch AccountError.invalid(let fields) {
            return try await twoFactor(req, member: member, error: fields["code"], status: .unprocessableEntity)
        }
        return req.redirect(to: Paths.twoFactor)
    }
}
