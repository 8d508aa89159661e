import Fluent
import Foundation
import NewsText
import SQLKit
import Vapor

extension DemoSeeder {
    /// Adds `count` generated articles spread over the past year, in batched inserts, so benchmarks can compare
    /// the same pages at 10,000 and 100,000 articles. Reuses the demo photos and tags.
    func addGeneratedArticles(count: Int, progress: (Int) -> Void) async throws -> Int {
        let db = app.db
        guard let sql = db as? any SQLDatabase else { return 0 }
        let s = app.newsdesk
        let editions = try await s.editions.all(on: db)
        guard !editions.isEmpty else { return 0 }
        let languages = Dictionary(editions.map { ($0.id, $0.language) }, uniquingKeysWith: { a, _ in a })
        var sectionsByEdition: [Int: [Int]] = [:]
        for e in editions { sectionsByEdition[e.id] = try await s.articles.sections(edition: e.id, on: db).map(\.id) }
        var tagsByEdition: [Int: [Int]] = [:]
        for t in try await Tag.query(on: db).all() { tagsByEdition[t.editionID, default: []].append(try t.requireID()) }
        let mediaIDs = try await Media.query(on: db).field(\.$id).all().compactMap(\.id)
        let firstID = (try await Article.query(on: db).max(\.$id) ?? 0) + 1
        let now = ArticleService.wholeSeconds(s.clock.now())
        let words = ["Ministers", "Markets", "Scientists", "Voters", "Farmers", "Engineers", "Pilots", "Doctors", "Athletes", "Artists"]
        let verbs = ["weigh", "welcome", "question", "reject", "debate", "prepare for", "count the cost of", "celebrate"]
        let objects = ["new climate targets", "a record harvest", "the rail strike", "a rate cut", "the final whistle",
                       "an unexpected budget", "the storm's aftermath", "a breakthrough vaccine", "the summit deal"]
        let batchSize = 400
        var done = 0
        var rng = SplitMix(seed: UInt64(firstID))
        while done < count {
            let n = min(batchSize, count - done)
            var rows: [GeneratedArticle] = []
            for i in 0..<n {
                let id = firstID + done + i
                let edition = editions[Int(rng.next() % UInt64(editions.count))]
                let sections = sectionsByEdition[edition.id] ?? []
                guard !sections.isEmpty else { continue }
                let title = "\(words[Int(rng.next() % 10)]) \(verbs[Int(rng.next() % 8)]) \(objects[Int(rng.next() % 9)]) (\(id))"
                let tags = tagsByEdition[edition.id] ?? []
                rows.append(GeneratedArticle(
                    id: id, editionID: edition.id, sectionID: sections[Int(rng.next() % UInt64(sections.count))],
                    title: title, slug: Slug.make(title),
                    publishedAt: now.addingTimeInterval(-Double(rng.next() % (365 * 86_400)) - 60),
                    mediaID: mediaIDs.isEmpty ? nil : mediaIDs[Int(rng.next() % UInt64(mediaIDs.count))],
                    tagID: tags.isEmpty ? nil : tags[Int(rng.next() % UInt64(tags.count))],
                    shortCode: ShortCode.encode(UInt64(id), key: s.config.shortCodeKey)))
            }
            let batch = rows
            try await db.transaction { tx in
                guard let tsql = tx as? any SQLDatabase, !batch.isEmpty else { return }
                var articleRows = tsql.insert(into: Article.schema).columns(
                    "id", "edition_id", "section_id", "byline", "title", "slug", "summary", "body", "lead_media_id",
                    "status", "published_at", "created_at", "short_code", "views", "comments_count")
                for a in batch {
                    let body = Self.generatedBody(a.id)
                    articleRows = articleRows.values([
                        SQLBind(a.id), SQLBind(a.editionID), SQLBind(a.sectionID), SQLBind("Newsdesk staff"), SQLBind(a.title),
                        SQLBind(a.slug), SQLBind(Self.generatedSummary(a.id)), SQLBind(body),
                        SQLBind(a.mediaID), SQLBind(ArticleStatus.published.rawValue), SQLBind(a.publishedAt), SQLBind(a.publishedAt),
                        SQLBind(a.shortCode), SQLBind(0), SQLBind(0),
                    ])
                }
                try await articleRows.run()
                // Generated articles are found by search like any other.
                let docs = batch.map { a in
                    SearchDocument(articleID: a.id, editionID: a.editionID, sectionID: a.sectionID,
                                   language: languages[a.editionID] ?? "en", publishedAt: a.publishedAt, title: a.title,
                                   summary: Self.generatedSummary(a.id), body: PlainText.fromMarkdown(Self.generatedBody(a.id)))
                }
                try await SearchIndexes.of(tsql).put(docs, on: tsql)
                for d in docs {
                    try await SearchVocabulary.update(editionID: d.editionID, articleID: d.articleID, text: d.title + "\n" + d.summary, on: tsql)
                }
                let tagged = batch.filter { $0.tagID != nil }
                guard !tagged.isEmpty else { return }
                var tagRows = tsql.insert(into: ArticleTag.schema).columns("article_id", "tag_id", "status", "published_at")
                for a in tagged {
                    tagRows = tagRows.values([SQLBind(a.id), SQLBind(a.tagID), SQLBind(ArticleStatus.published.rawValue), SQLBind(a.publishedAt)])
                }
                try await tagRows.run()
            }
            done += n
            if done % 10_000 == 0 || done == count { progress(done) }
        }
        if sql.isPostgres {
            try await sql.raw("SELECT setval(pg_get_serial_sequence('articles', 'id'), (SELECT max(id) FROM articles))").run()
        }
        // The rows went in without the article services: the sitemap's months are counted once, at the end.
        try await ArticleService.rebuildSitemapMonths(now: s.clock.now(), on: db)
        await s.pageCache.removeAll()
        return done
    }
}

extension DemoSeeder {
    static func generatedBody(_ id: Int) -> String {
        "Generated article \(id) for benchmarks.\n\n" + String(repeating: "The story continues with detail, quotes and context. ", count: 30)
    }

    static func generatedSummary(_ id: Int) -> String { "A generated summary for benchmark article \(id)." }
}

private struct GeneratedArticle: Sendable {
    let id: Int
    let editionID: Int
    let sectionID: Int
    let title: String
    let slug: String
    let publishedAt: Date
    let mediaID: Int?
    let tagID: Int?
    let shortCode: String
}

extension DemoSeeder {
    /// Confirmed members for load tests, each with an API session. One bcrypt hash is shared: these accounts only
    /// exist to post through the API, and hashing a thousand passwords at cost 12 would take minutes.
    func addBenchmarkMembers(count: Int) async throws -> [String] {
        let db = app.db
        let hash = try await PasswordHash.make(SecureToken.generate(), cost: 12)
        let now = app.newsdesk.clock.now()
        let run = SecureToken.generate(bytes: 4).lowercased().filter { $0.isLetter || $0.isNumber }
        var tokens: [String] = []
        // A thousand members per transaction: one commit each instead of two per member.
        for chunk in stride(from: 0, to: count, by: 1_000) {
            let made = try await db.transaction { tx in
                var made: [String] = []
                for i in chunk..<min(count, chunk + 1_000) {
                    let user = User(email: "bench-\(run)-\(i)@example.test", passwordHash: hash, displayName: "Reader \(i)",
                                    role: .reader, confirmedAt: now, createdAt: now)
                    user.status = "active"
                    try await user.create(on: tx)
                    let (token, _) = try await app.newsdesk.accounts.sessions.create(userID: try user.requireID(), kind: "api", remember: false, on: tx)
                    made.append(token)
                }
                return made
            }
            tokens += made
        }
        return tokens
    }
}

/// A small deterministic generator so generated data is the same on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
