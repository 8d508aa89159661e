import Fluent
import Foundation
import SQLKit

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
        // One round trip: the session and its account together, as a plain row (this runs on every signed-in
        // request and every API post; building two models was most of its cost).
        guard let sql = db as? any SQLDatabase, let row = try await sql.raw("""
            SELECT s.id AS s_id, s.last_seen_at, s.expires_at, u.id, u.email, u.display_name, u.role, u.confirmed_at,
                   u.avatar_file, u.totp_enabled_at, u.status, u.language
            FROM sessions s JOIN users u ON u.id = s.user_id
            WHERE s.token_hash = \(bind: SecureToken.hash(token)) AND s.kind = \(bind: kind)
            """).first(),
              try row.decode(column: "expires_at", as: Date.self) > now,
              User.isActive(status: try row.decode(column: "status", as: String?.self)) else { return nil }
        let sessionID = try row.decode(column: "s_id", as: Int.self)
        if now.timeIntervalSince(try row.decode(column: "last_seen_at", as: Date.self)) > 300 {
            try await sql.raw("UPDATE sessions SET last_seen_at = \(bind: now) WHERE id = \(bind: sessionID)").run()
        }
        return Member(
            id: try row.decode(column: "id", as: Int.self), email: try row.decode(column: "email", as: String.self),
            displayName: try row.decode(column: "display_name", as: String.self),
            role: Role(rawValue: try row.decode(column: "role", as: String.self)) ?? .reader,
            confirmed: try row.decode(column: "confirmed_at", as: Date?.self) != nil,
            avatarPath: try row.decode(column: "avatar_file", as: String?.self).map { Paths.media($0) },
            totpEnabled: try row.decode(column: "totp_enabled_at", as: Date?.self) != nil, sessionID: sessionID, sessionKind: kind,
            language: try row.decode(column: "language", as: String?.self))
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
