import Foundation
import Vapor

/// The signed-in member of a request, as every feature sees it.
struct Member: Sendable, Equatable {
    let id: Int
    let email: String
    let displayName: String
    let role: Role
    let confirmed: Bool
    let avatarPath: String?
    let totpEnabled: Bool
    let sessionID: Int
    /// "web" for the cookie session, "api" for a bearer token.
    let sessionKind: String
    /// The language the member chose for the staff pages; nil: the edition's language.
    var language: String? = nil

    var isStaff: Bool { role != .reader }
}

enum AccountError: Error, Equatable {
    /// Field name -> what to fix.
    case invalid([String: String])
    case badCredentials
    /// Too many failed log-ins of this account from this address: wait this many seconds.
    case locked(retryAfter: Int)
    case rateLimited(retryAfter: Int)
    case tokenInvalid
    case otpRequired
    /// After a few failed log-ins the next one needs a captcha.
    case captchaRequired
    /// Staff must enrol their second factor before any staff session (web pages or API).
    case secondFactorNotEnrolled
    case forbidden(String)
    case unavailable(String)
}

extension Request {
    private struct MemberKey: StorageKey { typealias Value = Member }

    /// The member signed in on this request, if any (set by `MemberMiddleware`).
    var member: Member? {
        get { storage[MemberKey.self] }
        set { storage[MemberKey.self] = newValue }
    }

    func requireMember() throws -> Member {
        guard let member else { throw Abort(.unauthorized, reason: "Log in to continue.") }
        return member
    }
}
