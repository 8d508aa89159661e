import Fluent
import Foundation

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
    func profiles(ids: Set<Int>, on db: any Database) async throws -> [Int: MemberProfile] {
        guard !ids.isEmpty else { return [:] }
        var out: [Int: MemberProfile] = [:]
        for u in try await User.query(on: db).filter(\.$id ~~ ids).all() {
            guard let id = u.id else { continue }
            out[id] = MemberProfile(id: id, email: u.email, displayName: u.displayName, avatarFile: u.avatarFile,
                                    createdAt: u.createdAt, isActive: u.isActive)
        }
        return out
    }

    func profile(id: Int, on db: any Database) async throws -> MemberProfile? {
        try await profiles(ids: [id], on: db)[id]
    }
}
