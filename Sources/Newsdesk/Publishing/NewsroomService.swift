import Fluent
import Foundation
import NewsText
import SQLKit

enum NewsroomError: Error, Equatable {
    case forbidden(String)
    case notFound
    /// Field name -> what to fix.
    case invalid([String: String])
    /// The save was made on an older version than the stored one.
    case conflict(currentVersion: Int)
}

/// An article as the newsroom sees it: any state, with everything its editor holds.
struct NewsroomArticle: Sendable, Equatable {
    let id: Int
    let edition: EditionInfo
    let section: SectionRef
    let authorID: Int?
    let byline: String
    let title: String
    let slug: String
    let summary: String
    let body: String
    let status: ArticleStatus
    let version: Int
    let publishedAt: Date?
    let revisedAt: Date?
    let embargoUntil: Date?
    let updatedAt: Date?
    let correction: String?
    let commentsOpen: Bool
    let recommended: Bool
    let tags: [TagRef]
    let relatedIDs: [Int]
    let leadImageID: Int?
    let leadImage: ImageRef?
    let shortCode: String
    let views: Int
    let comments: Int
    var kind: ArticleKind = .article
    var liveEnded = false

    var snapshot: ArticleSnapshot {
        ArticleSnapshot(sectionID: section.id, title: title, slug: slug, summary: summary, body: body, byline: byline,
                        tags: tags.map(\.name), leadMediaID: leadImageID, relatedIDs: relatedIDs, status: status.rawValue,
                        publishedAt: publishedAt, embargoUntil: embargoUntil, commentsOpen: commentsOpen,
                        correction: correction, recommended: recommended)
    }
}

/// The newsroom's rules: who may write, edit, submit, schedule and publish which article; optimistic concurrency;
/// revisions; the scheduled release. Typed inputs and the acting member in, typed results or `NewsroomError` out.
struct NewsroomService: Sendable {
    let clock: AppClock
    let articles: ArticleService
    let editions: EditionService
    let jobs: JobQueue
    let cache: PageCache
    /// Tells the live feed about published articles and a live blog's readers that its coverage ended.
    var live: LiveBlogService? = nil

    static let writers: Set<Role> = [.journalist, .editor, .admin]
    static let editors: Set<Role> = [.editor, .admin]

    /// What a save changes. `nil` leaves a field as it is; for the double optionals `.some(nil)` clears it.
    /// Edition and section are codes and slugs; times are ISO-8601, with an offset or in the edition's time zone.
    struct ArticleInput: Sendable, Equatable {
        var edition: String?
        var section: String?
        var title: String?
        var summary: String?
        var body: String?
        var slug: String?
        var byline: String?
        var tags: [String]?
        var leadImageID: Int??
        var relatedIDs: [Int]?
        var status: String?
        var publishAt: String??
        var embargoUntil: String??
        var commentsOpen: Bool?
        var correction: String??
        var recommended: Bool?
        /// `article` or `live_blog` (editors and admins).
        var kind: String?
        /// Ends a live blog's coverage (editors and admins).
        var liveEnded: Bool?
    }

    // MARK: Permissions

    func requireWriter(_ actor: Member) throws {
        guard Self.writers.contains(actor.role) else {
            throw NewsroomError.forbidden("The newsroom is for journalists, editors and admins.")
        }
    }

    /// Editors and admins edit everything; journalists their own drafts (submitting hands an article to the editors).
    func canEdit(_ actor: Member, authorID: Int?, status: ArticleStatus) -> Bool {
        if Self.editors.contains(actor.role) { return true }
        return actor.role == .journalist && authorID == actor.id && status == .draft
    }

    /// Journalists see their own drafts and everyone's submitted, scheduled and published articles.
    func canView(_ actor: Member, authorID: Int?, status: ArticleStatus) -> Bool {
        if Self.editors.contains(actor.role) { return true }
        return actor.role == .journalist && (authorID == actor.id || status != .draft)
    }

    // MARK: Reading

    func article(id: Int, for actor: Member, on db: any Database) async throws -> NewsroomArticle {
        try requireWriter(actor)
        guard let row = try await Article.find(id, on: db) else { throw NewsroomError.notFound }
        let status = ArticleStatus(rawValue: row.status) ?? .draft
        guard canView(actor, authorID: row.authorID, status: status) else {
            throw NewsroomError.forbidden("This draft belongs to another journalist.")
        }
        guard let view = try await views(of: [row], full: true, on: db).first else { throw NewsroomError.notFound }
        return view
    }

    struct Filter: Sendable, Equatable {
        var status: ArticleStatus?
        var editionID: Int?
        var sectionID: Int?
        var authorID: Int?
        var titleContains: String?
    }

    /// The forms of a title search to look for. SQLite's `LOWER` folds ASCII letters only, so "паромы" would not find
    /// "Паромы снова ходят": the search also tries the words as typed, lowercased, and with capital initials (the
    /// headline's first word, names). Letters without case (Arabic) have one form.
    static func caseVariants(_ typed: String) -> [String] {
        let lower = typed.lowercased()
        let words = lower.split(separator: " ", omittingEmptySubsequences: false)
        let initials = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        let first = lower.prefix(1).uppercased() + lower.dropFirst()
        var seen = Set<String>()
        return [lower, typed, first, initials].filter { seen.insert($0).inserted }
    }

    /// Newest first by id; `after` is the last id of the previous page.
    func list(_ filter: Filter, after: Int?, limit: Int, for actor: Member, on db: any Database) async throws -> (items: [NewsroomArticle], next: Int?) {
        try requireWriter(actor)
        let limit = max(1, min(limit, 100))
        var q = Article.query(on: db)
        if let s = filter.status { q = q.filter(\.$status == s.rawValue) }
        if let e = filter.editionID { q = q.filter(\.$editionID == e) }
        if let s = filter.sectionID { q = q.filter(\.$sectionID == s) }
        if let a = filter.authorID { q = q.filter(\.$authorID == a) }
        if let after { q = q.filter(\.$id < after) }
        if let typed = filter.titleContains?.filter({ $0 != "%" && $0 != "_" && $0 != "\\" }), !typed.isEmpty {
            let variants = Self.caseVariants(typed)
            q = q.group(.or) { or in
                for text in variants {
                    or.filter(.sql(SQLBinaryExpression(SQLFunction("LOWER", args: SQLColumn("title")), .like, SQLBind("%" + text + "%"))))
                }
            }
        }
        if !Self.editors.contains(actor.role) {
            let me = actor.id
            q = q.group(.or) { $0.filter(\.$status != ArticleStatus.draft.rawValue).filter(\.$authorID == me) }
        }
        let rows = try await q.sort(\.$id, .descending).limit(limit + 1).all()
        let page = Array(rows.prefix(limit))
        let items = try await views(of: page, full: false, on: db)
        return (items, rows.count > limit ? page.last?.id : nil)
    }

    /// The body as readers will see it, rendered by the reader page's own renderer.
    func preview(markdown: String, on db: any Database) async throws -> String {
        try await articles.renderBody(String(markdown.prefix(1_000_000)), on: db)
    }

    // MARK: Writing

    func create(_ input: ArticleInput, by actor: Member, on db: any Database) async throws -> NewsroomArticle {
        try requireWriter(actor)
        let plan = try await plan(input, current: nil, actor: actor, on: db)
        let now = clock.now()
        let id: Int = try await db.transaction { tx in
            let article = Article()
            article.editionID = plan.edition.id
            article.authorID = actor.id
            article.createdAt = now
            article.views = 0
            article.commentsCount = 0
            article.version = 1
            article.slug = try await articles.uniqueSlug(plan.slug, edition: plan.edition.id, excluding: nil, on: tx)
            try await apply(plan, to: article, now: now, on: tx)
            try await article.create(on: tx)
            let id = try article.requireID()
            article.shortCode = ShortCode.encode(UInt64(id), key: articles.shortCodeKey)
            try await article.update(on: tx)
            try await finishSave(article, plan: plan, previousStatus: nil, actor: actor, on: tx)
            return id
        }
        await invalidate(plan, articleID: id, wasVisible: false)
        try await tellLiveFeed(articleID: id, wasVisible: false, wasEnded: false, on: db)
        return try await article(id: id, for: actor, on: db)
    }

    /// Saves changes made on `version`; a stale version is refused with the current one.
    func update(id: Int, version: Int, _ input: ArticleInput, by actor: Member, on db: any Database) async throws -> NewsroomArticle {
        let current = try await article(id: id, for: actor, on: db)
        guard canEdit(actor, authorID: current.authorID, status: current.status) else {
            throw NewsroomError.forbidden(current.authorID == actor.id
                ? "Once submitted, an article is in the editors' hands."
                : "Journalists edit their own drafts only.")
        }
        guard current.version == version else { throw NewsroomError.conflict(currentVersion: current.version) }
        let plan = try await plan(input, current: current, actor: actor, on: db)
        let now = clock.now()
        let wasVisible = current.status == .published && (current.publishedAt.map { $0 <= now } ?? false)
        try await db.transaction { tx in
            try await claimVersion(id: id, expected: version, on: tx)
            guard let article = try await Article.find(id, on: tx) else { throw NewsroomError.notFound }
            let newSlug = try await articles.uniqueSlug(plan.slug, edition: article.editionID, excluding: id, on: tx)
            if newSlug != article.slug {
                // The old address keeps working; an address taken back from a redirect stops redirecting.
                try await SlugRedirect.query(on: tx).filter(\.$editionID == article.editionID).filter(\.$slug == newSlug).delete()
                if article.status == ArticleStatus.published.rawValue || article.status == ArticleStatus.scheduled.rawValue {
                    try await SlugRedirect(editionID: article.editionID, slug: article.slug, articleID: id).create(on: tx)
                }
                article.slug = newSlug
            }
            if wasVisible, plan.status == .published,
               article.title != plan.title || article.body != plan.body || article.summary != plan.summary {
                article.revisedAt = ArticleService.wholeSeconds(now)
            }
            try await apply(plan, to: article, now: now, on: tx)
            try await article.update(on: tx)
            try await finishSave(article, plan: plan, previousStatus: current.status, actor: actor, on: tx,
                                 previousPublishedAt: current.publishedAt)
        }
        await invalidate(plan, articleID: id, wasVisible: wasVisible)
        try await tellLiveFeed(articleID: id, wasVisible: wasVisible, wasEnded: current.kind == .liveBlog && current.liveEnded, on: db)
        return try await article(id: id, for: actor, on: db)
    }

    /// An article readers see for the first time goes to the top of the live feed; a live blog whose coverage
    /// has just ended tells its open pages to stop streaming.
    func tellLiveFeed(articleID: Int, wasVisible: Bool, wasEnded: Bool, on db: any Database) async throws {
        guard let live else { return }
        if !wasVisible, let summary = try await articles.visibleCards(ids: [articleID], on: db).first {
            try await live.articlePublished(summary, on: db)
        }
        if !wasEnded, let blog = try await articles.liveBlog(id: articleID, on: db), blog.ended {
            try await live.coverageEnded(blogID: articleID, on: db)
        }
    }

    /// Raises the stored version from `expected`, in one statement: of two saves on the same version one wins.
    private func claimVersion(id: Int, expected: Int, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        let rows = try await sql.raw("""
            UPDATE articles SET version = version + 1 WHERE id = \(bind: id) AND version = \(bind: expected) RETURNING version
            """).all()
        guard rows.isEmpty else { return }
        guard let row = try await Article.find(id, on: db) else { throw NewsroomError.notFound }
        throw NewsroomError.conflict(currentVersion: row.version ?? 1)
    }

    private func apply(_ plan: Plan, to article: Article, now: Date, on db: any Database) async throws {
        article.sectionID = plan.sectionID
        article.byline = plan.byline
        article.title = plan.title
        article.summary = plan.summary
        article.body = plan.body
        article.leadMediaID = plan.leadMediaID
        article.status = plan.status.rawValue
        article.publishedAt = plan.publishedAt.map(ArticleService.wholeSeconds)
        article.embargoUntil = plan.embargoUntil.map(ArticleService.wholeSeconds)
        article.correction = plan.correction
        article.commentsClosed = !plan.commentsOpen
        article.updatedAt = now
        article.kind = plan.kind.rawValue
        article.liveEnded = plan.liveEnded
        if plan.recommended {
            if article.recommendedRank == nil {
                let last = try await Article.query(on: db).filter(\.$editionID == plan.edition.id)
                    .filter(\.$recommendedRank != nil).max(\.$recommendedRank)
                article.recommendedRank = (last.flatMap { $0 } ?? 0) + 1
            }
        } else {
            article.recommendedRank = nil
        }
    }

    /// Tags, related links, the revision, and the release job of a scheduled article, in the save's transaction.
    private func finishSave(_ article: Article, plan: Plan, previousStatus: ArticleStatus?, actor: Member?, on tx: any Database,
                            previousPublishedAt: Date? = nil) async throws {
        let id = try article.requireID()
        try await articles.saved(article, previouslyPublishedAt: previousPublishedAt, on: tx)
        try await articles.replaceTags(of: article, names: plan.tags, on: tx)
        try await articles.replaceRelations(of: id, relatedIDs: plan.relatedIDs, on: tx)
        let snapshot = ArticleSnapshot(
            sectionID: plan.sectionID, title: plan.title, slug: article.slug, summary: plan.summary, body: plan.body,
            byline: plan.byline, tags: plan.tags, leadMediaID: plan.leadMediaID, relatedIDs: plan.relatedIDs,
            status: plan.status.rawValue, publishedAt: article.publishedAt, embargoUntil: article.embargoUntil,
            commentsOpen: plan.commentsOpen, correction: plan.correction, recommended: plan.recommended)
        try await record(articleID: id, version: article.version ?? 1, snapshot: snapshot, actor: actor, on: tx)
        if plan.status == .scheduled, let at = article.publishedAt,
           previousStatus != .scheduled || previousPublishedAt.map(ArticleService.wholeSeconds) != at {
            try await jobs.enqueue(.publishArticle, subject: id, at: at, on: tx)
        }
    }

    func record(articleID: Int, version: Int, snapshot: ArticleSnapshot, actor: Member?, on db: any Database) async throws {
        let revision = ArticleRevision()
        revision.articleID = articleID
        revision.version = version
        revision.authorID = actor?.id
        revision.authorName = actor?.displayName ?? "Scheduler"
        revision.createdAt = clock.now()
        revision.title = snapshot.title
        revision.snapshot = snapshot.json
        try await revision.create(on: db)
    }

    func invalidate(editionID: Int, articleID: Int) async {
        await cache.invalidate(tags: ["edition:\(editionID)", "article:\(articleID)", "sitemap"])
    }

    private func invalidate(_ plan: Plan, articleID: Int, wasVisible: Bool) async {
        // Drafts and schedules are not on any reader page; a visible article (before or after) is on many.
        guard wasVisible || plan.status == .published else { return }
        await invalidate(editionID: plan.edition.id, articleID: articleID)
    }
}
