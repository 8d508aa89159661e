import Fluent
import Foundation
import SQLKit

/// A member as other features see them: names and standing of the account, never the password or tokens.
struct MemberProfile: Sendable, Equatable {
    let id: Int
    let email: String
    let displayName: String
    /// The avatar's file name in the media folder.
    let avatarFile: String?
    let createdAt: Date
    /// Not deleted, purged or otherwise switched off.
    let isActive: Bool
}

extension UserService {
    /// Profiles by id, read as plain rows (a `User` model per author cost more than the query in a profile).
    func profiles(ids: Set<Int>, on db: any Database) async throws -> [Int: MemberProfile] {
        guard !ids.isEmpty, let sql = db as? any SQLDatabase else { return [:] }
        var out: [Int: MemberProfile] = [:]
        let rows = try await sql.raw("""
            SELECT id, email, display_name, avatar_file, created_at, status FROM users WHERE id IN (\(binds: Array(ids)))
            """).all()
        for row in rows {
            let id = try row.decode(column: "id", as: Int.self)
            let status = try row.decode(column: "status", as: String?.self)
            out[id] = MemberProfile(id: id, email: try row.decode(column: "email", as: String.self),
                                    displayName: try row.decode(column: "display_name", as: String.self),
                                    avatarFile: try row.decode(column: "avatar_file", as: String?.self),
                                    createdAt: try row.decode(column: "created_at", as: Date.self),
                                    isActive: User.isActive(status: status))
        }
        return out
    }

    func profile(id: Int, on db: any Database) async throws -> MemberProfile? {
        try await profiles(ids: [id], on: db)[id]
    }
}
