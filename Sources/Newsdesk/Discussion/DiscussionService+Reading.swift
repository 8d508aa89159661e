import Fluent
import Foundation
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

    /// One page of top-level comments with all their replies. Readers see published comments; a member also sees
    /// their own held ones. Comments of deleted accounts are hidden; deleted comments with replies stay as a stub.
    func thread(articleID: Int, viewer: Member?, sort: CommentSort, cursor: String?, on db: any Database) async throws -> ThreadPage {
        let offset = try Self.offset(fromCursor: cursor)
        var roots = visible(articleID: articleID, viewer: viewer, on: db).filter(\.$rootID == nil)
        switch sort {
        case .newest: roots = roots.sort(\.$createdAt, .descending).sort(\.$id, .descending)
        case .oldest: roots = roots.sort(\.$createdAt, .ascending).sort(\.$id, .ascending)
        case .liked: roots = roots.sort(\.$likes, .descending).sort(\.$createdAt, .descending)
        }
        let rootRows = try await roots.range(offset..<(offset + Self.pageSize + 1)).all()
        let pageRoots = Array(rootRows.prefix(Self.pageSize))
        let rootIDs = pageRoots.compactMap(\.id)
        let replyRows = rootIDs.isEmpty ? [] : try await visible(articleID: articleID, viewer: viewer, on: db)
            .filter(\.$rootID ~~ rootIDs).sort(\.$createdAt).sort(\.$id).all()
        let all = try await views(pageRoots + replyRows, on: db)
        var byID: [Int: CommentView] = [:]
        for v in all { byID[v.id] = v }
        var repliesByRoot: [Int: [CommentView]] = [:]
        for row in replyRows {
            guard var v = byID[row.id ?? 0], let root = row.rootID else { continue }
            if let parent = row.parentID, parent != root { v.replyToName = byID[parent]?.authorName }
            repliesByRoot[root, default: []].append(v)
        }
        let comments = pageRoots.compactMap { row -> CommentView? in
            guard var v = byID[row.id ?? 0] else { return nil }
            v.replies = repliesByRoot[v.id] ?? []
            // A deleted comment is shown as a stub only to keep its replies in place.
            if v.deleted && v.replies.isEmpty { return nil }
            return v
        }
        return ThreadPage(comments: comments, nextCursor: rootRows.count > Self.pageSize ? String(offset + Self.pageSize) : nil)
    }

    private func visible(articleID: Int, viewer: Member?, on db: any Database) -> QueryBuilder<Comment> {
        Comment.query(on: db).filter(\.$articleID == articleID).group(.or) { or in
            or.filter(\.$status == CommentStatus.published.rawValue)
            if let viewer {
                or.group(.and) { $0.filter(\.$status == CommentStatus.pending.rawValue).filter(\.$authorID == viewer.id) }
            }
        }
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
