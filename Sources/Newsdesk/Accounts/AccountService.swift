import Crypto
import Fluent
import Foundation
import Logging
import Vapor

/// Every rule of member accounts: registration with captcha and consent, confirmation, log-in with throttling,
/// recovery, profile changes, deletion with a 30-day restore, purge, roles and the staff second factor.
/// Methods take typed input and a database; links are built from the `origin` the caller passes.
struct AccountService: Sendable {
    let clock: AppClock
    let mailer: Mailer
    let captcha: Captcha
    let sessions: SessionStore
    let throttle: LoginThrottle
    let limiter: RateLimiter
    let policies: PolicyPages
    let captchaPressure = CaptchaPressure()
    let bcryptCost: Int
    /// Wrong passwords are answered after this delay times the failures in a row (capped), to slow guessing.
    let failureDelay: TimeInterval
    let logger: Logger

    static let restoreWindow: TimeInterval = 30 * 86_400
    /// A fixed bcrypt hash to compare against when the e-mail is unknown, so both answers take as long.
    private static let dummyHash = "$2b$12$C6UzMDM.H6dfI/f/IKxGhu0QO0HbLY8dAOrNOkPHNnBPGOTvMkcGi"

    // MARK: Registration

    struct Registration: Sendable {
        var email: String
        var displayName: String
        var password: String
        var consent: Bool
        var captchaToken: String
        var captchaSolution: String?
        var captchaAnswer: String?
        var language: String
        /// The site's origin and the edition's path prefix ("https://news.example/ru"): mail links keep the member in their edition.
        var origin: String
        var ip: String
    }

    /// Creates an unconfirmed member and mails the confirmation link. An address that is already registered gets a
    /// mail instead, and the same answer, so registration cannot be used to find out who is a member.
    func register(_ r: Registration, on db: any Database) async throws {
        var problems: [String: String] = [:]
        let email = r.email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if !UserService.looksLikeEmail(email) { problems["email"] = "Enter an e-mail address such as name@example.com." }
        let validName = DisplayName.validated(r.displayName)
        if case .failure(let problem) = validName { problems["display_name"] = problem }
        let name = (try? validName.get()) ?? ""
        if let p = PasswordPolicy.problem(with: r.password, email: email, displayName: name) { problems["password"] = p }
        if !r.consent { problems["consent"] = "Please read and accept the privacy policy to register." }
        guard problems.isEmpty else { throw AccountError.invalid(problems) }
        try await limiter.hit("register:ip:\(r.ip)", limit: 10, window: 3600, on: db)
        try await useCaptcha(token: r.captchaToken, solution: r.captchaSolution, answer: r.captchaAnswer, purpose: "register", on: db)

        let now = clock.now()
        let policyVersion = try await policies.current(slug: PolicyPages.privacy, language: r.language, on: db)?.version ?? 1
        try await db.transaction { tx in
            if let existing = try await User.query(on: tx).filter(\.$email == email).first() {
                try await mailer.enqueue(AccountMails.alreadyRegistered(
                    to: MailAddress(email: email, name: existing.displayName), language: r.language,
                    loginURL: r.origin + Paths.login(), recoverURL: r.origin + Paths.recover()), on: tx)
                return
            }
            let user = User(email: email, passwordHash: try await PasswordHash.make(r.password, cost: bcryptCost), displayName: name,
                            role: .reader, confirmedAt: nil, createdAt: now)
            user.status = "active"
            user.consentVersion = policyVersion
            user.consentedAt = now
            try await user.create(on: tx)
            let token = try await issueToken(.confirmEmail, userID: try user.requireID(), lifetime: 7 * 86_400, on: tx)
            try await mailer.enqueue(AccountMails.confirm(
                to: MailAddress(email: email, name: name), language: r.language,
                url: r.origin + Paths.confirmEmail(token: token)), on: tx)
            logger.info("member registered", metadata: ["user": "\(user.id ?? 0)"])
        }
    }

    func confirmEmail(token: String, on db: any Database) async throws -> Int {
        try await db.transaction { tx in
            let row = try await consumeToken(token, purpose: .confirmEmail, on: tx)
            guard let user = try await User.find(row.userID, on: tx), user.isActive else { throw AccountError.tokenInvalid }
            if user.confirmedAt == nil { user.confirmedAt = clock.now() }
            try await user.update(on: tx)
            return row.userID
        }
    }

    // MARK: Log-in

    struct Credentials: Sendable {
        var email: String
        var password: String
        var otp: String?
        var remember: Bool
        var ip: String
        var kind: String
        /// Asked for after a few failures (see `LoginThrottle`); the web form shows it, the API cannot.
        var captchaToken: String? = nil
        var captchaSolution: String? = nil
        var captchaAnswer: String? = nil
    }

    /// Checks the password (and the second factor of staff who enrolled one) and opens a session.
    /// The answer is the same for an unknown e-mail and a wrong password. Repeated failures ask for a captcha and
    /// then slow down this account from this address only (`LoginThrottle`); nobody else is locked out.
    /// Staff asking for an API session must have enrolled their second factor, as the staff pages require.
    func logIn(_ c: Credentials, on db: any Database) async throws -> (token: String, member: Member) {
        let email = c.email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let state = try await throttle.state(email: email, ip: c.ip, on: db)
        if let wait = state.retryAfter { throw AccountError.locked(retryAfter: wait) }
        // Apps cannot show a captcha: one address guessing is slowed by the delays alone, and an account under
        // attack from many addresses sends its owner to the website, where the captcha lets them in.
        if c.kind == "api" ? state.accountNeedsCaptcha : state.needsCaptcha {
            guard let token = c.captchaToken, !token.isEmpty else { throw AccountError.captchaRequired }
            try await useCaptcha(token: token, solution: c.captchaSolution, answer: c.captchaAnswer, purpose: "login", on: db)
        }
        let user = try await User.query(on: db).filter(\.$email == email).first()
        let hash = user?.passwordHash ?? Self.dummyHash
        let passwordOK = await PasswordHash.verify(c.password, against: hash)
        guard let user, passwordOK, user.isActive else {
            try await throttle.fail(email: email, ip: c.ip, on: db)
            if failureDelay > 0 { try? await Task.sleep(nanoseconds: UInt64(failureDelay * 1_000_000_000)) }
            throw AccountError.badCredentials
        }
        if user.totpEnabledAt != nil {
            guard let otp = c.otp?.trimmingCharacters(in: .whitespaces), !otp.isEmpty else { throw AccountError.otpRequired }
            guard try await acceptTOTP(otp, for: user, on: db) else {
                try await throttle.fail(email: email, ip: c.ip, on: db)
                throw AccountError.badCredentials
            }
        } else if c.kind == "api", user.role != Role.reader.rawValue {
            throw AccountError.secondFactorNotEnrolled
        }
        try await throttle.succeed(email: email, ip: c.ip, on: db)
        user.lastLoginAt = clock.now()
        try await user.update(on: db)
        let (token, session) = try await sessions.create(userID: try user.requireID(), kind: c.kind, remember: c.remember, on: db)
        guard let member = try await sessions.member(forToken: token, kind: c.kind, on: db) else {
            throw AccountError.badCredentials
        }
        logger.info("member logged in", metadata: ["user": "\(user.id ?? 0)", "session": "\(session.id ?? 0)", "kind": "\(c.kind)"])
        return (token, member)
    }

    /// Whether the next log-in of this account from this address must solve a captcha (for showing the form).
    func logInNeedsCaptcha(email: String, ip: String, on db: any Database) async throws -> Bool {
        try await throttle.state(email: email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased(), ip: ip, on: db).needsCaptcha
    }

    // MARK: Recovery

    struct Recovery: Sendable {
        var email: String
        var captchaToken: String
        var captchaSolution: String?
        var captchaAnswer: String?
        var language: String
        var origin: String
        var ip: String
    }

    /// Mails a one-hour, single-use reset link if the address belongs to an active member. The caller shows the
    /// same answer either way.
    func startRecovery(_ r: Recovery, on db: any Database) async throws {
        let email = r.email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard UserService.looksLikeEmail(email) else {
            throw AccountError.invalid(["email": "Enter the e-mail address of your account."])
        }
        try await limiter.hit("recover:ip:\(r.ip)", limit: 10, window: 3600, on: db)
        try await useCaptcha(token: r.captchaToken, solution: r.captchaSolution, answer: r.captchaAnswer, purpose: "recover", on: db)
        try await limiter.hit("recover:email:\(email)", limit: 3, window: 3600, on: db)
        guard let user = try await User.query(on: db).filter(\.$email == email).first(), user.isActive else { return }
        try await db.transaction { tx in
            let token = try await issueToken(.resetPassword, userID: try user.requireID(), lifetime: 3600, on: tx)
            try await mailer.enqueue(AccountMails.reset(
                to: MailAddress(email: user.email, name: user.displayName), language: r.language,
                url: r.origin + Paths.resetPassword(token: token)), on: tx)
        }
    }

    /// Whether a reset link is still good (for showing the form).
    func resetTokenIsValid(_ token: String, on db: any Database) async throws -> Bool {
        try await findToken(token, purpose: .resetPassword, on: db) != nil
    }

    /// Sets the new password, ends every session of the member and mails a notice; opens a fresh session.
    func resetPassword(token: String, newPassword: String, language: String, origin: String, on db: any Database) async throws -> (token: String, member: Member) {
        guard let pending = try await findToken(token, purpose: .resetPassword, on: db),
              let user = try await User.find(pending.userID, on: db), user.isActive else { throw AccountError.tokenInvalid }
        if let p = PasswordPolicy.problem(with: newPassword, email: user.email, displayName: user.displayName) {
            throw AccountError.invalid(["password": p])
        }
        let hash = try await PasswordHash.make(newPassword, cost: bcryptCost)
        try await db.transaction { tx in
            _ = try await consumeToken(token, purpose: .resetPassword, on: tx)
            user.passwordHash = hash
            try await user.update(on: tx)
            try await sessions.revokeAll(userID: try user.requireID(), on: tx)
            try await mailer.enqueue(AccountMails.passwordChanged(
                to: MailAddress(email: user.email, name: user.displayName), language: language,
                recoverURL: origin + Paths.recover()), on: tx)
        }
        try await throttle.forgive(email: user.email, on: db)
        let (newToken, _) = try await sessions.create(userID: try user.requireID(), kind: "web", remember: false, on: db)
        guard let member = try await sessions.member(forToken: newToken, kind: "web", on: db) else { throw AccountError.tokenInvalid }
        return (newToken, member)
    }

    // MARK: Captcha

    /// A captcha for a form; an address that asks for many in a minute gets harder ones.
    func challenge(purpose: String, language: String, ip: String) -> CaptchaChallenge {
        let now = clock.now()
        return captcha.issue(purpose: purpose, language: language, now: now, extraBits: captchaPressure.extraBits(for: ip, now: now))
    }

    /// A captcha solution counts once: its nonce is stored until the challenge expires.
    private func useCaptcha(token: String, solution: String?, answer: String?, purpose: String, on db: any Database) async throws {
        let checked: (nonce: String, expiresAt: Date)
        do {
            checked = try captcha.verify(token: token, solution: solution, answer: answer, purpose: purpose, now: clock.now())
        } catch CaptchaError.expired {
            throw AccountError.invalid(["captcha": "The check expired. Please try again."])
        } catch CaptchaError.wrongSolution {
            throw AccountError.invalid(["captcha": "The answer to the check is not right. Please try again."])
        } catch {
            throw AccountError.invalid(["captcha": "Please complete the check that you are human."])
        }
        let use = CaptchaUse()
        use.nonce = checked.nonce
        use.expiresAt = checked.expiresAt
        do {
            try await use.create(on: db)
        } catch {
            if try await CaptchaUse.query(on: db).filter(\.$nonce == checked.nonce).count() > 0 {
                throw AccountError.invalid(["captcha": "This check was already used. Please try again."])
            }
            throw error
        }
    }

    // MARK: Tokens

    func issueToken(_ purpose: AccountToken.Purpose, userID: Int, lifetime: TimeInterval, payload: String? = nil,
                    on db: any Database) async throws -> String {
        let token = SecureToken.generate()
        let row = AccountToken()
        row.userID = userID
        row.purpose = purpose.rawValue
        row.tokenHash = SecureToken.hash(token)
        row.payload = payload
        row.createdAt = clock.now()
        row.expiresAt = clock.now().addingTimeInterval(lifetime)
        try await row.create(on: db)
        return token
    }

    func findToken(_ token: String, purpose: AccountToken.Purpose, on db: any Database) async throws -> AccountToken? {
        guard !token.isEmpty, token.count <= 100 else { return nil }
        guard let row = try await AccountToken.query(on: db)
            .filter(\.$tokenHash == SecureToken.hash(token)).filter(\.$purpose == purpose.rawValue).first(),
              row.usedAt == nil, row.expiresAt > clock.now() else { return nil }
        return row
    }

    func consumeToken(_ token: String, purpose: AccountToken.Purpose, on db: any Database) async throws -> AccountToken {
        guard let row = try await findToken(token, purpose: purpose, on: db) else { throw AccountError.tokenInvalid }
        row.usedAt = clock.now()
        try await row.update(on: db)
        return row
    }

    // MARK: Second factor

    func acceptTOTP(_ code: String, for user: User, on db: any Database) async throws -> Bool {
        guard let secret = user.totpSecret.flatMap(Base32.decode),
              let step = TOTP(secret: secret).validate(code, at: clock.now()) else { return false }
        // A code works once: a replayed code (same or earlier step) is refused.
        if let last = user.totpLastStep, step <= last { return false }
        user.totpLastStep = step
        try await user.update(on: db)
        return true
    }
}
