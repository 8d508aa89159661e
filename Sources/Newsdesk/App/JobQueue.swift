import Fluent
import Foundation
import SQLKit

/// Work that must happen once per site at a given time (a scheduled article going live), whichever node does it.
final class Job: Model, @unchecked Sendable {
    static let schema = "jobs"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "kind") var kind: String
    @Field(key: "subject_id") var subjectID: Int
    @Field(key: "run_at") var runAt: Date
    /// pending, running, done, failed
    @Field(key: "status") var status: String
    @Field(key: "attempts") var attempts: Int
    /// A running job whose node died is claimed again after this time.
    @OptionalField(key: "locked_until") var lockedUntil: Date?
    @OptionalField(key: "last_error") var lastError: String?
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

struct CreateJobs: AsyncMigration {
    var name: String { "0015_create_jobs" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Job.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("kind", .string, .required)
            .field("subject_id", .int, .required)
            .field("run_at", .datetime, .required)
            .field("status", .string, .required)
            .field("attempts", .int, .required)
            .field("locked_until", .datetime)
            .field("last_error", .string)
            .field("created_at", .datetime, .required)
            .create()
        try await SQLIndex.create("jobs_due", on: "jobs", columns: ["status", "run_at"], in: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Job.schema).delete()
    }
}

/// The jobs table: enqueue in the caller's transaction, claim safely from any node. On PostgreSQL a claim takes
/// rows with `FOR UPDATE SKIP LOCKED`, so two nodes never run one job; SQLite has a single writer (one node).
struct JobQueue: Sendable {
    enum Kind: String, Sendable { case publishArticle = "publish_article" }

    struct Claimed: Sendable, Equatable {
        let id: Int
        let kind: String
        let subjectID: Int
        let attempts: Int
    }

    let clock: AppClock
    static let lease: TimeInterval = 120
    static let maxAttempts = 5

    func enqueue(_ kind: Kind, subject: Int, at runAt: Date, on db: any Database) async throws {
        let job = Job()
        job.kind = kind.rawValue
        job.subjectID = subject
        job.runAt = runAt
        job.status = "pending"
        job.attempts = 0
        job.createdAt = clock.now()
        try await job.create(on: db)
    }

    /// Marks up to `limit` due jobs as running on this node and returns them.
    func claim(limit: Int, on db: any Database) async throws -> [Claimed] {
        guard let sql = db as? any SQLDatabase else { return [] }
        let now = clock.now()
        let lockedUntil = now.addingTimeInterval(Self.lease)
        let skipLocked = sql.isPostgres ? " FOR UPDATE SKIP LOCKED" : ""
        let rows = try await sql.raw("""
            UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_until = \(bind: lockedUntil)
            WHERE id IN (SELECT id FROM jobs
                         WHERE (status = 'pending' AND run_at <= \(bind: now))
                            OR (status = 'running' AND locked_until < \(bind: now))
                         ORDER BY run_at LIMIT \(count: limit)\(unsafeRaw: skipLocked))
            RETURNING id, kind, subject_id, attempts
            """).all()
        return try rows.map {
            Claimed(id: try $0.decode(column: "id", as: Int.self), kind: try $0.decode(column: "kind", as: String.self),
                    subjectID: try $0.decode(column: "subject_id", as: Int.self), attempts: try $0.decode(column: "attempts", as: Int.self))
        }
    }

    func finish(_ job: Claimed, on db: any Database) async throws {
        try await Job.query(on: db).filter(\.$id == job.id).set(\.$status, to: "done").set(\.$lockedUntil, to: nil).update()
    }

    /// A failed job is tried again later (backing off), up to `maxAttempts` times in all.
    func fail(_ job: Claimed, error: String, on db: any Database) async throws {
        let giveUp = job.attempts >= Self.maxAttempts
        let retryAt = clock.now().addingTimeInterval(TimeInterval(30 << min(job.attempts, 8)))
        try await Job.query(on: db).filter(\.$id == job.id)
            .set(\.$status, to: giveUp ? "failed" : "pending").set(\.$runAt, to: retryAt)
            .set(\.$lockedUntil, to: nil).set(\.$lastError, to: String(error.prefix(500))).update()
    }
}
