import Fluent
import Foundation
import Vapor

extension AccountService {
    func user(_ member: Member, on db: any Database) async throws -> User {
        guard let user = try await User.find(member.id, on: db), user.isActive else { throw AccountError.tokenInvalid }
        return user
    }

    func changeDisplayName(_ member: Member, to raw: String, on db: any Database) async throws {
        let name: String
        switch DisplayName.validated(raw) {
        case .success(let valid): name = valid
        case .failure(let problem): throw AccountError.invalid(["display_name": problem])
        }
        let user = try await user(member, on: db)
        user.displayName = name
        try await user.update(on: db)
    }

    /// The language of a staff member's desk pages: one of the catalogue's languages, or "" for the edition's.
    func changeStaffLanguage(_ member: Member, to raw: String, on db: any Database) async throws {
        let code = raw.trimmingCharacters(in: .whitespaces)
        guard code.isEmpty || Catalogue.bundled[code] != nil else {
            throw AccountError.invalid(["language": "Choose one of the offered languages."])
        }
        let user = try await user(member, on: db)
        user.language = code.isEmpty ? nil : code
        try await user.update(on: db)
    }

    /// Needs the current password; ends the member's other sessions and mails a notice.
    func changePassword(_ member: Member, current: String, new: String, language: String, origin: String, on db: any Database) async throws {
        let user = try await user(member, on: db)
        guard await PasswordHash.verify(current, against: user.passwordHash) else {
            throw AccountError.invalid(["current_password": "This is not your current password."])
        }
        if let p = PasswordPolicy.problem(with: new, email: user.email, displayName: user.displayName) {
            throw AccountError.invalid(["password": p])
        }
        let hash = try await PasswordHash.make(new, cost: bcryptCost)
        try await db.transaction { tx in
            user.passwordHash = hash
            try await user.update(on: tx)
            try await sessions.revokeAll(userID: member.id, except: member.sessionID, on: tx)
            try await mailer.enqueue(AccountMails.passwordChanged(
                to: MailAddress(email: user.email, name: user.displayName), language: language,
                recoverURL: origin + Paths.recover()), on: tx)
        }
    }

    /// Mails a link to the new address; the address changes only when that link is followed.
    func requestEmailChange(_ member: Member, newEmail raw: String, password: String, language: String, origin: String,
                            on db: any Database) async throws {
        let email = raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard UserService.looksLikeEmail(email) else {
            throw AccountError.invalid(["new_email": "Enter an e-mail address such as name@example.com."])
        }
        let user = try await user(member, on: db)
        guard await PasswordHash.verify(password, against: user.passwordHash) else {
            throw AccountError.invalid(["email_password": "This is not your current password."])
        }
        guard email != user.email else { throw AccountError.invalid(["new_email": "This is already your address."]) }
        if try await User.query(on: db).filter(\.$email == email).count() > 0 {
            throw AccountError.invalid(["new_email": "This address belongs to another account."])
        }
        try await db.transaction { tx in
            let token = try await issueToken(.changeEmail, userID: member.id, lifetime: 86_400, payload: email, on: tx)
            try await mailer.enqueue(AccountMails.changeEmail(
                to: MailAddress(email: email, name: user.displayName), language: language,
                url: origin + Paths.confirmEmailChange(token: token)), on: tx)
        }
    }

    func confirmEmailChange(token: String, on db: any Database) async throws {
        try await db.transaction { tx in
            let row = try await consumeToken(token, purpose: .changeEmail, on: tx)
            guard let email = row.payload, let user = try await User.find(row.userID, on: tx), user.isActive else {
                throw AccountError.tokenInvalid
            }
            if try await User.query(on: tx).filter(\.$email == email).count() > 0 { throw AccountError.tokenInvalid }
            user.email = email
            user.confirmedAt = user.confirmedAt ?? clock.now()
            try await user.update(on: tx)
        }
    }

    // MARK: Deletion, restore, purge

    /// Disables the account at once (every session ends) and mails a restore link valid for 30 days.
    func deleteAccount(_ member: Member, password: String, language: String, origin: String, on db: any Database) async throws {
        let user = try await user(member, on: db)
        guard await PasswordHash.verify(password, against: user.passwordHash) else {
            throw AccountError.invalid(["password": "This is not your current password."])
        }
        try await db.transaction { tx in
            user.status = "deleted"
            user.deletedAt = clock.now()
            try await user.update(on: tx)
            try await sessions.revokeAll(userID: member.id, on: tx)
            let token = try await issueToken(.restoreAccount, userID: member.id, lifetime: Self.restoreWindow, on: tx)
            try await mailer.enqueue(AccountMails.deleted(
                to: MailAddress(email: user.email, name: user.displayName), language: language,
                url: origin + Paths.restoreAccount(token: token)), on: tx)
        }
        logger.info("account deleted by its member", metadata: ["user": "\(member.id)"])
    }

    /// Restores a deleted account exactly as it was, within the 30 days.
    func restoreAccount(token: String, on db: any Database) async throws -> Int {
        try await db.transaction { tx in
            let row = try await consumeToken(token, purpose: .restoreAccount, on: tx)
            guard let user = try await User.find(row.userID, on: tx), user.status == "deleted",
                  let deletedAt = user.deletedAt, clock.now().timeIntervalSince(deletedAt) <= Self.restoreWindow else {
                throw AccountError.tokenInvalid
            }
            user.status = "active"
            user.deletedAt = nil
            try await user.update(on: tx)
            logger.info("account restored", metadata: ["user": "\(row.userID)"])
            return row.userID
        }
    }

    /// Erases accounts deleted more than 30 days ago: personal data gone, the row kept as "deleted account" so that
    /// what others wrote in reply still has an author to point at.
    @discardableResult
    func purgeExpired(mediaDirectory: String, on db: any Database) async throws -> Int {
        let cutoff = clock.now().addingTimeInterval(-Self.restoreWindow)
        let due = try await User.query(on: db).filter(\.$status == "deleted").filter(\.$deletedAt < cutoff).all()
        for user in due { try await purge(user, mediaDirectory: mediaDirectory, on: db) }
        try await CaptchaUse.query(on: db).filter(\.$expiresAt < clock.now()).delete()
        try await limiter.prune(on: db)
        return due.count
    }

    /// Erases one account for good: personal data gone, the row kept as "deleted account".
    /// Purges an account that is not purged yet; false when there is no such account.
    func purge(userID: Int, mediaDirectory: String, on db: any Database) async throws -> Bool {
        guard let user = try await User.find(userID, on: db), user.status != "purged" else { return false }
        try await purge(user, mediaDirectory: mediaDirectory, on: db)
        return true
    }

    func purge(_ user: User, mediaDirectory: String, on db: any Database) async throws {
        let id = try user.requireID()
        try await db.transaction { tx in
            if let avatar = user.avatarFile { try? FileManager.default.removeItem(atPath: mediaDirectory + "/" + avatar) }
            let oldEmail = user.email
            user.email = "purged-\(id)@deleted.invalid"
            user.displayName = "Deleted account"
            user.passwordHash = try await PasswordHash.make(SecureToken.generate(), cost: 4)
            user.avatarFile = nil
            user.totpSecret = nil
            user.totpEnabledAt = nil
            user.status = "purged"
            user.deletedAt = user.deletedAt ?? clock.now()
            try await user.update(on: tx)
            try await AccountToken.query(on: tx).filter(\.$userID == id).delete()
            try await Identity.query(on: tx).filter(\.$userID == id).delete()
            try await sessions.revokeAll(userID: id, on: tx)
            try await OutboxMail.query(on: tx).filter(\.$status == "pending").filter(\.$toEmail == oldEmail).delete()
        }
        logger.info("account purged", metadata: ["user": "\(id)"])
    }

    // MARK: Roles and the staff second factor

    func setRole(actor: Member, userID: Int, role: Role, on db: any Database) async throws {
        guard actor.role == .admin else { throw AccountError.forbidden("Only administrators change roles.") }
        guard userID != actor.id else { throw AccountError.invalid(["role": "You cannot change your own role."]) }
        guard let user = try await User.find(userID, on: db), user.isActive else { throw AccountError.tokenInvalid }
        let before = user.role
        user.role = role.rawValue
        try await user.update(on: db)
        logger.notice("role changed", metadata: ["actor": "\(actor.id)", "user": "\(userID)", "from": "\(before)", "to": "\(role.rawValue)"])
    }

    /// Starts enrolment: a new secret, kept until the member proves their app produces its codes.
    func beginTOTP(_ member: Member, on db: any Database) async throws -> (secret: String, uri: String) {
        let user = try await user(member, on: db)
        if user.totpEnabledAt != nil, let secret = user.totpSecret {
            return (secret, TOTP(secret: Base32.decode(secret) ?? []).provisioningURI(account: user.email, issuer: "Newsdesk"))
        }
        let secret = user.totpSecret ?? Base32.encode(TOTP.randomSecret())
        if user.totpSecret == nil {
            user.totpSecret = secret
            try await user.update(on: db)
        }
        return (secret, TOTP(secret: Base32.decode(secret) ?? []).provisioningURI(account: user.email, issuer: "Newsdesk"))
    }

    func confirmTOTP(_ member: Member, code: String, on db: any Database) async throws {
        let user = try await user(member, on: db)
        guard user.totpSecret != nil, try await acceptTOTP(code.trimmingCharacters(in: .whitespaces), for: user, on: db) else {
            throw AccountError.invalid(["code": "This code is not right. Enter the 6 digits your app shows now."])
        }
        user.totpEnabledAt = clock.now()
        try await user.update(on: db)
        logger.info("second factor enrolled", metadata: ["user": "\(member.id)"])
    }
}
