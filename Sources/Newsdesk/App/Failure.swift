import AsyncKit
import FluentKit
import Foundation
import PostgresNIO
import SQLiteNIO
import Standards
import Vapor

/// How an expected failure is answered: its status, a machine code, a message for people, what to fix per field,
/// and when to try again. Pages and the API both answer from this; nothing else decides a status.
struct FailureAnswer: Sendable, Equatable {
    var status: HTTPStatus
    var code: String
    var message: String
    var fields: [String: String]?
    /// Seconds; sent as `Retry-After` (429 and 503).
    var retryAfter: Int?
    /// The engine's findings of a rejected comment (API: `findings`).
    var findings: [Finding]?
    /// A save refused because it was made on an older version (API: `current_version`).
    var currentVersion: Int?

    init(_ status: HTTPStatus, _ code: String, _ message: String, fields: [String: String]? = nil,
         retryAfter: Int? = nil, findings: [Finding]? = nil, currentVersion: Int? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.fields = fields
        self.retryAfter = retryAfter
        self.findings = findings
        self.currentVersion = currentVersion
    }
}

/// A failure the program expects (bad input, a refused action, a limit, a busy database). Every other error is a
/// bug: answered 500 and logged with the request id.
protocol ExpectedFailure: Error {
    var answer: FailureAnswer { get }
}

/// The database could not take the work in time (locked, full, read-only, unreachable): answered 503, try later.
struct StoreUnavailable: ExpectedFailure, CustomStringConvertible {
    let reason: String
    var answer: FailureAnswer {
        FailureAnswer(.serviceUnavailable, "unavailable",
                      "The site cannot save this right now. Nothing was lost; please try again in a few seconds.",
                      retryAfter: 5)
    }
    var description: String { "store unavailable: \(reason)" }
}

/// A request over one of the server's size limits.
struct RequestLimitExceeded: ExpectedFailure {
    enum Limit: Sendable { case body, uri, headers, streams }
    let limit: Limit
    var answer: FailureAnswer {
        switch limit {
        case .body: FailureAnswer(.payloadTooLarge, "too_large", "The request body is larger than this address accepts.")
        case .uri: FailureAnswer(.uriTooLong, "uri_too_long", "The address is too long.")
        case .headers: FailureAnswer(.requestHeaderFieldsTooLarge, "headers_too_large", "The request headers are too large.")
        case .streams: FailureAnswer(.tooManyRequests, "too_many_streams", "Too many live streams are open; close some and try again.",
                                     retryAfter: 30)
        }
    }
}

/// The one place where errors become answers.
enum Failures {
    static let internalAnswer = FailureAnswer(.internalServerError, "internal",
                                              "Something went wrong on our side; it has been logged.")

    /// The answer for any error; `nil` means it is not expected (a bug) and becomes a logged 500.
    static func answer(for error: any Error) -> FailureAnswer? {
        switch error {
        case let expected as any ExpectedFailure:
            return expected.answer
        case let abort as any AbortError:
            return abortAnswer(abort)
        case let decoding as DecodingError:
            return FailureAnswer(.unprocessableEntity, "invalid", "The request body is not of the documented shape.",
                                 fields: ["body": decodingProblem(decoding)])
        default:
            if let store = storeFailure(error) { return store.answer }
            return nil
        }
    }

    private static func abortAnswer(_ abort: any AbortError) -> FailureAnswer {
        switch abort.status {
        case .notFound: return FailureAnswer(.notFound, "not_found", "Not found.")
        case .payloadTooLarge: return RequestLimitExceeded(limit: .body).answer
        case .unauthorized: return FailureAnswer(.unauthorized, "unauthorized", abort.reason == "Unauthorized" ? "Log in or send a bearer token." : abort.reason)
        case .forbidden: return FailureAnswer(.forbidden, "forbidden", abort.reason)
        case .badRequest, .unprocessableEntity:
            // Vapor's own content decoding throws 400s; for a caller they are input to fix.
            return FailureAnswer(.unprocessableEntity, "invalid", abort.reason)
        default:
            let code = abort.status.reasonPhrase.lowercased().replacingOccurrences(of: " ", with: "_")
            return FailureAnswer(abort.status, code, abort.reason)
        }
    }

    private static func decodingProblem(_ error: DecodingError) -> String {
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .keyNotFound(_, let c), .dataCorrupted(let c):
            let path = c.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? "not a JSON object of the expected shape" : "\(path): wrong or missing value"
        @unknown default:
            return "not a JSON object of the expected shape"
        }
    }

    /// Database errors that mean "not now" rather than "a bug": busy or locked past the wait, disk full, read-only,
    /// cannot open, I/O errors, a lost PostgreSQL connection, or no pooled connection in time.
    static func storeFailure(_ error: any Error) -> StoreUnavailable? {
        if let sqlite = error as? SQLiteError {
            switch sqlite.reason {
            case .busy, .locked, .full, .readOnly, .ioError, .cantOpen, .busyTimeout, .busyInRecovery, .busyInSnapshot,
                 .readonlyCantLock, .readonlyDirectory, .readonlyInRecovery, .readonlyInRollback, .readonlyBackingMoved,
                 .ioErrorFailedWrite, .ioErrorFailedSync, .ioErrorFailedRead, .ioErrorFailedDirSync, .ioErrorFailedTruncate,
                 .ioErrorFailedSharedMemOpen, .ioErrorFailedSharedMemSize, .ioErrorFailedSharedMemMap, .ioErrorNoMemory,
                 .cantOpenDirectory:
                return StoreUnavailable(reason: "sqlite: \(sqlite.message)")
            default:
                return nil
            }
        }
        if error is ConnectionPoolTimeoutError { return StoreUnavailable(reason: "no database connection in time") }
        if let pool = error as? ConnectionPoolError, case .shutdown = pool { return StoreUnavailable(reason: "pool shut down") }
        if let psql = error as? PSQLError {
            switch psql.code {
            case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown, .poolClosed, .queryCancelled:
                return StoreUnavailable(reason: "postgres: \(psql.code)")
            case .server:
                // 53xxx insufficient resources (disk full), 57P0x shutdown, 08xxx connection, 25006 read-only, 55P03 lock timeout.
                let state = psql.serverInfo?[.sqlState] ?? ""
                if state.hasPrefix("53") || state.hasPrefix("57P") || state.hasPrefix("08") || state == "25006" || state == "55P03" {
                    return StoreUnavailable(reason: "postgres sqlstate \(state)")
                }
                return nil
            default:
                return nil
            }
        }
        if error is NIOConnectionError || error is ChannelError { return StoreUnavailable(reason: "\(error)") }
        return nil
    }
}

// MARK: - Each feature's failures

extension AccountError: ExpectedFailure {
    var answer: FailureAnswer {
        switch self {
        case .invalid(let fields):
            return FailureAnswer(.unprocessableEntity, "invalid", fields.values.sorted().joined(separator: " "), fields: fields)
        case .badCredentials:
            return FailureAnswer(.unauthorized, "invalid_credentials", "The e-mail or password is not right.")
        case .locked(let seconds):
            return FailureAnswer(.tooManyRequests, "locked",
                                 "Too many failed attempts from here; try again in \(seconds) seconds or reset your password.",
                                 retryAfter: seconds)
        case .captchaRequired:
            return FailureAnswer(.unauthorized, "captcha_required",
                                 "After several failed attempts this account needs the human check: log in on the website.",
                                 fields: ["captcha": "Please complete the check that you are human."])
        case .rateLimited(let retry):
            return FailureAnswer(.tooManyRequests, "rate_limited", "Too many requests; wait \(retry) seconds and try again.",
                                 retryAfter: max(1, retry))
        case .tokenInvalid:
            return FailureAnswer(.badRequest, "token_invalid", "This link does not work: it may have been used already or have expired.")
        case .otpRequired:
            return FailureAnswer(.unauthorized, "otp_required", "This staff account needs the code from its authenticator app in \"otp\".",
                                 fields: ["otp": "required"])
        case .secondFactorNotEnrolled:
            return FailureAnswer(.forbidden, "second_factor_required",
                                 "Staff accounts must set up two-factor authentication first: log in on the website and open \(Paths.twoFactor()).")
        case .forbidden(let why):
            return FailureAnswer(.forbidden, "forbidden", why)
        case .unavailable(let why):
            return FailureAnswer(.serviceUnavailable, "unavailable", why, retryAfter: 60)
        }
    }
}

extension OpenIDError: ExpectedFailure {
    var answer: FailureAnswer {
        switch self {
        case .unknownProvider:
            return FailureAnswer(.notFound, "not_found", "Not found.")
        case .unavailable(let label):
            return FailureAnswer(.serviceUnavailable, "provider_unavailable",
                                 "Signing in with \(label) is not possible right now. Please try again later or log in with your password.",
                                 retryAfter: 60)
        case .stateInvalid:
            return FailureAnswer(.badRequest, "state_invalid",
                                 "This sign-in was not started here, was already used or took too long. Please start again from the log-in page.")
        case .providerRefused(let why):
            return FailureAnswer(.unauthorized, "provider_refused", "The other site did not sign you in (\(why)). Nothing was changed.")
        case .codeRejected(let why):
            return FailureAnswer(.badRequest, "code_rejected",
                                 "The other site did not accept this sign-in (\(why)): it may have been used already. Please start again.")
        case .idToken(let problem):
            return FailureAnswer(.unauthorized, "id_token_invalid", "This sign-in could not be verified: \(problem.message). Nothing was changed.")
        case .noPendingSignIn:
            return FailureAnswer(.badRequest, "no_pending_sign_in",
                                 "No sign-in with another site is waiting in this browser (it is kept for 15 minutes). Please start again from the log-in page.")
        case .emailMissing:
            return FailureAnswer(.unprocessableEntity, "email_missing",
                                 "The other site did not share an e-mail address, which an account here needs. Register with the form instead.")
        case .emailTaken:
            return FailureAnswer(.conflict, "email_taken",
                                 "An account here already uses this e-mail address. Go back, answer Yes and log in to link the two.")
        case .identityTaken:
            return FailureAnswer(.conflict, "identity_taken", "This outside account is already linked to another member.")
        case .lastSignInMethod:
            return FailureAnswer(.conflict, "last_sign_in_method",
                                 "This is the only way you can sign in. Set a password (Forgot your password?) or link another account first.")
        case .notLinked:
            return FailureAnswer(.notFound, "not_found", "This outside account is not linked to yours.")
        case .accountUnavailable:
            return FailureAnswer(.forbidden, "account_unavailable",
                                 "The account linked to this sign-in is deleted. Follow the restore link we mailed you to use it again.")
        }
    }
}

extension DiscussionError: ExpectedFailure {
    var answer: FailureAnswer {
        let message = DiscussionSection.message(for: self)
        switch self {
        case .rejected(let findings):
            return FailureAnswer(.unprocessableEntity, "rejected", "The comment breaks the community standards; edit it and send it again.",
                                 findings: findings)
        case .invalid(let fields): return FailureAnswer(.unprocessableEntity, "invalid", message, fields: fields)
        case .notLoggedIn: return FailureAnswer(.unauthorized, "unauthorized", message)
        case .notFound: return FailureAnswer(.notFound, "not_found", message)
        case .unconfirmed: return FailureAnswer(.forbidden, "unconfirmed", message)
        case .blocked(_, _, let permanent): return FailureAnswer(.forbidden, permanent ? "blocked_permanently" : "blocked", message)
        case .closed: return FailureAnswer(.forbidden, "closed", message)
        case .notYours, .editWindowOver: return FailureAnswer(.forbidden, "forbidden", message)
        }
    }
}

extension ModerationError: ExpectedFailure {
    var answer: FailureAnswer {
        switch self {
        case .forbidden: return FailureAnswer(.forbidden, "forbidden", "This address is for the moderation desk.")
        case .notFound: return FailureAnswer(.notFound, "not_found", "Not found.")
        case .invalid(let fields):
            return FailureAnswer(.unprocessableEntity, "invalid", fields.values.sorted().joined(separator: " "), fields: fields)
        case .permanentBlock: return FailureAnswer(.conflict, "permanent_block", "After a second block access cannot be restored.")
        case .notBlocked: return FailureAnswer(.conflict, "not_blocked", "Your account is not blocked.")
        case .requestAlreadyOpen: return FailureAnswer(.conflict, "already_open", "Your request is already with the moderators.")
        }
    }
}

extension PublishingError: ExpectedFailure {
    var answer: FailureAnswer {
        switch self {
        case .invalidCursor:
            return FailureAnswer(.unprocessableEntity, "invalid_cursor", "The cursor is not one this server gave out.",
                                 fields: ["cursor": "unknown cursor"])
        case .notFound: return FailureAnswer(.notFound, "not_found", "Not found.")
        case .invalid(let field, let message): return FailureAnswer(.unprocessableEntity, "invalid", message, fields: [field: message])
        }
    }
}

extension NewsroomError: ExpectedFailure {
    var answer: FailureAnswer {
        switch self {
        case .forbidden(let why): return FailureAnswer(.forbidden, "forbidden", why)
        case .notFound: return FailureAnswer(.notFound, "not_found", "Not found.")
        case .invalid(let fields):
            return FailureAnswer(.unprocessableEntity, "invalid", fields.map { "\($0.key): \($0.value)." }.sorted().joined(separator: " "),
                                 fields: fields)
        case .conflict(let current):
            return FailureAnswer(.conflict, "conflict",
                                 "Someone else saved this article meanwhile (now version \(current)); review their changes and save again.",
                                 currentVersion: current)
        }
    }
}

extension MediaError: ExpectedFailure {
    var answer: FailureAnswer {
        switch self {
        case .forbidden: return FailureAnswer(.forbidden, "forbidden", "The media library is for journalists, editors and admins.")
        case .notFound: return FailureAnswer(.notFound, "not_found", "Not found.")
        case .invalid(let fields):
            return FailureAnswer(.unprocessableEntity, "invalid", fields.map { "\($0.key): \($0.value)." }.sorted().joined(separator: " "),
                                 fields: fields)
        case .tooLarge:
            return FailureAnswer(.payloadTooLarge, "too_large", "Photos may be at most 20 MB.", fields: ["file": "at most 20 MB"])
        case .unavailable(let why): return FailureAnswer(.serviceUnavailable, "unavailable", why, retryAfter: 60)
        case .busy: return FailureAnswer(.tooManyRequests, "busy", "Other photos are being processed; try again in a few seconds.", retryAfter: 5)
        }
    }
}

extension UserError: ExpectedFailure {
    var answer: FailureAnswer {
        switch self {
        case .invalid(let field, let message): return FailureAnswer(.unprocessableEntity, "invalid", message, fields: [field: message])
        case .emailTaken: return FailureAnswer(.conflict, "email_taken", "This e-mail address belongs to another account.",
                                               fields: ["email": "already in use"])
        }
    }
}

extension EditionError: ExpectedFailure {
    var answer: FailureAnswer {
        switch self {
        case .invalid(let field, let message): return FailureAnswer(.unprocessableEntity, "invalid", message, fields: [field: message])
        }
    }
}

extension APIValidationError: ExpectedFailure {
    var answer: FailureAnswer { FailureAnswer(.unprocessableEntity, "invalid", message, fields: fields) }
}

extension LiveError: ExpectedFailure {
    var answer: FailureAnswer {
        switch self {
        case .forbidden(let why): return FailureAnswer(.forbidden, "forbidden", why)
        case .notFound: return FailureAnswer(.notFound, "not_found", "Not found.")
        case .invalid(let fields):
            return FailureAnswer(.unprocessableEntity, "invalid", fields.map { "\($0.key): \($0.value)." }.sorted().joined(separator: " "),
                                 fields: fields)
        }
    }
}
