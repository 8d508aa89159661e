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
    let sanctions: SanctionService
    let mailer: Mailer
    let logger: Logger

    static let desk: Set<Role> = [.moderator, .editor, .admin]
    static let unblockSubject = "Restoration of account / unlock access"

    func requireModerator(_ member: Member?) throws -> Member {
        guard let member else { throw DiscussionError.notLoggedIn }
        guard Self.desk.contains(member.role) else { throw ModerationError.forbidden }
        return member
    }

    // MARK: Queue

    func queue(_ filter: QueueFilter, offset: Int, limit: Int, on db: any Database) async throws -> (items: [QueueItem], next: Int?) {
        let reported = try await CommentReport.query(on: db).filter(\.$resolvedAt == nil).field(\.$id).field(\.$commentID).all().map(\.commentID)
        var q = Comment.query(on: db).filter(\.$deletedAt == nil).group(.or) { or in
            or.filter(\.$status == CommentStatus.pending.rawValue)
            if !reported.isEmpty { or.filter(\.$id ~~ Set(reported)) }
        }
        if let rule = filter.rule { q = q.filter(\.$findings ~~ "\"\(rule)\"") }
        if let a = filter.articleID { q = q.filter(\.$articleID == a) }
        if let u = filter.authorID { q = q.filter(\.$authorID == u) }
        if let e = filter.editionID {
            let ids = try await Article.query(on: db).filter(\.$editionID == e).field(\.$id).all().compactMap(\.id)
            q = q.filter(\.$articleID ~~ ids)
        }
        q = filter.oldestFirst ? q.sort(\.$createdAt, .ascending).sort(\.$id, .ascending) : q.sort(\.$createdAt, .descending).sort(\.$id, .descending)
        let start = min(max(0, offset), DiscussionService.maxOffset)
        let rows = try await q.range(start..<(start + limit + 1)).all()
        let page = Array(rows.prefix(limit))
        let views = try await discussion.views(page, on: db)
        var items: [QueueItem] = []
        // A page often holds several comments by one member or on one article: look each up once.
        var standings: [Int: MemberStanding] = [:]
        var articles: [Int: (Article, Edition)] = [:]
        for v in views {
            if articles[v.articleID] == nil, let a = try await Article.find(v.articleID, on: db), let e = try await Edition.find(a.editionID, on: db) {
                articles[v.articleID] = (a, e)
            }
            guard let (article, edition) = articles[v.articleID] else { continue }
            if standings[v.authorID] == nil { standings[v.authorID] = try await standing(userID: v.authorID, on: db) }
            guard let memberStanding = standings[v.authorID] else { continue }
            let reports = try await CommentReport.query(on: db).filter(\.$commentID == v.id).filter(\.$resolvedAt == nil).all()
            var reasons = Set(v.findings.map(\.rule.rawValue))
            for r in reports { reasons.insert(r.rule) }
            items.append(QueueItem(
                comment: v, articleTitle: article.title,
                articlePath: (edition.isDefault ? "" : "/" + edition.code) + "/articles/" + article.slug,
                reasons: reasons.sorted(), reports: reports.map { ($0.rule, $0.text) },
                standing: memberStanding))
        }
        return (items, rows.count > limit ? offset + limit : nil)
    }

    func standing(userID: Int, on db: any Database) async throws -> MemberStanding {
        guard let user = try await User.find(userID, on: db) else { throw ModerationError.notFound }
        func count(_ status: CommentStatus) async throws -> Int {
            try await Comment.query(on: db).filter(\.$authorID == userID).filter(\.$status == status.rawValue).count()
        }
        return MemberStanding(
            userID: userID, displayName: user.displayName, memberSince: user.createdAt,
            published: try await count(.published), held: try await count(.pending), rejected: try await count(.rejected),
            blocks: try await Sanction.query(on: db).filter(\.$userID == userID).count(),
            blocked: try await sanctions.activeBlock(userID: userID, on: db))
    }

    // MARK: Decisions

    func decide(_ actor: Member?, commentID: Int, action: ModerationAction, rule: String?, note: String?, on db: any Database) async throws {
        let actor = try requireModerator(actor)
        guard let comment = try await Comment.find(commentID, on: db), comment.deletedAt == nil else { throw ModerationError.notFound }
        if action == .reject {
            guard let rule, Rule(rawValue: rule) != nil else {
                throw ModerationError.invalid(["rule": "Name the rule of the community standards the comment breaks."])
            }
        }
        let before = comment.status
        try await db.transaction { tx in
            switch action {
            case .approve: comment.status = CommentStatus.published.rawValue
            case .reject: comment.status = CommentStatus.rejected.rawValue
            case .delete: comment.deletedAt = clock.now()
            }
            try await comment.update(on: tx)
            try await CommentReport.query(on: tx).filter(\.$commentID == commentID).filter(\.$resolvedAt == nil)
                .set(\.$resolvedAt, to: clock.now()).update()
            try await discussion.recount(articleID: comment.articleID, on: tx)
            try await audit(actor, action: "comment.\(action.rawValue)", subject: ("comment", commentID),
                            reason: [rule, note].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": "),
                            before: before, after: action == .delete ? "deleted" : comment.status, on: tx)
            if action == .reject, let rule, let author = try await User.find(comment.authorID, on: tx), author.isActive {
                try await mailer.enqueue(ModerationMails.rejected(
                    to: MailAddress(email: author.email, name: author.displayName), rule: rule, note: note, text: comment.text), on: tx)
            }
        }
        await discussion.changed(articleID: comment.articleID)
        if action == .approve {
            discussion.live.publish(articleID: comment.articleID, .init(name: "comment", data: "{\"id\":\(commentID)}"))
        }
    }

    /// A moderator's edit is kept as a new version and the comment says a moderator edited it.
    func edit(_ actor: Member?, commentID: Int, text raw: String, on db: any Database) async throws {
        let actor = try requireModerator(actor)
        let text = DiscussionService.normalise(raw)
        guard !text.isEmpty, text.count <= DiscussionService.maxLength else {
            throw ModerationError.invalid(["text": "The text needs 1 to \(DiscussionService.maxLength) characters."])
        }
        guard let comment = try await Comment.find(commentID, on: db), comment.deletedAt == nil else { throw ModerationError.notFound }
        let before = comment.text
        try await db.transaction { tx in
            let version = CommentVersion()
            version.commentID = commentID
            version.text = before
            version.editedBy = actor.id
            version.createdAt = clock.now()
            try await version.create(on: tx)
            comment.text = text
            comment.editedByModerator = true
            comment.editedAt = clock.now()
            try await comment.update(on: tx)
            try await audit(actor, action: "comment.edit", subject: ("comment", commentID), reason: nil, before: before, after: text, on: tx)
        }
        await discussion.changed(articleID: comment.articleID)
    }

    // MARK: Blocks and appeals

    /// Blocks a member without notice. The first block can be appealed; a second one is permanent.
    @discardableResult
    func block(_ actor: Member?, userID: Int, rule: String, reason raw: String, on db: any Database) async throws -> Bool {
        let actor = try requireModerator(actor)
        let reason = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        var problems: [String: String] = [:]
        if Rule(rawValue: rule) == nil { problems["rule"] = "Name the rule of the community standards that was broken." }
        if reason.isEmpty || reason.count > 1000 { problems["reason"] = "Give the reason (up to 1,000 characters); the member will see it." }
        guard problems.isEmpty else { throw ModerationError.invalid(problems) }
        guard let user = try await User.find(userID, on: db), user.isActive else { throw ModerationError.notFound }
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

    func requestUnblock(_ member: Member?, explanation raw: String, on db: any Database) async throws -> Int {
        guard let member else { throw ModerationError.forbidden }
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

    func decideUnblock(_ actor: Member?, requestID: Int, grant: Bool, note raw: String?, on db: any Database) async throws {
        let actor = try requireModerator(actor)
        let note = raw?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard let r = try await UnblockRequest.find(requestID, on: db), r.status == "open" else { throw ModerationError.notFound }
        guard let user = try await User.find(r.userID, on: db) else { throw ModerationError.notFound }
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
    func deleteAccount(_ actor: Member?, userID: Int, reason raw: String, accounts: AccountService, mediaDirectory: String,
                       on db: any Database) async throws {
        guard let actor, actor.role == .admin else { throw ModerationError.forbidden }
        let reason = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw ModerationError.invalid(["reason": "Say why the account is deleted."]) }
        guard userID != actor.id, let user = try await User.find(userID, on: db), user.status != "purged" else { throw ModerationError.notFound }
        try await accounts.purge(user, mediaDirectory: mediaDirectory, on: db)
        try await discussion.authorStatusChanged(userID: userID, on: db)
        try await audit(actor, action: "member.delete", subject: ("user", userID), reason: reason, before: nil, after: "purged", on: db)
    }

    /// The same decision for several comments at once; stops at the first that cannot be decided.
    func decide(_ actor: Member?, commentIDs: [Int], action: ModerationAction, rule: String?, note: String?, on db: any Database) async throws {
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

enum ModerationMails {
    static func rejected(to: MailAddress, rule: String, note: String?, text: String) -> Mailer.Letter {
        AccountMails.letter(kind: "comment_rejected", to: to, language: "en", subject: "Your comment was not published",
                            paragraphs: ["A moderator did not publish your comment because it breaks the community standards (\(rule))."
                                         + (note.map { $0.isEmpty ? "" : " " + $0 } ?? ""), "Your comment: “\(text.prefix(500))”"],
                            link: nil)
    }

    static func unblockDecision(to: MailAddress, granted: Bool, note: String) -> Mailer.Letter {
        AccountMails.letter(kind: "unblock_decision", to: to, language: "en",
                            subject: granted ? "Your access has been restored" : "Your unblock request was refused",
                            paragraphs: [granted ? "The moderators have lifted the block on your account. You can comment again."
                                                 : "The moderators have decided to keep the block on your account.",
                                         note.isEmpty ? "" : "Note from the moderators: \(note)"].filter { !$0.isEmpty },
                            link: nil)
    }
}
