import Fluent
import Foundation
import NewsText

extension WordPressImporter {
    /// One import's working state: the edition, the authors, the attachments' photos, the report.
    struct Run: Sendable {
        let importer: WordPressImporter
        let options: Options
        let source: String
        let db: any Database
        var report: ImportReport
        var edition: EditionInfo!
        /// login -> (member id, display name)
        var authors: [String: (id: Int, name: String)] = [:]
        /// WordPress attachment id -> photo id, and image URL key -> photo id.
        var photos: [Int: Int] = [:]
        var photoByURL: [String: Int] = [:]
        var sections: [String: SectionRef] = [:]
        var commenters: [String: Int] = [:]
        /// New `import_sources` rows of the batch being written, inserted together at its end (same transaction).
        var newSources: [ImportSource] = []
        /// Who uploads photos and signs posts whose author is not in the file.
        var fallbackAuthor: (id: Int, name: String)?

        init(importer: WordPressImporter, options: Options, source: String, db: any Database, report: ImportReport) {
            self.importer = importer
            self.options = options
            self.source = source
            self.db = db
            self.report = report
        }

        // MARK: Edition and authors

        mutating func prepare(_ scan: Scan) async throws {
            if let e = try await importer.editions.edition(code: options.edition, on: db) {
                edition = e
            } else {
                // An empty site: the export makes its first edition.
                let language = String(scan.site.language.split(separator: "-").first ?? "en").lowercased()
                let isFirst = try await importer.editions.all(on: db).isEmpty
                edition = try await importer.editions.create(.init(
                    code: options.edition, name: scan.site.title.isEmpty ? options.edition : String(scan.site.title.prefix(60)),
                    language: language.isEmpty ? "en" : language, timeZone: "UTC", isDefault: isFirst), on: db)
                report.add("editions created")
            }
            for author in scan.authors.values.sorted(by: { $0.id < $1.id }) {
                let name = author.displayName.isEmpty ? author.login : author.displayName
                let email = UserService.looksLikeEmail(author.email.lowercased()) ? author.email
                    : "wp-author-\(WordPressMapping.checksum([author.login]))@wordpress-import.invalid"
                do {
                    let m = try await importer.users.importedMember(email: email, displayName: name, role: .journalist, on: db)
                    authors[author.login] = (m.id, m.displayName)
                    report.add(m.created ? "authors created" : "authors existing")
                } catch {
                    report.problem("author", author.id, "not imported: \(error)")
                }
            }
            if let first = scan.authors.values.sorted(by: { $0.id < $1.id }).compactMap({ authors[$0.login] }).first {
                fallbackAuthor = first
            } else {
                let m = try await importer.users.importedMember(email: "wordpress@wordpress-import.invalid", displayName: "WordPress",
                                                                role: .journalist, on: db)
                fallbackAuthor = (m.id, m.displayName)
            }
        }

        // MARK: Attachments

        mutating func importAttachments(_ items: [WXR.Item], progress: @Sendable (String) -> Void) async throws {
            let known = try await mapped(kind: "attachment", ids: items.map(\.id))
            for (n, item) in items.enumerated() {
                if n > 0, n % 100 == 0 { progress("attachments \(n)/\(items.count)") }
                let url = item.attachmentURL
                if let existing = known[item.id] {
                    remember(photo: existing.localID, for: item)
                    report.add("photos unchanged")
                    continue
                }
                guard let uploads = options.uploads else {
                    report.problem("attachment", item.id, "not imported: no --uploads folder given (\(url))")
                    continue
                }
                guard let rel = WordPressMapping.uploadPath(attachmentURL: url, attachedFile: item.meta["_wp_attached_file"]),
                      let data = FileManager.default.contents(atPath: uploads + "/" + rel) else {
                    report.problem("attachment", item.id, "file missing: \(WordPressMapping.uploadPath(attachmentURL: url, attachedFile: item.meta["_wp_attached_file"]) ?? url)")
                    continue
                }
                let author = authors[item.creator] ?? fallbackAuthor
                let title = Self.plain(item.title)
                let caption = Self.plain(item.excerpt).isEmpty ? title : Self.plain(item.excerpt)
                let alt = (item.meta["_wp_attachment_image_alt"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                let credit = item.meta["_wp_attachment_metadata"].flatMap(WordPressMapping.credit(fromMetadata:))
                    ?? author?.name ?? (source.isEmpty ? "WordPress" : source)
                let upload = MediaLibrary.Upload(
                    bytes: Array(data), fileName: (rel as NSString).lastPathComponent,
                    caption: String((caption.isEmpty ? "Photo" : caption).prefix(600)), credit: String(credit.prefix(200)),
                    alt: String((alt.isEmpty ? (title.isEmpty ? caption : title) : alt).prefix(300)).nonEmpty ?? "Photo")
                let uploader = Member(id: author?.id ?? 0, email: "", displayName: author?.name ?? "Import", role: .journalist,
                                      confirmed: true, avatarPath: nil, totpEnabled: false, sessionID: 0, sessionKind: "import")
                do {
                    let photo = try await importer.media.upload(upload, by: uploader, on: db)
                    try await record(kind: "attachment", id: item.id, localID: photo.id, checksum: url, slug: nil, on: db)
                    remember(photo: photo.id, for: item)
                    report.add("photos imported")
                } catch {
                    report.problem("attachment", item.id, "not imported: \(Self.describe(error))")
                }
            }
        }

        private mutating func remember(photo: Int, for item: WXR.Item) {
            photos[item.id] = photo
            photoByURL[WordPressMapping.imageKey(item.attachmentURL)] = photo
        }

        // MARK: Posts and comments

        mutating func importPosts(total: Int, progress: @Sendable (String) -> Void) async throws {
            let (events, stream) = WXRStream.open(file: options.file)
            defer { stream.cancel() }
            var batch: [WXR.Item] = []
            var batches = 0
            var done = 0
            for try await event in events {
                stream.consumed()
                guard case .item(let item) = event, item.type == "post" else { continue }
                batch.append(item)
                if batch.count >= options.batchSize {
                    try await write(batch)
                    done += batch.count
                    batch.removeAll(keepingCapacity: true)
                    batches += 1
                    progress("posts \(done)/\(total), comments \(report["comments created"] + report["comments updated"] + report["comments unchanged"])")
                    if let stop = options.stopAfterBatches, batches >= stop { throw Interrupted() }
                }
            }
            if !batch.isEmpty {
                try await write(batch)
                done += batch.count
                progress("posts \(done)/\(total)")
            }
        }

        /// One batch of posts with their comments, in one transaction with their entries in `import_sources`.
        private mutating func write(_ batch: [WXR.Item]) async throws {
            let postIDs = batch.map(\.id)
            let commentIDs = batch.flatMap { $0.comments.map(\.id) }
            let start = self
            self = try await db.transaction { tx in
                var working = start
                let posts = try await working.mapped(kind: "post", ids: postIDs, on: tx)
                let comments = try await working.mapped(kind: "comment", ids: commentIDs, on: tx)
                var touched: Set<Int> = []
                for item in batch {
                    guard let articleID = try await working.write(post: item, known: posts[item.id], on: tx) else { continue }
                    if try await working.write(comments: item, articleID: articleID, known: comments, on: tx) { touched.insert(articleID) }
                }
                try await working.importer.discussion.importFinished(articleIDs: touched, on: tx)
                // One statement per few hundred rows instead of one per comment.
                for start in stride(from: 0, to: working.newSources.count, by: 400) {
                    try await Array(working.newSources[start..<min(start + 400, working.newSources.count)]).create(on: tx)
                }
                working.newSources = []
                return working
            }
        }

        /// The article of a post, created or updated; nil when the post is not imported.
        private mutating func write(post item: WXR.Item, known: ImportSource?, on tx: any Database) async throws -> Int? {
            let zone = edition.timeZone
            let when = WordPressMapping.time(gmt: item.dateGMT, local: item.date, zone: zone)
            switch WordPressMapping.fate(status: item.status, publishedAt: when, now: importer.clock.now()) {
            case .notImported(let why):
                report.add("posts not imported (\(why))")
                report.skip("post", item.id, "not imported: \(why)")
                return nil
            case .article(let status):
                let categories = item.terms.filter { $0.domain == "category" }
                let tags = categories.dropFirst().map { $0.name } + item.terms.filter { $0.domain == "post_tag" }.map { $0.name }
                let thumbnail = item.meta["_thumbnail_id"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
                let checksum = WordPressMapping.checksum([item.title, item.content, item.excerpt, item.status, item.dateGMT, item.date,
                                                          item.name, item.creator, categories.map { $0.slug }.joined(separator: ","),
                                                          tags.joined(separator: ","), String(thumbnail ?? 0),
                                                          String(thumbnail.flatMap { photos[$0] } ?? 0)])
                if let known, known.checksum == checksum {
                    report.add("articles unchanged")
                    return known.localID
                }
                let section = try await section(for: categories.first, on: tx)
                var missingImages: [String] = []
                let library = self.photos
                let byURL = self.photoByURL
                let body = WordPressContent.markdown(from: item.content) { picture in
                    if let id = picture.attachmentID, let photo = library[id] { return String(photo) }
                    if !picture.src.isEmpty, let photo = byURL[WordPressMapping.imageKey(picture.src)] { return String(photo) }
                    missingImages.append(picture.src.isEmpty ? "attachment \(picture.attachmentID ?? 0)" : picture.src)
                    return nil
                }
                for missing in missingImages {
                    report.problem("post", item.id, "picture not in the media library, kept as a link: \(missing)")
                }
                guard body.utf8.count <= 1_000_000 else {
                    report.problem("post", item.id, "not imported: the body is over 1 MB")
                    return nil
                }
                let author = authors[item.creator] ?? fallbackAuthor
                let slugSource = WordPressMapping.decodedSlug(item.name)
                let title = Self.plain(item.title)
                if let thumbnail, photos[thumbnail] == nil {
                    report.problem("post", item.id, "featured image \(thumbnail) is not in the media library")
                }
                let article = NewsroomService.ImportedArticle(
                    editionID: edition.id, sectionID: section.id, authorID: author?.id,
                    byline: author?.name ?? (item.creator.isEmpty ? "Staff" : item.creator),
                    title: title.isEmpty ? "Untitled (WordPress \(item.id))" : title,
                    slug: Slug.make(slugSource.isEmpty ? title : slugSource),
                    summary: PlainText.excerpt(Self.plain(item.excerpt), maxLength: 600), body: body,
                    leadMediaID: thumbnail.flatMap { photos[$0] }, tags: tags, status: status,
                    publishedAt: when ?? importer.clock.now(),
                    createdAt: when ?? importer.clock.now())
                let id = try await importer.newsroom.importArticle(article, replacing: known?.localID, on: tx)
                try await record(kind: "post", id: item.id, localID: id, checksum: checksum,
                                 slug: slugSource.isEmpty ? nil : slugSource, existing: known, batched: true, on: tx)
                report.add(known == nil ? "articles created" : "articles updated")
                report.add("articles \(status.rawValue)")
                return id
            }
        }

        /// The post's comments, parents before replies. Returns whether any comment was written.
        private mutating func write(comments item: WXR.Item, articleID: Int, known: [Int: ImportSource], on tx: any Database) async throws -> Bool {
            var local: [Int: Int] = known.mapValues(\.localID)
            /// Local comment id -> the local id of its thread's top comment, for the comments written in this run.
            var roots: [Int: Int] = [:]
            var wrote = false
            let byID = Dictionary(item.comments.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            var pending = item.comments.sorted { $0.id < $1.id }
            var skippedIDs: Set<Int> = []
            // Parents first: a reply waits until its parent is written (or known to be skipped).
            while !pending.isEmpty {
                var next: [WXR.Comment] = []
                for c in pending {
                    if c.parent != 0, byID[c.parent] != nil, local[c.parent] == nil, !skippedIDs.contains(c.parent), c.parent != c.id {
                        next.append(c)
                        continue
                    }
                    let parent = local[c.parent]
                    let root = parent.flatMap { roots[$0] }
                    let written = try await write(comment: c, articleID: articleID, parent: parent, root: root,
                                                  parentSkipped: skippedIDs.contains(c.parent), known: known[c.id], on: tx)
                    if let written {
                        local[c.id] = written.id
                        if parent == nil { roots[written.id] = written.id } else if let root { roots[written.id] = root }
                        wrote = wrote || written.changed
                    } else {
                        skippedIDs.insert(c.id)
                    }
                }
                if next.count == pending.count {
                    // A cycle of parents: write the rest as top-level comments.
                    for c in next { skippedIDs.insert(c.parent) }
                }
                pending = next
            }
            return wrote
        }

        private mutating func write(comment c: WXR.Comment, articleID: Int, parent: Int?, root: Int?, parentSkipped: Bool,
                                    known: ImportSource?, on tx: any Database) async throws -> (id: Int, changed: Bool)? {
            let status: CommentStatus
            switch WordPressMapping.fate(comment: c) {
            case .notImported(let why):
                report.add("comments not imported (\(why))")
                return nil
            case .comment(let s): status = s
            }
            let text = WordPressContent.plainText(fromComment: c.content)
            guard !text.isEmpty else {
                report.problem("comment", c.id, "not imported: empty text")
                return nil
            }
            let likes = WordPressMapping.likes(c.meta)
            let checksum = WordPressMapping.checksum([c.content, c.approved, c.email, c.author, String(c.parent), String(likes), c.dateGMT])
            if let known, known.checksum == checksum {
                report.add("comments unchanged")
                return (known.localID, false)
            }
            if c.parent != 0, parent == nil {
                report.problem("comment", c.id, parentSkipped ? "its parent \(c.parent) was not imported: shown as a top-level comment"
                                                               : "its parent \(c.parent) is not in the file: shown as a top-level comment")
            }
            let email = WordPressMapping.commenterEmail(c)
            let authorID: Int
            if let id = commenters[email] {
                authorID = id
            } else {
                let name = c.author.trimmingCharacters(in: .whitespacesAndNewlines)
                let member = try await importer.users.importedMember(email: email, displayName: name.isEmpty ? "Reader" : name, role: .reader, on: tx)
                report.add(member.created ? "members created" : "members existing")
                if commenters.count > 50_000 { commenters.removeAll() }
                commenters[email] = member.id
                authorID = member.id
            }
            let created = WordPressMapping.time(gmt: c.dateGMT, local: c.date, zone: edition.timeZone) ?? importer.clock.now()
            let id = try await importer.discussion.importComment(.init(
                articleID: articleID, authorID: authorID, parentID: parent, rootID: root, text: text, status: status,
                createdAt: ArticleService.wholeSeconds(created), likes: likes), replacing: known?.localID, on: tx)
            try await record(kind: "comment", id: c.id, localID: id, checksum: checksum, slug: nil, existing: known, batched: true, on: tx)
            report.add(known == nil ? "comments created" : "comments updated")
            report.add(status == .published ? "comments published" : "comments held for moderators")
            return (id, true)
        }

        private mutating func section(for category: (domain: String, slug: String, name: String)?, on tx: any Database) async throws -> SectionRef {
            let name = category.map { Self.plain($0.name) } ?? "News"
            let slug = category.map { WordPressMapping.decodedSlug($0.slug) } ?? "news"
            let key = Slug.make(slug.isEmpty ? name : slug, maxLength: 60)
            if let known = sections[key] { return known }
            let before = try await importer.articles.sections(edition: edition.id, on: tx).count
            let section = try await importer.newsroom.importSection(edition: edition, name: name, slug: key, on: tx)
            if try await importer.articles.sections(edition: edition.id, on: tx).count > before { report.add("sections created") }
            sections[key] = section
            return section
        }

        // MARK: import_sources

        func mapped(kind: String, ids: [Int], on db: (any Database)? = nil) async throws -> [Int: ImportSource] {
            var found: [Int: ImportSource] = [:]
            for chunk in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min($0 + 500, ids.count)]) }) {
                let rows = try await ImportSource.query(on: db ?? self.db).filter(\.$source == source).filter(\.$kind == kind)
                    .filter(\.$externalID ~~ chunk.map { String($0) }).all()
                for row in rows { if let n = Int(row.externalID) { found[n] = row } }
            }
            return found
        }

        /// Remembers what a WordPress id became. `batched` new rows wait in `newSources` for the end of the batch.
        mutating func record(kind: String, id: Int, localID: Int, checksum: String, slug: String?, existing: ImportSource? = nil,
                             batched: Bool = false, on db: any Database) async throws {
            let row = existing ?? ImportSource()
            row.source = source
            row.kind = kind
            row.externalID = String(id)
            row.localID = localID
            row.checksum = checksum
            row.oldSlug = slug
            row.importedAt = importer.clock.now()
            if batched, existing == nil {
                newSources.append(row)
            } else {
                try await row.save(on: db)
            }
        }

        static func plain(_ html: String) -> String {
            WordPressContent.plainText(fromComment: html).split(whereSeparator: \.isNewline).joined(separator: " ")
        }

        static func describe(_ error: any Error) -> String {
            switch error {
            case MediaError.invalid(let fields): return fields.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: "; ")
            case MediaError.tooLarge: return "over 20 MB"
            case MediaError.unavailable(let why): return why
            default: return "\(error)"
            }
        }
    }
}

extension String {
    fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}
