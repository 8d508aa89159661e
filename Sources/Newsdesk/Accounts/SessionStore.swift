import Fluent
import Foundation

/// Sessions live in the database so every node knows them. The client holds a random token; we keep its hash.
struct SessionStore: Sendable {
    let clock: AppClock

    static let webLifetime: TimeInterval = 12 * 3600
    static let rememberLifetime: TimeInterval = 30 * 86_400
    static let apiLifetime: TimeInterval = 90 * 86_400

    func create(userID: Int, kind: String, remember: Bool, on db: any Database) async throws -> (token: String, session: MemberSession) {
        let token = SecureToken.generate()
        let now = clock.now()
        let s = MemberSession()
        s.tokenHash = SecureToken.hash(token)
        s.userID = userID
        s.kind = kind
        s.createdAt = now
        s.lastSeenAt = now
        s.remember = remember
        s.expiresAt = now.addingTimeInterval(kind == "api" ? Self.apiLifetime : remember ? Self.rememberLifetime : Self.webLifetime)
        try await s.create(on: db)
        return (token, s)
    }

    /// The member behind a token, if the session is current and the account active.
    func member(forToken token: String, kind: String, on db: any Database) async throws -> Member? {
        guard token.count >= 20, token.count <= 100 else { return nil }
        let now = clock.now()
        // One round trip: the session and its account together.
        guard let session = try await MemberSession.query(on: db)
            .join(User.self, on: \MemberSession.$userID == \User.$id)
            .filter(\.$tokenHash == SecureToken.hash(token)).filter(\.$kind == kind).first(),
              session.expiresAt > now,
              let user = try? session.joined(User.self), user.isActive else { return nil }
        if now.timeIntervalSince(session.lastSeenAt) > 300 {
            session.lastSeenAt = now
            try await session.update(on: db)
        }
        return Member(
            id: try user.requireID(), email: user.email, displayName: user.displayName, role: user.roleValue,
            confirmed: user.confirmedAt != nil, avatarPath: user.avatarFile.map { Paths.media($0) },
            totpEnabled: user.totpEnabledAt != nil, sessionID: try session.requireID(), sessionKind: kind,
            language: user.language)
    }

    func revoke(sessionID: Int, on db: any Database) async throws {
        try await MemberSession.query(on: db).filter(\.$id == sessionID).delete()
    }

    /// Ends every session of a member, but the one given (the member's current browser).
    func revokeAll(userID: Int, except keep: Int? = nil, on db: any Database) async throws {
        var q = MemberSession.query(on: db).filter(\.$userID == userID)
        if let keep { q = q.filter(\.$id != keep) }
        try await q.delete()
    }
}
