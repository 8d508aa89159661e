import Fluent
import Foundation
import Vapor

extension AccountController {
    private func settingsPage(_ req: Request, member: Member, notice: String? = nil, errors: [String: String] = [:],
                              values: [String: String] = [:], status: HTTPStatus = .ok) async throws -> Response {
        let (linked, linkable) = try await openIDSettings(req, member: member)
        return try await show(req, status: status) {
            AccountPages.settings($0, member: member, notice: notice, errors: errors, values: values, linked: linked, linkable: linkable)
        }
    }

    private func loginRedirect(_ req: Request) -> Response {
        req.redirect(to: Paths.login(prefix(req), next: req.url.path))
    }

    @Sendable func settings(req: Request) async throws -> Response {
        guard let member = req.member else { return loginRedirect(req) }
        let done = try? req.query.get(String.self, at: "done")
        let strings = try await edition(req).strings
        return try await settingsPage(req, member: member, notice: done.flatMap { AccountPages.settingsNotices[$0] }.map { strings.text($0) })
    }

    @Sendable func changeName(req: Request) async throws -> Response {
        guard let member = req.member else { return loginRedirect(req) }
        let name = field(req, "display_name")
        do {
            try await req.newsdesk.accounts.changeDisplayName(member, to: name, on: req.db)
        } catch AccountError.invalid(let fields) {
            return try await settingsPage(req, member: member, errors: fields, values: ["display_name": name], status: .unprocessableEntity)
        }
        return req.redirect(to: Paths.settings(prefix(req), done: "name"))
    }

    /// Staff only: the language of the staff pages ("" for the edition's language).
    @Sendable func changeLanguage(req: Request) async throws -> Response {
        guard let member = req.member else { return loginRedirect(req) }
        guard member.isStaff else { throw Abort(.forbidden) }
        let language = field(req, "language")
        do {
            try await req.newsdesk.accounts.changeStaffLanguage(member, to: language, on: req.db)
        } catch AccountError.invalid(let fields) {
            return try await settingsPage(req, member: member, errors: fields, values: ["language": language], status: .unprocessableEntity)
        }
        return req.redirect(to: Paths.settings(prefix(req), done: "language"))
    }

    @Sendable func changePassword(req: Request) async throws -> Response {
        guard let member = req.member else { return loginRedirect(req) }
        do {
            try await req.newsdesk.accounts.changePassword(member, current: field(req, "current_password"), new: field(req, "password"),
                                                          language: try await language(req), origin: req.siteOrigin + prefix(req), on: req.db)
        } catch AccountError.invalid(let fields) {
            return try await settingsPage(req, member: member, errors: fields, status: .unprocessableEntity)
        }
        return req.redirect(to: Paths.settings(prefix(req), done: "password"))
    }

    @Sendable func changeEmail(req: Request) async throws -> Response {
        guard let member = req.member else { return loginRedirect(req) }
        let newEmail = field(req, "new_email")
        do {
            try await req.newsdesk.accounts.requestEmailChange(member, newEmail: newEmail, password: field(req, "email_password"),
                                                              language: try await language(req), origin: req.siteOrigin + prefix(req), on: req.db)
        } catch AccountError.invalid(let fields) {
            return try await settingsPage(req, member: member, errors: fields, values: ["new_email": newEmail], status: .unprocessableEntity)
        }
        return req.redirect(to: Paths.settings(prefix(req), done: "email"))
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
        return req.redirect(to: Paths.settings(prefix(req), done: "avatar"))
    }

    @Sendable func confirmEmailChange(req: Request) async throws -> Response {
        let token = (try? req.query.get(String.self, at: "token")) ?? ""
        do {
            try await req.newsdesk.accounts.confirmEmailChange(token: token, on: req.db)
        } catch AccountError.tokenInvalid {
            return try await show(req, status: .badRequest, forms: false) {
                AccountPages.brokenLink($0, why: $0.edition.strings.text("accLinkUsedOrExpired"))
            }
        }
        return req.member == nil ? try await show(req, forms: false) { AccountPages.emailChanged($0) }
            : req.redirect(to: Paths.settings(prefix(req), done: "email-changed"))
    }

    // MARK: Deletion

    @Sendable func deletePage(req: Request) async throws -> Response {
        guard req.member != nil else { return loginRedirect(req) }
        return try await show(req) { AccountPages.delete($0) }
    }

    @Sendable func delete(req: Request) async throws -> Response {
        guard let member = req.member else { return loginRedirect(req) }
        do {
            try await req.newsdesk.accounts.deleteAccount(member, password: field(req, "password"), language: try await language(req), origin: req.siteOrigin + prefix(req), on: req.db)
        } catch AccountError.invalid(let fields) {
            return try await show(req, status: .unprocessableEntity) { AccountPages.delete($0, error: fields["password"]) }
        }
        try await req.newsdesk.discussion.authorStatusChanged(userID: member.id, on: req.db)
        req.member = nil  // the page below is already the logged-out site
        let response = try await show(req, forms: false) { AccountPages.deleted($0, email: member.email) }
        response.cookies[MemberMiddleware.cookieName(secure: req.isHTTPS)] = MemberMiddleware.clearedCookie(secure: req.isHTTPS)
        return response
    }

    @Sendable func restorePage(req: Request) async throws -> Response {
        let token = (try? req.query.get(String.self, at: "token")) ?? ""
        return try await show(req) { AccountPages.restore($0, token: token) }
    }

    @Sendable func restore(req: Request) async throws -> Response {
        do {
            let userID = try await req.newsdesk.accounts.restoreAccount(token: field(req, "token"), on: req.db)
            try await req.newsdesk.discussion.authorStatusChanged(userID: userID, on: req.db)
        } catch AccountError.tokenInvalid {
            return try await show(req, status: .badRequest, forms: false) { AccountPages.restoreLinkBroken($0) }
        }
        return try await show(req, forms: false) { AccountPages.restored($0) }
    }

    // MARK: Two-factor

    @Sendable func twoFactorPage(req: Request) async throws -> Response {
        guard let member = req.member else { return loginRedirect(req) }
        return try await twoFactor(req, member: member)
    }

    private func twoFactor(_ req: Request, member: Member, error: String? = nil, status: HTTPStatus = .ok) async throws -> Response {
        if member.totpEnabled { return try await show(req, forms: false) { AccountPages.twoFactorOn($0) } }
        let (secret, uri) = try await req.newsdesk.accounts.beginTOTP(member, on: req.db)
        return try await show(req, status: status) { AccountPages.twoFactorSetup($0, secret: secret, uri: uri, error: error) }
    }

    @Sendable func twoFactor(req: Request) async throws -> Response {
        guard let member = req.member else { return loginRedirect(req) }
        do {
            try await req.newsdesk.accounts.confirmTOTP(member, code: field(req, "code"), on: req.db)
        } catch AccountError.invalid(let fields) {
            return try await twoFactor(req, member: member, error: fields["code"], status: .unprocessableEntity)
        }
        return req.redirect(to: Paths.twoFactor(prefix(req)))
    }
}
