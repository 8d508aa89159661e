import Fluent
import Foundation
import SQLKit
import Standards

extension DiscussionService {
    static let pageSize = 30
    /// Offsets past this are not pages anyone reads; refusing them keeps the arithmetic far from overflow.
    static let maxOffset = 1_000_000

    /// A page cursor (an offset this server gave out): absent is the first page; anything else must be a number
    /// from 0 to `maxOffset`, or it is input to fix (422), never an overflow.
    static func offset(fromCursor cursor: String?) throws -> Int {
        guard let cursor, !cursor.isEmpty else { return 0 }
        guard cursor.utf8.count <= 12, let value = Int(cursor), (0...maxOffset).contains(value) else {
            throw PublishingError.invalidCursor
        }
        return value
    }

    /// One page of top-level comments with all their replies, in one query: the page's roots (a window over the
    /// thread index), each root's visible replies, and their authors joined, read as plain rows (building a `Comment`
    /// and a `User` model per row was most of the cost of an article page with comments in a profile). Readers see
    /// published comments; a member also sees their own held ones. Comments of deleted accounts are hidden; deleted
    /// comments with replies stay as a stub.
    func thread(articleID: Int, viewer: Member?, sort: CommentSort, cursor: String?, on db: any Database) async throws -> ThreadPage {
        let offset = try Self.offset(fromCursor: cursor)
        guard let sql = db as? any SQLDatabase else { return ThreadPage(comments: [], nextCursor: nil) }
        let order: String
        switch sort {
        case .newest: order = "c.created_at DESC, c.id DESC"
        case .oldest: order = "c.created_at ASC, c.id ASC"
        case .liked: order = "c.likes DESC, c.created_at DESC, c.id DESC"
        }
        func visible(_ q: inout SQLQueryString) {
            q.appendLiteral("(c.status = 'published'")
            if let viewer {
                q.appendLiteral(" OR (c.status = 'pending' AND c.author_id = ")
                q.appendInterpolation(bind: viewer.id)
                q.appendLiteral(")")
            }
            q.appendLiteral(")")
        }
        let columns = """
            c.id, c.parent_id, c.root_id, c.author_id, c.text, c.status, c.findings, c.likes, c.created_at, c.edited_at,
            c.edited_by_moderator, c.deleted_at, u.display_name AS u_name, u.avatar_file AS u_avatar, u.status AS u_status
            """
        var q: SQLQueryString = "WITH roots AS (SELECT c.id, ROW_NUMBER() OVER (ORDER BY \(unsafeRaw: order)) AS pos FROM comments c WHERE c.article_id = \(bind: articleID) AND c.root_id IS NULL AND "
        visible(&q)
        q.appendLiteral(" ORDER BY \(order) LIMIT ")
        q.appendInterpolation(count: Self.pageSize + 1)
        q.appendLiteral(" OFFSET ")
        q.appendInterpolation(count: offset)
        q.appendLiteral(") SELECT r.pos, \(columns) FROM roots r JOIN comments c ON c.id = r.id JOIN users u ON u.id = c.author_id")
        q.appendLiteral(" UNION ALL SELECT r.pos, \(columns) FROM roots r JOIN comments c ON c.article_id = ")
        q.appendInterpolation(bind: articleID)
        q.appendLiteral(" AND c.root_id = r.id AND ")
        visible(&q)
        q.appendLiteral(" JOIN users u ON u.id = c.author_id ORDER BY 1, 10, 2")

        var roots: [(pos: Int, view: CommentView?)] = []
        var replyRows: [(view: CommentView, parentID: Int?, rootID: Int)] = []
        var names: [Int: String] = [:]
        for row in try await sql.raw(q).all() {
            let active = User.isActive(status: try row.decode(column: "u_status", as: String?.self))
            let view = active ? try Self.view(row, articleID: articleID) : nil
            if let view { names[view.id] = view.authorName }
            if let root = try row.decode(column: "root_id", as: Int?.self) {
                if let view { replyRows.append((view, view.parentID, root)) }
            } else {
                roots.append((try row.decode(column: "pos", as: Int.self), view))
            }
        }
        roots.sort { $0.pos < $1.pos }
        let pageRoots = roots.prefix(Self.pageSize)
        var repliesByRoot: [Int: [CommentView]] = [:]
        for (view, parent, root) in replyRows.sorted(by: { ($0.view.createdAt, $0.view.id) < ($1.view.createdAt, $1.view.id) }) {
            var v = view
            if let parent, parent != root { v.replyToName = names[parent] }
            repliesByRoot[root, default: []].append(v)
        }
        let comments = pageRoots.compactMap { entry -> CommentView? in
            guard var v = entry.view else { return nil }
            v.replies = repliesByRoot[v.id] ?? []
            // A deleted comment is shown as a stub only to keep its replies in place.
            if v.deleted && v.replies.isEmpty { return nil }
            return v
        }
        return ThreadPage(comments: comments, nextCursor: roots.count > Self.pageSize ? String(offset + Self.pageSize) : nil)
    }

    /// A comment read as a plain row with its author's columns (`u_name`, `u_avatar`).
    private static func view(_ row: any SQLRow, articleID: Int) throws -> CommentView {
        let deleted = try row.decode(column: "deleted_at", as: Date?.self) != nil
        let status = CommentStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .pending
        return CommentView(
            id: try row.decode(column: "id", as: Int.self), articleID: articleID,
            parentID: try row.decode(column: "parent_id", as: Int?.self), rootID: try row.decode(column: "root_id", as: Int?.self),
            authorID: try row.decode(column: "author_id", as: Int.self),
            authorName: try row.decode(column: "u_name", as: String.self),
            authorAvatar: try row.decode(column: "u_avatar", as: String?.self).map { Paths.media($0) },
            text: deleted ? "" : try row.decode(column: "text", as: String.self), status: status,
            likes: try row.decode(column: "likes", as: Int.self), createdAt: try row.decode(column: "created_at", as: Date.self),
            editedAt: try row.decode(column: "edited_at", as: Date?.self),
            editedByModerator: try row.decode(column: "edited_by_moderator", as: Bool.self), deleted: deleted,
            findings: decode(try row.decode(column: "findings", as: String.self)))
    }

    func comment(id: Int, on db: any Database) async throws -> CommentView? {
        guard let row = try await Comment.find(id, on: db) else { return nil }
        return try await views([row], on: db).first
    }

    /// Rows to views, with authors in one query; comments by inactive accounts are left out.
    func views(_ rows: [Comment], on db: any Database) async throws -> [CommentView] {
        let authorIDs = Set(rows.map(\.authorID))
        guard !authorIDs.isEmpty else { return [] }
        let authors = try await users.profiles(ids: authorIDs, on: db)
        return rows.compactMap { row in
            guard let id = row.id, let author = authors[row.authorID], author.isActive else { return nil }
            let deleted = row.deletedAt != nil
            return CommentView(
                id: id, articleID: row.articleID, parentID: row.parentID, rootID: row.rootID, authorID: row.authorID,
                authorName: author.displayName, authorAvatar: author.avatarFile.map { Paths.media($0) },
                text: deleted ? "" : row.text, status: CommentStatus(rawValue: row.status) ?? .pending, likes: row.likes,
                createdAt: row.createdAt, editedAt: row.editedAt, editedByModerator: row.editedByModerator, deleted: deleted,
                findings: Self.decode(row.findings))
        }
    }

    /// Which of these comments the member liked.
    func liked(by member: Member?, among ids: [Int], on db: any Database) async throws -> Set<Int> {
        guard let member, !ids.isEmpty else { return [] }
        return Set(try await CommentLike.query(on: db).filter(\.$userID == member.id).filter(\.$commentID ~~ ids).all().map(\.commentID))
    }
}
