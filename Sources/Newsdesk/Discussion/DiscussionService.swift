import Fluent
import Foundation
import Logging
import NewsText
import SQLKit
import Standards

enum DiscussionError: Error, Equatable {
    case notLoggedIn
    case unconfirmed
    case blocked(rule: String, reason: String, permanent: Bool)
    case closed
    case rejected(findings: [Finding])
    case invalid([String: String])
    case notFound
    case notYours
    case editWindowOver
}

/// A comment as pages and the API show it.
struct CommentView: Sendable {
    let id: Int
    let articleID: Int
    let parentID: Int?
    let rootID: Int?
    let authorID: Int
    let authorName: String
    let authorAvatar: String?
    let text: String
    let status: CommentStatus
    let likes: Int
    let createdAt: Date
    let editedAt: Date?
    let editedByModerator: Bool
    let deleted: Bool
    let findings: [Finding]
    var replyToName: String?
    var replies: [CommentView] = []
}

enum CommentSort: String, Sendable, CaseIterable {
    case newest, oldest, liked
}

struct ThreadPage: Sendable {
    let comments: [CommentView]
    let nextCursor: String?
}

/// The discussion under articles: posting judged by the community-standards engine with context from the database,
/// replies, edits within 15 minutes, deletion, likes and reports; the article's comment counter kept right.
struct DiscussionService: Sendable {
    let clock: AppClock
    let limiter: RateLimiter
    let sanctions: SanctionService
    /// Publishing owns the article's comment counter; Discussion tells it the number.
    let articles: ArticleService
    /// Moderation's judge: Discussion gathers the context, the judge gives the verdict.
    let judge: any CommentJudge
    /// Authors' names and standing come from Accounts, the edition's language from Editions.
    let users: UserService
    let editions: EditionService
    let nearDuplicates: NearDuplicateIndex
    let live: LiveHub
    let cache: PageCache
    let outletNames: [String]
    let allowedDomains: Set<String>
    let logger: Logger
    var commentsPerIPMinute = 30
    /// New comments reach the database through one group-committing writer per node.
    let writer = CommentWriter()
    /// The engine's context as analysed for earlier posts.
    let memory = JudgingMemory()

    static let maxLength = 5000
    /// Reports one member may file in an hour: plenty for a reader, too few to flood the desk.
    static let reportsPerHour = 30
    static let editWindow: TimeInterval = 15 * 60

    struct Posted: Sendable {
        let comment: CommentView
        let findings: [Finding]
    }

    /// Who may take part: logged in, confirmed, not blocked.
    func checkMayAct(_ member: Member, on db: any Database) async throws -> Member {
        guard member.confirmed else { throw DiscussionError.unconfirmed }
        try Self.refuse(block: try await sanctions.activeBlock(userID: member.id, on: db))
        return member
    }

    static func refuse(block: SanctionService.Block?) throws {
        if let block { throw DiscussionError.blocked(rule: block.rule, reason: block.reason, permanent: block.permanent) }
    }

    func post(_ member: Member, articleID: Int, text raw: String, parentID: Int?, ip: String, on db: any Database) async throws -> Posted {
        guard member.confirmed else { throw DiscussionError.unconfirmed }
        let prior = try await postContext(memberID: member.id, articleID: articleID, parentID: parentID, on: db)
        try Self.refuse(block: prior.block)
        let text = Self.normalise(raw)
        try validate(text)
        guard let article = prior.article, article.isVisible else { throw DiscussionError.notFound }
        if article.commentsClosed { throw DiscussionError.closed }
        var rootID: Int?
        if let parentID {
            guard let parent = prior.parent, parent.articleID == articleID, parent.isPublished, !parent.isDeleted else {
                throw DiscussionError.invalid(["parent_id": "The comment you reply to is not available."])
            }
            rootID = parent.rootID ?? parentID
        }
        try await limiter.hit([.init(key: "comment:member:\(member.id)", limit: 5, window: 60),
                               .init(key: "comment:member-hour:\(member.id)", limit: 60, window: 3600),
                               .init(key: "comment:ip:\(ip)", limit: commentsPerIPMinute, window: 60)], on: db)

        let (context, record) = try await judgingInputs(for: member, article: article, prior: prior, on: db)
        let verdict = try await judge.verdict(on: text, context: context, editionID: article.editionID, author: record, on: db)
        if verdict.action == .reject {
            logger.info("comment rejected", metadata: ["member": "\(member.id)", "article": "\(articleID)",
                                                       "rules": "\(Set(verdict.findings.map(\.rule.rawValue)).sorted())"])
            throw DiscussionError.rejected(findings: verdict.findings)
        }
        let now = clock.now()
        let comment = Comment()
        comment.articleID = articleID
        comment.parentID = parentID
        comment.rootID = rootID
        comment.authorID = member.id
        comment.text = Self.masked(text, findings: verdict.findings)
        comment.status = (verdict.action == .publish ? CommentStatus.published : .pending).rawValue
        comment.findings = Self.encode(verdict.findings)
        comment.likes = 0
        comment.createdAt = now
        comment.editedByModerator = false
        let service = self
        try await writer.write(comment, on: db) { written, tx in
            // New comments by active members (they just posted): the published ones add to their article's counter,
            // exactly what a recount would find, without counting the whole thread again for every batch.
            var published: [Int: Int] = [:]
            for c in written where c.status == CommentStatus.published.rawValue { published[c.articleID, default: 0] += 1 }
            for (id, n) in published.sorted(by: { $0.key < $1.key }) {
                try await service.articles.addToCommentCount(articleID: id, n, on: tx)
            }
        }
        nearDuplicates.insert(text: text, author: String(member.id), time: now, id: comment.id.map(String.init))
        if comment.status == CommentStatus.published.rawValue {
            await announce(articleID: articleID, commentID: try comment.requireID())
        } else {
            let id = try comment.requireID()
            live.publish(.moderation, LiveEvent(id: id, name: "queued", data: "{\"id\":\(id)}"))
        }
        logger.info(comment.status == "published" ? "comment published" : "comment held",
                    metadata: ["comment": "\(comment.id ?? 0)", "rules": "\(Set(verdict.findings.map(\.rule.rawValue)).sorted())"])
        // The author is the member who just posted: their name and avatar are in the session, not read again.
        let view = CommentView(
            id: try comment.requireID(), articleID: articleID, parentID: parentID, rootID: rootID, authorID: member.id,
            authorName: member.displayName, authorAvatar: member.avatarPath, text: comment.text,
            status: CommentStatus(rawValue: comment.status) ?? .pending, likes: 0, createdAt: now, editedAt: nil,
            editedByModerator: false, deleted: false, findings: verdict.findings)
        return Posted(comment: view, findings: verdict.findings)
    }

    /// The author may change their comment for 15 minutes; the new text is judged again and the old one kept.
    func edit(_ member: Member, commentID: Int, text raw: String, on db: any Database) async throws -> Posted {
        let member = try await checkMayAct(member, on: db)
        guard let comment = try await Comment.find(commentID, on: db), comment.deletedAt == nil else { throw DiscussionError.notFound }
        guard comment.authorID == member.id else { throw DiscussionError.notYours }
        guard clock.now().timeIntervalSince(comment.createdAt) <= Self.editWindow else { throw DiscussionError.editWindowOver }
        let text = Self.normalise(raw)
        try validate(text)
        let prior = try await postContext(memberID: member.id, articleID: comment.articleID, parentID: nil, on: db)
        guard let article = prior.article else { throw DiscussionError.notFound }
        let (context, record) = try await judgingInputs(for: member, article: article, prior: prior, on: db)
        let verdict = try await judge.verdict(on: text, context: context, editionID: article.editionID, author: record, on: db)
        if verdict.action == .reject { throw DiscussionError.rejected(findings: verdict.findings) }
        try await db.transaction { tx in
            let version = CommentVersion()
            version.commentID = commentID
            version.text = comment.text
            version.editedBy = member.id
            version.createdAt = clock.now()
            try await version.create(on: tx)
            comment.text = Self.masked(text, findings: verdict.findings)
            comment.status = (verdict.action == .publish ? CommentStatus.published : .pending).rawValue
            comment.findings = Self.encode(verdict.findings)
            comment.editedAt = clock.now()
            try await comment.update(on: tx)
            try await recount(articleID: comment.articleID, on: tx)
        }
        await changed(articleID: comment.articleID)
        return Posted(comment: try await views([comment], on: db).first!, findings: verdict.findings)
    }

    func delete(_ member: Member, commentID: Int, on db: any Database) async throws {
        guard let comment = try await Comment.find(commentID, on: db), comment.deletedAt == nil else { throw DiscussionError.notFound }
        guard comment.authorID == member.id else { throw DiscussionError.notYours }
        try await db.transaction { tx in
            comment.deletedAt = clock.now()
            try await comment.update(on: tx)
            try await recount(articleID: comment.articleID, on: tx)
        }
        await changed(articleID: comment.articleID)
    }

    /// One like per member; liking twice changes nothing. Returns the comment's likes.
    func like(_ member: Member, commentID: Int, on db: any Database) async throws -> Int {
        let member = try await checkMayAct(member, on: db)
        guard let comment = try await Comment.find(commentID, on: db), comment.deletedAt == nil,
              comment.status == CommentStatus.published.rawValue else { throw DiscussionError.notFound }
        let already = try await CommentLike.query(on: db).filter(\.$commentID == commentID).filter(\.$userID == member.id).count() > 0
        if !already {
            try await db.transaction { tx in
                let like = CommentLike()
                like.commentID = commentID
                like.userID = member.id
                like.createdAt = clock.now()
                try await like.create(on: tx)
                comment.likes = try await CommentLike.query(on: tx).filter(\.$commentID == commentID).count()
                try await comment.update(on: tx)
            }
            await changed(articleID: comment.articleID)
        }
        return comment.likes
    }

    static let reportReasons: [String] = Rule.allCases.map(\.rawValue) + ["other"]

    func report(_ member: Member, commentID: Int, rule: String, text: String?, on db: any Database) async throws {
        let member = try await checkMayAct(member, on: db)
        guard Self.reportReasons.contains(rule) else {
            throw DiscussionError.invalid(["rule": "Choose one of the community standards, or “other”."])
        }
        let note = text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if rule == "other" && note.isEmpty { throw DiscussionError.invalid(["text": "Tell us what is wrong with this comment."]) }
        if note.count > 1000 { throw DiscussionError.invalid(["text": "Please keep the report under 1,000 characters."]) }
        guard let comment = try await Comment.find(commentID, on: db), comment.deletedAt == nil else { throw DiscussionError.notFound }
        if try await CommentReport.query(on: db).filter(\.$commentID == commentID).filter(\.$reporterID == member.id).count() > 0 { return }
        try await limiter.hit("report:member:\(member.id)", limit: Self.reportsPerHour, window: 3600, on: db)
        live.publish(.moderation, LiveEvent(id: commentID, name: "queued", data: "{\"id\":\(commentID)}"))
        let report = CommentReport()
        report.commentID = commentID
        report.reporterID = member.id
        report.rule = rule
        report.text = note.isEmpty ? nil : note
        report.createdAt = clock.now()
        try await report.create(on: db)
        logger.info("comment reported", metadata: ["comment": "\(commentID)", "rule": "\(rule)"])
    }

    // MARK: Internals

    static func normalise(_ raw: String) -> String {
        raw.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func validate(_ text: String) throws {
        if text.isEmpty { throw DiscussionError.invalid(["text": "Write something before sending."]) }
        if text.count > Self.maxLength {
            throw DiscussionError.invalid(["text": "A comment may have at most \(Self.maxLength) characters (this one has \(text.count))."])
        }
        // Control characters (NUL, BEL, escape...) are never part of a comment; line breaks and tabs are.
        if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && !["\n", "\t", "\r"].contains($0) }) {
            throw DiscussionError.invalid(["text": "The comment contains control characters that cannot be shown; remove them and send it again."])
        }
    }

    /// What the engine and the judge need, from the post's context: the thread, and the author's recent comments
    /// and record. The author's last 50 comments serve both their last day (for flood and repetition) and their
    /// recent decisions (for their standing); only when those 50 hold too few decisions is the record read apart.
    private func judgingInputs(for member: Member, article: CommentTarget, prior: PostContext,
                               on db: any Database) async throws -> (CommentContext, AuthorRecord) {
        let now = clock.now()
        let articleID = article.id
        // Each earlier comment is analysed once (JudgingMemory), not on every post that reads it.
        let thread = prior.thread.map { memory.prior(id: $0.id, text: $0.text, author: String($0.authorID), time: $0.time) }
        let window = Self.contextWindow
        let author = String(member.id)
        let latest = prior.authorLatest
        let published = prior.authorPublished
        let lastRejection = prior.authorLastRejection
        let dayAgo = now.addingTimeInterval(-86_400)
        let mine = latest.filter { $0.time >= dayAgo }.prefix(30)
        let decided = latest.map(\.status).filter { $0 == CommentStatus.published.rawValue || $0 == CommentStatus.rejected.rawValue }
        let record = latest.count == window && decided.count < AuthorRecord.window
            ? try await authorRecord(of: member.id, on: db)
            : Self.authorRecord(recentStatuses: decided, published: published, lastRejection: lastRejection)
        let language = try await editions.edition(id: article.editionID, on: db)?.language ?? "en"
        let context = CommentContext(
            language: language,
            article: memory.article(id: articleID, title: article.title, summary: article.summary, bodyMarkdown: article.bodyMarkdown),
            thread: thread.reversed(),
            authorRecent: mine.reversed().map { memory.prior(id: $0.id, text: $0.text, author: author, time: $0.time) },
            author: author, nearDuplicates: nearDuplicates, allowedDomains: allowedDomains,
            outletNames: outletNames, now: now)
        return (context, record)
    }

    /// Personal data the engine found is never stored in clear.
    static func masked(_ text: String, findings: [Finding]) -> String {
        let spans = findings.filter { $0.rule == .personalData }.map { ($0.start, $0.end) }.sorted { $0.0 > $1.0 }
        guard !spans.isEmpty else { return text }
        var scalars = Array(text.unicodeScalars)
        for (start, end) in spans where start >= 0 && end <= scalars.count && start < end {
            scalars.replaceSubrange(start..<end, with: "[removed]".unicodeScalars)
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return String(out)
    }

    static func encode(_ findings: [Finding]) -> String {
        (try? String(data: JSONEncoder().encode(findings), encoding: .utf8)) ?? "[]"
    }

    static func decode(_ json: String) -> [Finding] {
        // Most comments have none: no decoder for those.
        if json.isEmpty || json == "[]" { return [] }
        return (try? JSONDecoder().decode([Finding].self, from: Data(json.utf8))) ?? []
    }

    /// The article's counter counts visible comments: published, not deleted, by an active account. The counter
    /// is Publishing's column, so the number is handed to its service.
    func recount(articleID: Int, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        let row = try await sql.raw("""
            SELECT COUNT(*) AS n FROM comments c JOIN users u ON u.id = c.author_id
            WHERE c.article_id = \(bind: articleID) AND c.status = 'published' AND c.deleted_at IS NULL
              AND (u.status IS NULL OR u.status = 'active')
            """).first()
        try await articles.setCommentCount(articleID: articleID, to: try row?.decode(column: "n", as: Int.self) ?? 0, on: db)
    }

    /// A member's account was deleted, restored or purged: their comments appear or disappear, and counters follow.
    func authorStatusChanged(userID: Int, on db: any Database) async throws {
        let articles = Set(try await Comment.query(on: db).filter(\.$authorID == userID).field(\.$id).field(\.$articleID).all().map(\.articleID))
        for articleID in articles {
            try await recount(articleID: articleID, on: db)
            await changed(articleID: articleID)
        }
    }

    private func announce(articleID: Int, commentID: Int) async {
        await changed(articleID: articleID)
        live.publish(.thread(articleID), LiveEvent(id: commentID, name: "comment", data: "{\"id\":\(commentID)}"))
    }

    /// The article page shows the thread and the counter.
    func changed(articleID: Int) async {
        await cache.invalidate(tags: ["article:\(articleID)"])
    }
}
