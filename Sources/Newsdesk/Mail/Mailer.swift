import Fluent
import Foundation
import Logging
import SQLKit

/// The outbox and its delivery. `enqueue` is called inside the caller's transaction; `deliverDue` runs as a job
/// on any node and retries with backoff until the transport accepts the mail or refuses it for good.
struct Mailer: Sendable {
    let transport: any MailTransport
    let clock: AppClock
    let fromAddress: MailAddress
    let hostName: String

    static let maxAttempts = 10

    struct Letter: Sendable {
        var kind: String
        var to: MailAddress
        var subject: String
        var text: String
        var html: String?
        var language: String
    }

    func enqueue(_ letter: Letter, on db: any Database) async throws {
        let row = OutboxMail()
        row.kind = letter.kind
        row.toEmail = letter.to.email
        row.toName = letter.to.name
        row.subject = letter.subject
        row.textBody = letter.text
        row.htmlBody = letter.html
        row.language = letter.language
        row.messageID = "\(UUID().uuidString.lowercased())@\(hostName)"
        row.status = "pending"
        row.attempts = 0
        row.nextAttemptAt = clock.now()
        row.createdAt = clock.now()
        try await row.create(on: db)
    }

    /// Delivers every due mail once. Returns how many were sent. A mail is first claimed with one atomic UPDATE
    /// that pushes its next attempt into the future (a lease), so several nodes never send it at once and no
    /// database transaction stays open while the SMTP server is talked to. A node that dies mid-send leaves the
    /// lease to expire, and the mail is tried again.
    @discardableResult
    func deliverDue(on db: any Database, logger: Logger, limit: Int = 50) async throws -> Int {
        let now = clock.now()
        var sent = 0
        for id in try await dueIDs(on: db, now: now, limit: limit) {
            guard try await claim(id, on: db, now: now), let row = try await OutboxMail.find(id, on: db) else { continue }
            let message = MailMessage(
                from: fromAddress, to: [MailAddress(email: row.toEmail, name: row.toName)], replyTo: nil,
                subject: row.subject, textBody: row.textBody, htmlBody: row.htmlBody, language: row.language,
                messageID: row.messageID, date: row.createdAt)
            do {
                try await transport.send(message)
                row.status = "sent"
                row.sentAt = clock.now()
                row.lastError = nil
                sent += 1
                logger.info("mail sent", metadata: ["mail": "\(id)", "kind": "\(row.kind)"])
            } catch let error as MailDeliveryError {
                record(error, on: row, now: now, logger: logger)
            } catch {
                record(.temporary("\(error)"), on: row, now: now, logger: logger)
            }
            try await row.update(on: db)
        }
        return sent
    }

    private func record(_ error: MailDeliveryError, on row: OutboxMail, now: Date, logger: Logger) {
        switch error {
        case .permanent(let reason):
            row.status = "failed"
            row.lastError = String(reason.prefix(500))
            logger.error("mail refused for good", metadata: ["mail": "\(row.id ?? 0)", "kind": "\(row.kind)", "reason": "\(reason)"])
        case .temporary(let reason):
            row.lastError = String(reason.prefix(500))
            if row.attempts >= Self.maxAttempts {
                row.status = "failed"
                logger.error("mail given up after retries", metadata: ["mail": "\(row.id ?? 0)", "reason": "\(reason)"])
            } else {
                // 1, 2, 4, 8 … minutes, at most 6 hours between tries.
                let delay = min(60 * pow(2, Double(row.attempts - 1)), 6 * 3600)
                row.nextAttemptAt = now.addingTimeInterval(delay)
                logger.warning("mail delivery will be retried",
                               metadata: ["mail": "\(row.id ?? 0)", "attempt": "\(row.attempts)", "reason": "\(reason)"])
            }
        }
    }

    private func dueIDs(on db: any Database, now: Date, limit: Int) async throws -> [Int] {
        try await OutboxMail.query(on: db)
            .filter(\.$status == "pending").filter(\.$nextAttemptAt <= now)
            .sort(\.$nextAttemptAt).limit(limit).field(\.$id).all().compactMap(\.id)
    }

    /// Takes the mail for one attempt: true when this node won it.
    private func claim(_ id: Int, on db: any Database, now: Date) async throws -> Bool {
        guard let sql = db as? any SQLDatabase else { return false }
        let lease = now.addingTimeInterval(Self.lease)
        let rows = try await sql.raw("""
            UPDATE outbox SET next_attempt_at = \(bind: lease), attempts = attempts + 1
            WHERE id = \(bind: id) AND status = 'pending' AND next_attempt_at <= \(bind: now) RETURNING id
            """).all()
        return !rows.isEmpty
    }

    /// How long a claimed mail is reserved for the node sending it.
    static let lease: TimeInterval = 300
}
