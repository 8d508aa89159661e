import Fluent
import Foundation

/// One saved state of an article, as lists show it.
struct RevisionInfo: Sendable, Equatable {
    let version: Int
    let authorID: Int?
    let authorName: String
    let createdAt: Date
    let title: String
}

extension NewsroomService {
    /// Every saved state of an article, newest first.
    func revisions(articleID: Int, for actor: Member, on db: any Database) async throws -> [RevisionInfo] {
        _ = try await article(id: articleID, for: actor, on: db)
        return try await ArticleRevision.query(on: db).filter(\.$articleID == articleID)
            .sort(\.$version, .descending).limit(500).all()
            .map { RevisionInfo(version: $0.version, authorID: $0.authorID, authorName: $0.authorName, createdAt: $0.createdAt, title: $0.title) }
    }

    func revision(articleID: Int, version: Int, for actor: Member, on db: any Database) async throws -> (RevisionInfo, ArticleSnapshot) {
        _ = try await article(id: articleID, for: actor, on: db)
        guard let row = try await ArticleRevision.query(on: db).filter(\.$articleID == articleID).filter(\.$version == version).first(),
              let snapshot = ArticleSnapshot.decode(row.snapshot) else { throw NewsroomError.notFound }
        return (RevisionInfo(version: row.version, authorID: row.authorID, authorName: row.authorName, createdAt: row.createdAt,
                             title: row.title), snapshot)
    }

    /// Brings back an old revision's words, photo, tags and links as a new revision. The article's state and times
    /// stay as they are: restoring text never publishes or unpublishes.
    func restore(articleID: Int, revision version: Int, currentVersion: Int, by actor: Member, on db: any Database) async throws -> NewsroomArticle {
        let (_, old) = try await revision(articleID: articleID, version: version, for: actor, on: db)
        let current = try await article(id: articleID, for: actor, on: db)
        let sections = try await articles.sections(edition: current.edition.id, on: db)
        let existingRelated = Set(try await Article.query(on: db).filter(\.$id ~~ old.relatedIDs).field(\.$id).all().compactMap(\.id))
        let leadExists = try await old.leadMediaID.asyncMap { try await Media.find($0, on: db) != nil } ?? false
        var input = ArticleInput()
        input.section = sections.first { $0.id == old.sectionID }?.slug
        input.title = old.title
        input.summary = old.summary
        input.body = old.body
        input.slug = old.slug
        input.byline = old.byline
        input.tags = old.tags
        input.leadImageID = .some(leadExists ? old.leadMediaID : nil)
        input.relatedIDs = old.relatedIDs.filter(existingRelated.contains)
        input.correction = .some(old.correction)
        input.commentsOpen = old.commentsOpen
        return try await update(id: articleID, version: currentVersion, input, by: actor, on: db)
    }

    /// The scheduled-release job: a scheduled article whose time has come goes live, once, whichever node runs it.
    /// Returns whether it went live now (false when it was rescheduled, unpublished or already live).
    @discardableResult
    func releaseIfDue(articleID: Int, on db: any Database) async throws -> Bool {
        let now = clock.now()
        let released: (Int, Int)? = try await db.transaction { tx in
            guard let article = try await Article.find(articleID, on: tx), article.status == ArticleStatus.scheduled.rawValue,
                  let at = article.publishedAt, at <= now else { return nil }
            let version = (article.version ?? 1) + 1
            article.status = ArticleStatus.published.rawValue
            article.version = version
            article.updatedAt = now
            try await article.update(on: tx)
            try await articles.saved(article, on: tx)
            try await ArticleTag.query(on: tx).filter(\.$articleID == articleID)
                .set(\.$status, to: ArticleStatus.published.rawValue).set(\.$publishedAt, to: at).update()
            if let last = try await ArticleRevision.query(on: tx).filter(\.$articleID == articleID).sort(\.$version, .descending).first(),
               var snapshot = ArticleSnapshot.decode(last.snapshot) {
                snapshot.status = ArticleStatus.published.rawValue
                try await record(articleID: articleID, version: version, snapshot: snapshot, actor: nil, on: tx)
            }
            return (article.editionID, articleID)
        }
        guard let (editionID, id) = released else { return false }
        await invalidate(editionID: editionID, articleID: id)
        try await tellLiveFeed(articleID: id, wasVisible: false, wasEnded: true, on: db)
        return true
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
