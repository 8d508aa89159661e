import Crypto
import Fluent
import Foundation
import Logging
import Vapor

/// Outside accounts linked to members (`identities`): signing in with one, linking one to an existing member after
/// the password (and second factor), creating a member from one, listing and unlinking. The OpenID client has
/// verified the identity before any of this runs.
struct IdentityService: Sendable {
    let accounts: AccountService
    let logger: Logger

    var clock: AppClock { accounts.clock }

    /// Members who only ever signed in from outside have no password: this never matches a bcrypt hash.
    static let noPassword = "!outside-account"

    /// The verified identity a sign-in brought back.
    struct Verified: Codable, Sendable, Equatable {
        var provider: String
        var subject: String
        var email: String?
        var emailVerified: Bool
        var name: String
    }

    enum SignIn: Sendable, Equatable {
        case session(token: String, userID: Int)
        /// The member enrolled a second factor: ask for its code before any session.
        case secondFactor(userID: Int)
        /// Nobody linked this identity yet: ask "Do you have an account here?".
        case unknown
    }

    // MARK: Signing in

    /// Logs in the member linked to the identity. A deleted account is refused as it is with a password.
    func signIn(_ identity: Verified, on db: any Database) async throws -> SignIn {
        guard let row = try await find(provider: identity.provider, subject: identity.subject, on: db) else { return .unknown }
        guard let user = try await User.find(row.userID, on: db), user.isActive else { throw OpenIDError.accountUnavailable }
        let id = try user.requireID()
        if user.totpEnabledAt != nil { return .secondFactor(userID: id) }
        return .session(token: try await openSession(user, on: db), userID: id)
    }

    /// The second factor of a member who signed in from outside; failures count as failed log-ins.
    func completeSecondFactor(userID: Int, code: String, ip: String, on db: any Database) async throws -> String {
        guard let user = try await User.find(userID, on: db), user.isActive else { throw OpenIDError.accountUnavailable }
        let state = try await accounts.throttle.state(email: user.email, ip: ip, on: db)
        if let wait = state.retryAfter { throw AccountError.locked(retryAfter: wait) }
        let trimmed = code.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw AccountError.invalid(["otp": "Enter the code from your authenticator app."]) }
        guard try await accounts.acceptTOTP(trimmed, for: user, on: db) else {
            try await accounts.throttle.fail(email: user.email, ip: ip, on: db)
            throw AccountError.invalid(["otp": "That code is not right. Enter the current code from your authenticator app."])
        }
        try await accounts.throttle.succeed(email: user.email, ip: ip, on: db)
        return try await openSession(user, on: db)
    }

    private func openSession(_ user: User, on db: any Database) async throws -> String {
        user.lastLoginAt = clock.now()
        try await user.update(on: db)
        let (token, session) = try await accounts.sessions.create(userID: try user.requireID(), kind: "web", remember: false, on: db)
        logger.info("member logged in", metadata: ["user": "\(user.id ?? 0)", "session": "\(session.id ?? 0)", "kind": "outside"])
        return token
    }

    // MARK: Linking

    /// Links the identity to the member; refused when another member has it. Linking it again to the same member
    /// changes nothing.
    func link(_ identity: Verified, to userID: Int, on db: any Database) async throws {
        if let existing = try await find(provider: identity.provider, subject: identity.subject, on: db) {
            guard existing.userID == userID else { throw OpenIDError.identityTaken }
            return
        }
        try await Identity(provider: identity.provider, subject: identity.subject, userID: userID, createdAt: clock.now()).create(on: db)
        logger.info("outside account linked", metadata: ["user": "\(userID)", "provider": "\(identity.provider)"])
    }

    /// Whether the identity is linked to anyone (checked before asking for a password to link it).
    func isLinked(_ identity: Verified, on db: any Database) async throws -> Bool {
        try await find(provider: identity.provider, subject: identity.subject, on: db) != nil
    }

    // MARK: A new member from an outside account

    /// Why "No" cannot create a member with this identity, checked before the consent form is shown.
    func checkNewMember(_ identity: Verified, on db: any Database) async throws {
        guard let email = identity.email?.lowercased(), UserService.looksLikeEmail(email) else { throw OpenIDError.emailMissing }
        if try await User.query(on: db).filter(\.$email == email).first() != nil { throw OpenIDError.emailTaken }
        if try await isLinked(identity, on: db) { throw OpenIDError.identityTaken }
    }

    struct NewMember: Sendable {
        var identity: Verified
        var displayName: String
        var consent: Bool
        var language: String
        var origin: String
        var ip: String
    }

    /// Creates a member from the identity after the privacy-policy consent: confirmed when the provider verified
    /// the address, otherwise a confirmation mail is sent. Returns a session token.
    func createMember(_ input: NewMember, on db: any Database) async throws -> (token: String, userID: Int) {
        try await checkNewMember(input.identity, on: db)
        let email = (input.identity.email ?? "").lowercased()
        var problems: [String: String] = [:]
        let validName = DisplayName.validated(input.displayName)
        if case .failure(let problem) = validName { problems["display_name"] = problem }
        if !input.consent { problems["consent"] = "Please read and accept the privacy policy to register." }
        guard problems.isEmpty else { throw AccountError.invalid(problems) }
        try await accounts.limiter.hit("register:ip:\(input.ip)", limit: 10, window: 3600, on: db)
        let now = clock.now()
        let version = try await accounts.policies.current(slug: PolicyPages.privacy, language: input.language, on: db)?.version ?? 1
        let user = User(email: email, passwordHash: Self.noPassword, displayName: (try? validName.get()) ?? "",
                        role: .reader, confirmedAt: input.identity.emailVerified ? now : nil, createdAt: now)
        user.status = "active"
        user.consentVersion = version
        user.consentedAt = now
        try await db.transaction { tx in
            try await user.create(on: tx)
            let id = try user.requireID()
            try await Identity(provider: input.identity.provider, subject: input.identity.subject, userID: id, createdAt: now).create(on: tx)
            if !input.identity.emailVerified {
                let token = try await accounts.issueToken(.confirmEmail, userID: id, lifetime: 7 * 86_400, on: tx)
                try await accounts.mailer.enqueue(AccountMails.confirm(
                    to: MailAddress(email: email, name: user.displayName), language: input.language,
                    url: input.origin + Paths.confirmEmail(token: token)), on: tx)
            }
        }
        logger.info("member registered", metadata: ["user": "\(user.id ?? 0)", "provider": "\(input.identity.provider)",
                                                    "confirmed": "\(input.identity.emailVerified)"])
        return (try await openSession(user, on: db), try user.requireID())
    }

    // MARK: Settings

    func linked(userID: Int, on db: any Database) async throws -> [Identity] {
        try await Identity.query(on: db).filter(\.$userID == userID).sort(\.$createdAt).all()
    }

    /// Unlinks one of the member's identities, as long as a password or another link remains to sign in with.
    func unlink(_ member: Member, identityID: Int, on db: any Database) async throws -> Identity {
        try await db.transaction { tx in
            guard let row = try await Identity.find(identityID, on: tx), row.userID == member.id else { throw OpenIDError.notLinked }
            guard let user = try await User.find(member.id, on: tx) else { throw OpenIDError.notLinked }
            let others = try await Identity.query(on: tx).filter(\.$userID == member.id).filter(\.$id != identityID).count()
            guard others > 0 || Self.hasPassword(user) else { throw OpenIDError.lastSignInMethod }
            try await row.delete(on: tx)
            logger.info("outside account unlinked", metadata: ["user": "\(member.id)", "provider": "\(row.provider)"])
            return row
        }
    }

    static func hasPassword(_ user: User) -> Bool { user.passwordHash.hasPrefix("$2") }

    /// Records that a sign-in's `state` was used; a second use is refused.
    func useState(_ state: String, expiresAt: Date, on db: any Database) async throws {
        let use = CaptchaUse()
        use.nonce = "oidc:" + SecureToken.hash(state)
        use.expiresAt = expiresAt
        do {
            try await use.create(on: db)
        } catch {
            if try await CaptchaUse.query(on: db).filter(\.$nonce == use.nonce).count() > 0 { throw OpenIDError.stateInvalid }
            throw error
        }
    }

    private func find(provider: String, subject: String, on db: any Database) async throws -> Identity? {
        try await Identity.query(on: db).filter(\.$provider == provider).filter(\.$subject == subject).first()
    }
}
