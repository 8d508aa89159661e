import Fluent
import Foundation
import NewsText

/// Brings a WordPress export into an edition through the services the newsroom uses: `NewsroomService` for sections
/// and articles, `MediaLibrary` for photos, `UserService` for authors and commenters, `DiscussionService` for
/// comments. Owns `import_sources`, the map from WordPress ids to what they became.
///
/// The file is read twice, streaming: the first pass checks that it is well-formed and collects the small parts
/// (site, authors, attachments); nothing is written before it ends, so a broken file changes nothing. The second
/// pass writes posts with their comments in batches, one transaction each, recording every WordPress id in the same
/// transaction: a second run skips what is unchanged, and an interrupted run continues where it stopped.
struct WordPressImporter: Sendable {
    let clock: AppClock
    let editions: EditionService
    let newsroom: NewsroomService
    let articles: ArticleService
    let media: MediaLibrary
    let users: UserService
    let discussion: DiscussionService

    struct Options: Sendable {
        var file: String
        var edition: String = "en"
        var uploads: String?
        var dryRun = false
        var batchSize = 50
        /// Stops with `Interrupted` after this many batches (tests of resuming).
        var stopAfterBatches: Int?
    }

    struct Interrupted: Error {}

    /// What the first pass keeps: small, whatever the size of the file.
    struct Scan: Sendable {
        var site = WXR.Site()
        var authors: [String: WXR.Author] = [:]
        var attachments: [WXR.Item] = []
        var posts = 0
        /// What is in the file and what is not imported whatever happens (pages, menus).
        var report = ImportReport()
        /// What an import would do with each post and comment: the dry run's answer.
        var plan = ImportReport()
    }

    func scan(file: String) throws -> Scan {
        var scan = Scan()
        try WXRReader.read(file: file) { event in
            switch event {
            case .site(let site): scan.site = site
            case .author(let a): scan.authors[a.login] = a
            case .term: break
            case .item(var item):
                switch item.type {
                case "attachment":
                    item.content = ""
                    scan.attachments.append(item)
                case "post":
                    scan.posts += 1
                    scan.report.add("posts in file (\(item.status))")
                    scan.report.add("comments in file", item.comments.count)
                    let when = WordPressMapping.time(gmt: item.dateGMT, local: item.date, zone: .gmt)
                    switch WordPressMapping.fate(status: item.status, publishedAt: when, now: clock.now()) {
                    case .article(let status): scan.plan.add("articles to import as \(status.rawValue)")
                    case .notImported(let why): scan.plan.skip("post", item.id, "would not be imported: \(why)")
                    }
                    for c in item.comments {
                        switch WordPressMapping.fate(comment: c) {
                        case .comment(let status): scan.plan.add("comments to import as \(status == .published ? "published" : "held")")
                        case .notImported(let why): scan.plan.add("comments not to import (\(why))")
                        }
                    }
                case "page":
                    scan.report.skip("page", item.id, "pages are not imported (\(item.title))")
                default:
                    scan.report.add("other items not imported (\(item.type))")
                }
            }
            return true
        }
        return scan
    }

    /// Runs the import (or, with `dryRun`, only the first pass and what it would do). `progress` gets a line now and then.
    func run(_ options: Options, scanned: Scan? = nil, on db: any Database, progress: @Sendable (String) -> Void) async throws -> ImportReport {
        let scan = try scanned ?? scan(file: options.file)
        var report = scan.report
        report.add("authors in file", scan.authors.count)
        report.add("attachments in file", scan.attachments.count)
        progress("read \(options.file): \(scan.posts) posts, \(scan.attachments.count) attachments, \(scan.authors.count) authors")
        if options.dryRun {
            if let uploads = options.uploads {
                for a in scan.attachments {
                    let rel = WordPressMapping.uploadPath(attachmentURL: a.attachmentURL, attachedFile: a.meta["_wp_attached_file"])
                    if rel.map({ !FileManager.default.fileExists(atPath: uploads + "/" + $0) }) ?? true {
                        report.problem("attachment", a.id, "file missing: \(rel ?? a.attachmentURL)")
                    }
                }
            }
            for key in scan.plan.order { report.add(key, scan.plan[key]) }
            report.skipped += scan.plan.skipped
            return report
        }
        var run = Run(importer: self, options: options, source: Self.sourceKey(scan.site, edition: options.edition), db: db, report: report)
        try await run.prepare(scan)
        progress("authors: \(run.report["authors created"]) created, \(run.report["authors existing"]) existing")
        try await run.importAttachments(scan.attachments, progress: progress)
        try await run.importPosts(total: scan.posts, progress: progress)
        return run.report
    }

    /// The site and the edition it goes into: the same export brought into another edition is another import.
    static func sourceKey(_ site: WXR.Site, edition: String) -> String {
        let base = site.baseBlogURL.isEmpty ? (site.baseSiteURL.isEmpty ? site.link : site.baseSiteURL) : site.baseBlogURL
        var key = base.lowercased()
        while key.hasSuffix("/") { key.removeLast() }
        return (key.isEmpty ? "wordpress" : key) + " " + edition
    }
}

// MARK: Reading back (old addresses)

extension WordPressImporter {
    /// The article an old WordPress address names: `/?p=ID`, or a slug from `/YYYY/MM/DD/slug/` or `/slug/`.
    func importedArticle(postID: Int?, slug: String?, on db: any Database) async throws -> Int? {
        var q = ImportSource.query(on: db).filter(\.$kind == "post")
        if let postID {
            q = q.filter(\.$externalID == String(postID))
        } else if let slug, !slug.isEmpty {
            q = q.filter(\.$oldSlug == WordPressMapping.decodedSlug(slug))
        } else {
            return nil
        }
        return try await q.sort(\.$id).first()?.localID
    }

    /// Where an old address should send the reader now: the article's address, if the article is visible.
    func redirect(postID: Int?, slug: String?, on db: any Database) async throws -> String? {
        guard let id = try await importedArticle(postID: postID, slug: slug, on: db),
              let (editionID, articleSlug) = try await articles.visibleAddress(id: id, on: db),
              let edition = try await editions.edition(id: editionID, on: db) else { return nil }
        return Paths.article(edition.pathPrefix, articleSlug)
    }
}
