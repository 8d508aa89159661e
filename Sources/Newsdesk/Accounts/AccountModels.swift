import Fluent
import Foundation
import SQLKit

/// A signed-in browser or API client. Only the token's hash is stored.
final class MemberSession: Model, @unchecked Sendable {
    static let schema = "sessions"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "user_id") var userID: Int
    /// "web" (cookie) or "api" (bearer token).
    @Field(key: "kind") var kind: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "last_seen_at") var lastSeenAt: Date
    @Field(key: "expires_at") var expiresAt: Date
    @Field(key: "remember") var remember: Bool

    init() {}
}

/// A single-use link sent by e-mail: confirm an address, reset a password, restore an account, change e-mail.
final class AccountToken: Model, @unchecked Sendable {
    static let schema = "account_tokens"

    enum Purpose: String, Sendable {
        case confirmEmail = "confirm_email"
        case resetPassword = "reset_password"
        case restoreAccount = "restore_account"
        case changeEmail = "change_email"
    }

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "user_id") var userID: Int
    @Field(key: "purpose") var purpose: String
    @Field(key: "token_hash") var tokenHash: String
    @OptionalField(key: "payload") var payload: String?
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "used_at") var usedAt: Date?

    init() {}
}

/// Failed log-ins per account and per address, shared by all nodes.
final class LoginThrottleRow: Model, @unchecked Sendable {
    static let schema = "login_throttles"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "key") var key: String
    @Field(key: "failures") var failures: Int
    @OptionalField(key: "locked_until") var lockedUntil: Date?
    @Field(key: "updated_at") var updatedAt: Date

    init() {}
}

/// Captcha challenges already solved: each may be used once until it expires.
final class CaptchaUse: Model, @unchecked Sendable {
    static let schema = "captcha_uses"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "nonce") var nonce: String
    @Field(key: "expires_at") var expiresAt: Date

    init() {}
}

/// Fixed-window counters for rate limits (registration, recovery, posting), shared by all nodes.
final class RateCounter: Model, @unchecked Sendable {
    static let schema = "rate_counters"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "key") var key: String
    @Field(key: "window_start") var windowStart: Int
    @Field(key: "hits") var hits: Int

    init() {}
}

/// A versioned page editors can change: the privacy policy and the community standards.
final class SitePage: Model, @unchecked Sendable {
    static let schema = "site_pages"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "slug") var slug: String
    @Field(key: "version") var version: Int
    @Field(key: "language") var language: String
    @Field(key: "title") var title: String
    @Field(key: "body") var body: String
    @Field(key: "published_at") var publishedAt: Date
    @OptionalField(key: "author_id") var authorID: Int?

    init() {}
}

struct CreateAccounts: AsyncMigration {
    var name: String { "0007_create_accounts" }

    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds columns one at a time.
        let columns: [(String, DatabaseSchema.DataType)] = [
            ("status", .string), ("deleted_at", .datetime), ("consent_version", .int), ("consented_at", .datetime),
            ("avatar_file", .string), ("totp_secret", .string), ("totp_enabled_at", .datetime), ("totp_last_step", .int64),
            ("last_login_at", .datetime),
        ]
        for (name, type) in columns {
            try await database.schema(User.schema).field(.string(name), type).update()
        }
        try await database.schema(MemberSession.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("token_hash", .string, .required)
            .field("user_id", .int, .required, .references(User.schema, .id, onDelete: .cascade))
            .field("kind", .string, .required)
            .field("created_at", .datetime, .required)
            .field("last_seen_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("remember", .bool, .required)
            .unique(on: "token_hash")
            .create()
        try await SQLIndex.create("sessions_user", on: "sessions", columns: ["user_id"], in: database)
        try await database.schema(AccountToken.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("user_id", .int, .required, .references(User.schema, .id, onDelete: .cascade))
            .field("purpose", .string, .required)
            .field("token_hash", .string, .required)
            .field("payload", .string)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .unique(on: "token_hash")
            .create()
        try await database.schema(LoginThrottleRow.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("key", .string, .required)
            .field("failures", .int, .required)
            .field("locked_until", .datetime)
            .field("updated_at", .datetime, .required)
            .unique(on: "key")
            .create()
        try await database.schema(CaptchaUse.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("nonce", .string, .required)
            .field("expires_at", .datetime, .required)
            .unique(on: "nonce")
            .create()
        try await database.schema(RateCounter.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("key", .string, .required)
            .field("window_start", .int, .required)
            .field("hits", .int, .required)
            .unique(on: "key", "window_start")
            .create()
        try await database.schema(SitePage.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("slug", .string, .required)
            .field("version", .int, .required)
            .field("language", .string, .required)
            .field("title", .string, .required)
            .field("body", .string, .required)
            .field("published_at", .datetime, .required)
            .field("author_id", .int, .references(User.schema, .id))
            .unique(on: "slug", "language", "version")
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in [SitePage.schema, RateCounter.schema, CaptchaUse.schema, LoginThrottleRow.schema,
                      AccountToken.schema, MemberSession.schema] {
            try await database.schema(table).delete()
        }
        for name in ["status", "deleted_at", "consent_version", "consented_at", "avatar_file", "totp_secret",
                     "totp_enabled_at", "totp_last_step", "last_login_at"] {
            try await database.schema(User.schema).deleteField(.string(name)).update()
        }
    }
}

/// On PostgreSQL, rate counts need no crash safety: an unlogged table writes no log, so counting a hit does not
/// wait for a flush (several nodes share these rows; on SQLite the counts are in memory and the table stays unused).
struct UnloggedRateCounters: AsyncMigration {
    var name: String { "0023_unlogged_rate_counters" }

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase, sql.isPostgres else { return }
        try await sql.raw("ALTER TABLE rate_counters SET UNLOGGED").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase, sql.isPostgres else { return }
        try await sql.raw("ALTER TABLE rate_counters SET LOGGED").run()
    }
}
