import Fluent
import Foundation
import Logging
import NewsText
import Standards

enum ModerationError: Error, Equatable {
    case forbidden
    case notFound
    case invalid([String: String])
    /// A second block is permanent: no unblock request is accepted.
    case permanentBlock
    case notBlocked
    case requestAlreadyOpen
}

enum ModerationAction: String, Sendable, CaseIterable {
    case approve, reject, delete
}

struct QueueFilter: Sendable {
    var rule: String?
    var editionID: Int?
    var articleID: Int?
    var authorID: Int?
    var oldestFirst = false
}

struct MemberStanding: Sendable {
    let userID: Int
    let displayName: String
    let memberSince: Date
    let published: Int
    let held: Int
    let rejected: Int
    let blocks: Int
    let blocked: SanctionService.Block?
}

struct QueueItem: Sendable {
    let comment: CommentView
    let articleTitle: String
    let articlePath: String
    let reasons: [String]
    let reports: [(rule: String, text: String?)]
    let standing: MemberStanding
}

/// The moderation desk: the queue fed by the engine and by reports, decisions, moderator edits, blocks with one
/// appeal, unblock requests, and the audit log every action is written to.
struct ModerationService: Sendable {
    let clock: AppClock
    let discussion: DiscussionService
    let articles: ArticleService
    let editions: EditionService
    let users: UserService
    /// The judge of new comments (policy, spam model, trust), shared with Discussion.
    let standards: StandardsDesk
    let sanctions: SanctionService
    let mailer: Mailer
    let logger: Logger

    static let desk: Set<Role> = [.moderator, .editor, .admin]
    static let unblockSubject = "Restoration of account / unlock access"

    /// The one role check of the desk: pages and the API both reach it through the service.
    func requireModerator(_ member: Member) throws {
        guard Self.desk.contains(member.role) else { throw ModerationError.forbidden }
    }

    // MARK: Queue

    func queue(_ filter: QueueFilter, offset: Int, limit: Int, on db: any Database) async throws -> (items: [QueueItem], next: Int?) {
        var articleIDs: [Int]? = filter.articleID.map { [$0] }
        if articleIDs == nil, let edition = filter.editionID { articleIDs = try await articles.ids(inEdition: edition, on: db) }
        let page = try await discussion.awaitingDecision(
            rule: filter.rule, articleIDs: articleIDs, authorID: filter.authorID,
            oldestFirst: filter.oldestFirst, offset: offset, limit: limit, on: db)
        // A page often holds several comments by one member or on one article: look each up once.
        let headlines = try await articles.headlines(ids: Set(page.comments.map(\.articleID)), on: db)
        var standings: [Int: MemberStanding] = [:]
        var items: [QueueItem] = []
        for v in page.comments {
            guard let headline = headlines[v.articleID], let edition = try await editions.edition(id: headline.editionID, on: db) else { continue }
            if standings[v.authorID] == nil { standings[v.authorID] = try await standing(userID: v.authorID, on: db) }
            guard let memberStanding = standings[v.authorID] else { continue }
            let reports = page.reports[v.id] ?? []
            let reasons = Set(v.findings.map(\.rule.rawValue)).union(reports.map(\.rule))
            items.append(QueueItem(
                comment: v, articleTitle: headline.title, articlePath: Paths.article(edition.pathPrefix, headline.slug),
                reasons: reasons.sorted(), reports: reports, standing: memberStanding))
        }
        return (items, page.hasMore ? offset + limit : nil)
    }

    func standing(userID: Int, on db: any Database) async throws -> MemberStanding {
        guard let profile = try await users.profile(id: userID, on: db) else { throw ModerationError.notFound }
        let record = try await discussion.record(of: userID, on: db)
        return MemberStanding(
            userID: userID, displayName: profile.displayName, memberSince: profile.createdAt,
            published: record.published, held: record.held, rejected: record.rejected,
            blocks: try await Sanction.query(on: db).filter(\.$userID == userID).count(),
            blocked: try await sanctions.activeBlock(userID: userID, on: db))
    }

    /// Whether the member's comments skip low-confidence holds, are all held, or neither.
    func trustStanding(userID: Int, on db: any Database) async throws -> Standing {
        standards.standing(of: try await discussion.authorRecord(of: userID, on: db))
    }

    // MARK: Decisions

    func decide(_ actor: Member, commentID: Int, action: ModerationAction, rule: String?, note: String?, on db: any Database) async throws {
        try requireModerator(actor)
        if action == .reject {
            guard let rule, Rule(rawValue: rule) != nil else {
                throw ModerationError.invalid(["rule": "Name the rule of the community standards the comment breaks."])
            }
        }
        let outcome: DiscussionService.Moderated
        do {
            outcome = try await db.transaction { tx in
                let m = try await discussion.moderate(commentID: commentID, action: action, on: tx)
                try await audit(actor, action: "comment.\(action.rawValue)", subject: ("comment", commentID),
                                reason: [rule, note].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": "),
                                before: m.statusBefore, after: m.statusAfter, on: tx)
                if action == .reject, let rule, let author = try await users.profile(id: m.authorID, on: tx), author.isActive {
                    // The member is written to in the language of the edition they commented in.
                    var language = "en"
                    if let editionID = try await articles.headlines(ids: [m.articleID], on: tx)[m.articleID]?.editionID,
                       let edition = try await editions.edition(id: editionID, on: tx) { language = edition.language }
                    try await mailer.enqueue(ModerationMails.rejected(
                        to: MailAddress(email: author.email, name: author.displayName), language: language, rule: rule, note: note,
                        text: m.text), on: tx)
                }
                return m
            }
        } catch DiscussionError.notFound {
            throw ModerationError.notFound
        }
        await discussion.moderated(outcome, commentID: commentID, approved: action == .approve)
    }

    /// A moderator's edit is kept as a new version and the comment says a moderator edited it.
    func edit(_ actor: Member, commentID: Int, text raw: String, on db: any Database) async throws {
        try requireModerator(actor)
        let text = DiscussionService.normalise(raw)
        guard !text.isEmpty, text.count <= DiscussionService.maxLength else {
            throw ModerationError.invalid(["text": "The text needs 1 to \(DiscussionService.maxLength) characters."])
        }
        let outcome: DiscussionService.Moderated
        do {
            outcome = try await db.transaction { tx in
                let m = try await discussion.moderatorEdit(commentID: commentID, text: text, editorID: actor.id, on: tx)
                try await audit(actor, action: "comment.edit", subject: ("comment", commentID), reason: nil, before: m.text, after: text, on: tx)
                return m
            }
        } catch DiscussionError.notFound {
            throw ModerationError.notFound
        }
        await discussion.moderated(outcome, commentID: commentID, approved: false)
    }

    // MARK: Blocks and appeals

    /// Blocks a member without notice. The first block can be appealed; a second one is permanent.
    @discardableResult
    func block(_ actor: Member, userID: Int, rule: String, reason raw: String, on db: any Database) async throws -> Bool {
        try requireModerator(actor)
        let reason = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        var problems: [String: String] = [:]
        if Rule(rawValue: rule) == nil { problems["rule"] = "Name the rule of the community standards that was broken." }
        if reason.isEmpty || reason.count > 1000 { problems["reason"] = "Give the reason (up to 1,000 characters); the member will see it." }
        guard problems.isEmpty else { throw ModerationError.invalid(problems) }
        guard let profile = try await users.profile(id: userID, on: db), profile.isActive else { throw ModerationError.notFound }
        guard userID != actor.id else { throw ModerationError.invalid(["user": "You cannot block yourself."]) }
        let permanent = try await Sanction.query(on: db).filter(\.$userID == userID).count() > 0
        try await db.transaction { tx in
            try await Sanction.query(on: tx).filter(\.$userID == userID).filter(\.$liftedAt == nil).set(\.$liftedAt, to: clock.now()).update()
            let s = Sanction()
            s.userID = userID
            s.rule = rule
            s.reason = reason
            s.permanent = permanent
            s.moderatorID = actor.id
            s.createdAt = clock.now()
            try await s.create(on: tx)
            try await UnblockRequest.query(on: tx).filter(\.$userID == userID).filter(\.$status == "open").set(\.$status, to: "refused").update()
            try await audit(actor, action: permanent ? "member.block_permanent" : "member.block", subject: ("user", userID),
                            reason: "\(rule): \(reason)", before: nil, after: nil, on: tx)
        }
        logger.notice("member blocked", metadata: ["user": "\(userID)", "permanent": "\(permanent)", "moderator": "\(actor.id)"])
        return permanent
    }

    func requestUnblock(_ member: Member, explanation raw: String, on db: any Database) async throws -> Int {
        guard let block = try await Sanction.query(on: db).filter(\.$userID == member.id).filter(\.$liftedAt == nil).first() else {
            throw ModerationError.notBlocked
        }
        if block.permanent { throw ModerationError.permanentBlock }
        let explanation = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard explanation.count >= 20, explanation.count <= 5000 else {
            throw ModerationError.invalid(["explanation": "Explain what you did and why it broke the rules (20 to 5,000 characters)."])
        }
        if try await UnblockRequest.query(on: db).filter(\.$userID == member.id).filter(\.$status == "open").count() > 0 {
            throw ModerationError.requestAlreadyOpen
        }
        let r = UnblockRequest()
        r.userID = member.id
        r.sanctionID = try block.requireID()
        r.subject = Self.unblockSubject
        r.explanation = explanation
        r.status = "open"
        r.createdAt = clock.now()
        try await r.create(on: db)
        return try r.requireID()
    }

    struct OpenUnblockRequest: Sendable {
        let id: Int
        let userID: Int
        let memberName: String
        let subject: String
        let explanation: String
        let rule: String
        let reason: String
        let createdAt: Date
    }

    /// Requests waiting for a decision, oldest first, with the block they ask to lift.
    func openUnblockRequests(limit: Int, on db: any Database) async throws -> [OpenUnblockRequest] {
        let open = try await UnblockRequest.query(on: db).filter(\.$status == "open").sort(\.$createdAt).limit(limit).all()
        let names = try await users.profiles(ids: Set(open.map(\.userID)), on: db)
        var out: [OpenUnblockRequest] = []
        for r in open {
            let block = try await Sanction.find(r.sanctionID, on: db)
            out.append(OpenUnblockRequest(id: r.id ?? 0, userID: r.userID, memberName: names[r.userID]?.displayName ?? "?",
                                          subject: r.subject, explanation: r.explanation, rule: block?.rule ?? "",
                                          reason: block?.reason ?? "", createdAt: r.createdAt))
        }
        return out
    }

    func decideUnblock(_ actor: Member, requestID: Int, grant: Bool, note raw: String?, on db: any Database) async throws {
        try requireModerator(actor)
        let note = raw?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard let r = try await UnblockRequest.find(requestID, on: db), r.status == "open" else { throw ModerationError.notFound }
        guard let user = try await users.profile(id: r.userID, on: db) else { throw ModerationError.notFound }
        try await db.transaction { tx in
            r.status = grant ? "granted" : "refused"
            r.decidedBy = actor.id
            r.note = note.isEmpty ? nil : note
            r.decidedAt = clock.now()
            try await r.update(on: tx)
            if grant {
                try await Sanction.query(on: tx).filter(\.$id == r.sanctionID).set(\.$liftedAt, to: clock.now()).update()
            }
            try await audit(actor, action: grant ? "unblock.grant" : "unblock.refuse", subject: ("user", r.userID),
                            reason: note.isEmpty ? nil : note, before: nil, after: nil, on: tx)
            try await mailer.enqueue(ModerationMails.unblockDecision(
                to: MailAddress(email: user.email, name: user.displayName), granted: grant, note: note), on: tx)
        }
    }

    /// Administrators may delete a member's account outright: the same purge as after 30 days, without a restore.
    func deleteAccount(_ actor: Member, userID: Int, reason raw: String, accounts: AccountService, mediaDirectory: String,
                       on db: any Database) async throws {
        guard actor.role == .admin else { throw ModerationError.forbidden }
        let reason = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw ModerationError.invalid(["reason": "Say why the account is deleted."]) }
        guard userID != actor.id, try await accounts.purge(userID: userID, mediaDirectory: mediaDirectory, on: db) else {
            throw ModerationError.notFound
        }
        try await discussion.authorStatusChanged(userID: userID, on: db)
        try await audit(actor, action: "member.delete", subject: ("user", userID), reason: reason, before: nil, after: "purged", on: db)
    }

    /// The same decision for several comments at once; stops at the first that cannot be decided.
    func decide(_ actor: Member, commentIDs: [Int], action: ModerationAction, rule: String?, note: String?, on db: any Database) async throws {
        for id in commentIDs { try await decide(actor, commentID: id, action: action, rule: rule, note: note, on: db) }
    }

    // MARK: Audit

    func audit(_ actor: Member, action: String, subject: (String, Int), reason: String?, before: String?, after: String?,
               on db: any Database) async throws {
        let e = AuditEntry()
        e.actorID = actor.id
        e.action = action
        e.subjectType = subject.0
        e.subjectID = subject.1
        e.reason = reason
        e.before = before
        e.after = after
        e.createdAt = clock.now()
        try await e.create(on: db)
    }

    func auditLog(search: String?, offset: Int, limit: Int, on db: any Database) async throws -> (entries: [AuditEntry], next: Int?) {
        var q = AuditEntry.query(on: db)
        if let search, !search.isEmpty {
            q = q.group(.or) { or in
                or.filter(\.$action ~~ search).filter(\.$reason ~~ search).filter(\.$before ~~ search).filter(\.$after ~~ search)
                if let n = Int(search) { or.filter(\.$subjectID == n).filter(\.$actorID == n) }
            }
        }
        let rows = try await q.sort(\.$createdAt, .descending).sort(\.$id, .descending).range(offset..<(offset + limit + 1)).all()
        return (Array(rows.prefix(limit)), rows.count > limit ? offset + limit : nil)
    }
}

/// What the desk writes to members, in their language: rules by their human name, never their id.
enum ModerationMails {
    static func rejected(to: MailAddress, language: String = "en", rule: String, note: String?, text: String) -> Mailer.Letter {
        let s = UIStrings.for(language: language)
        let note = note.map { $0.isEmpty ? "" : " " + $0 } ?? ""
        return AccountMails.letter(kind: "comment_rejected", to: to, language: language, subject: s.text("mailRejectedSubject"),
                                   paragraphs: [s.text("mailRejectedBody", ["rule": DiscussionPresenter.ruleName(rule, s)]) + note,
                                                s.text("mailRejectedText", ["text": String(text.prefix(500))])],
                                   link: nil)
    }

    static func unblockDecision(to: MailAddress, language: String = "en", granted: Bool, note: String) -> Mailer.Letter {
        let s = UIStrings.for(language: language)
        return AccountMails.letter(kind: "unblock_decision", to: to, language: language,
                                   subject: s.text(granted ? "mailUnblockGrantedSubject" : "mailUnblockRefusedSubject"),
                                   paragraphs: [s.text(granted ? "mailUnblockGrantedBody" : "mailUnblockRefusedBody"),
                                                note.isEmpty ? "" : s.text("mailUnblockNote", ["note": note])].filter { !$0.isEmpty },
                                   link: nil)
    }
}
