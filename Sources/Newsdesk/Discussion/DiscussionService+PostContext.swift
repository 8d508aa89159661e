import Fluent
import Foundation
import SQLKit

/// What a new comment is checked and judged against: the author's block, the article, the comment replied to, the
/// thread's newest comments and the author's own. Read in one statement: they were five round trips a post, and on
/// PostgreSQL each costs both sides a parse, a plan and a row description.
struct PostContext: Sendable {
    struct Prior: Sendable {
        let id: Int
        let text: String
        /// In the thread: the comment's author. The author's own comments leave it 0.
        let authorID: Int
        let status: String
        let time: Date
    }

    struct Parent: Sendable {
        let articleID: Int
        let rootID: Int?
        let isPublished: Bool
        let isDeleted: Bool
    }

    var block: SanctionService.Block?
    var article: CommentTarget?
    var parent: Parent?
    /// The article's newest published comments, newest first.
    var thread: [Prior] = []
    /// The author's newest comments in any state, newest first, and counts over all of them.
    var authorLatest: [Prior] = []
    var authorPublished = 0
    var authorLastRejection: Date?
}

extension DiscussionService {
    /// How many of the thread's and of the author's newest comments the engine sees.
    static let contextWindow = 50

    /// One statement, one row shape: each part is a `kind` of row (`b` block, `a` article, `p` parent, `t` thread,
    /// `r` the author's recent comments, `s` the author's totals) with the columns it needs and NULL in the others.
    /// The block and the article are read by their owners' queries. The first part types its NULLs: PostgreSQL
    /// settles a UNION's column types part by part, and two untyped NULLs become text.
    func postContext(memberID: Int, articleID: Int, parentID: Int?, on db: any Database) async throws -> PostContext {
        guard let sql = db as? any SQLDatabase else { throw DiscussionError.notFound }
        let window = Self.contextWindow
        // The thread's newest comments are kept between posts (JudgingMemory): within its refresh interval a post
        // reads only those written since the newest one kept, a few rows instead of the whole window.
        let now = clock.now()
        let since = memory.threadSince(articleID: articleID, now: now)
        let threadSince: SQLQueryString = since.map { " AND created_at >= \(bind: $0)" } ?? ""
        var query: SQLQueryString = """
            SELECT 'b' AS kind, CAST(NULL AS BIGINT) AS id, CAST(NULL AS BIGINT) AS num, CAST(NULL AS BIGINT) AS num2,
                   rule AS status, created_at AS at, reason AS text, CAST(NULL AS TEXT) AS text2, CAST(NULL AS TEXT) AS text3,
                   permanent AS flag
            FROM (\(SanctionService.activeBlockQuery(userID: memberID))) b
            UNION ALL
            SELECT 'a', NULL, edition_id, NULL, status, published_at, title, summary, body, comments_closed
            FROM (\(ArticleService.commentTargetQuery(id: articleID))) a
            UNION ALL
            SELECT 't', id, author_id, NULL, NULL, created_at, text, NULL, NULL, NULL FROM (
                SELECT id, author_id, created_at, text FROM comments
                WHERE article_id = \(bind: articleID) AND status = 'published' AND deleted_at IS NULL\(threadSince)
                ORDER BY created_at DESC, id DESC LIMIT \(count: window)) t
            UNION ALL
            SELECT 'r', id, NULL, NULL, status, created_at, text, NULL, NULL, NULL FROM (
                SELECT id, status, created_at, text FROM comments WHERE author_id = \(bind: memberID)
                ORDER BY created_at DESC, id DESC LIMIT \(count: window)) r
            UNION ALL
            SELECT 's', NULL, COUNT(CASE WHEN status = 'published' THEN 1 END), NULL, NULL,
                   MAX(CASE WHEN status = 'rejected' THEN created_at END), NULL, NULL, NULL, NULL
            FROM comments WHERE author_id = \(bind: memberID)
            """
        if let parentID {
            query += """

                UNION ALL
                SELECT 'p', id, article_id, root_id, status, deleted_at, NULL, NULL, NULL, NULL FROM comments WHERE id = \(bind: parentID)
                """
        }
        var context = PostContext()
        for row in try await sql.raw(query).all() {
            switch try row.decode(column: "kind", as: String.self) {
            case "b":
                context.block = SanctionService.Block(
                    rule: try row.decode(column: "status", as: String.self), reason: try row.decode(column: "text", as: String.self),
                    permanent: try row.decode(column: "flag", as: Bool.self), since: try row.decode(column: "at", as: Date.self))
            case "a":
                context.article = articles.commentTarget(
                    id: articleID, editionID: try row.decode(column: "num", as: Int.self), title: try row.decode(column: "text", as: String.self),
                    summary: try row.decode(column: "text2", as: String.self), body: try row.decode(column: "text3", as: String.self),
                    status: try row.decode(column: "status", as: String.self), publishedAt: try row.decode(column: "at", as: Date?.self),
                    commentsClosed: try row.decode(column: "flag", as: Bool?.self))
            case "p":
                context.parent = PostContext.Parent(
                    articleID: try row.decode(column: "num", as: Int.self), rootID: try row.decode(column: "num2", as: Int?.self),
                    isPublished: try row.decode(column: "status", as: String.self) == CommentStatus.published.rawValue,
                    isDeleted: try row.decode(column: "at", as: Date?.self) != nil)
            case "t":
                context.thread.append(PostContext.Prior(
                    id: try row.decode(column: "id", as: Int.self), text: try row.decode(column: "text", as: String.self),
                    authorID: try row.decode(column: "num", as: Int.self), status: CommentStatus.published.rawValue,
                    time: try row.decode(column: "at", as: Date.self)))
            case "r":
                context.authorLatest.append(PostContext.Prior(
                    id: try row.decode(column: "id", as: Int.self), text: try row.decode(column: "text", as: String.self),
                    authorID: 0, status: try row.decode(column: "status", as: String.self), time: try row.decode(column: "at", as: Date.self)))
            case "s":
                context.authorPublished = try row.decode(column: "num", as: Int?.self) ?? 0
                context.authorLastRejection = try row.decode(column: "at", as: Date?.self)
            default:
                continue
            }
        }
        // UNION ALL keeps no order across its parts; within each, newest first.
        context.thread = memory.thread(articleID: articleID, read: context.thread, since: since, now: now, window: window)
        context.authorLatest.sort { ($0.time, $0.id) > ($1.time, $1.id) }
        return context
    }
}
