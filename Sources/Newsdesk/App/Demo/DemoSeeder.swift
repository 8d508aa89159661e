import Fluent
import Foundation
import NewsText
import SQLKit
import Vapor

/// Turns the demo content into a working site: editions, sections, generated photos, articles with tags, related
/// stories and editors' picks, galleries, and an admin account whose password is printed once.
struct DemoSeeder {
    let app: Application

    struct Report: CustomStringConvertible {
        let editions: Int
        let articles: Int
        let galleries: Int
        let photos: Int
        let adminEmail: String
        let adminPassword: String

        var description: String {
            """

            ──────────────────────────────────────────────────────────────
             Newsdesk demo site created: \(editions) editions, \(articles) articles, \(galleries) galleries, \(photos) photos.
             Admin account (shown only this once — write it down):
               e-mail:   \(adminEmail)
               password: \(adminPassword)
            ──────────────────────────────────────────────────────────────

            """
        }
    }

    /// Seeds only a site with no editions, so a restart never duplicates anything.
    func seedIfEmpty() async throws -> Report? {
        let db = app.db
        guard try await Edition.query(on: db).count() == 0 else { return nil }
        let editions = try DemoContentLoader.bundled()
        let s = app.newsdesk
        let now = ArticleService.wholeSeconds(s.clock.now())
        let password = Self.randomPassword()
        let admin = try await s.users.create(
            .init(email: "admin@newsdesk.test", password: password, displayName: "Site Admin", role: .admin, confirmed: true), on: db)

        let policies = s.accounts.policies
        try await policies.publish(slug: PolicyPages.privacy, language: "en", title: "Privacy policy", body: DemoPolicies.privacyEnglish, authorID: admin.id, on: db)
        try await policies.publish(slug: PolicyPages.privacy, language: "ru", title: "Политика конфиденциальности", body: DemoPolicies.privacyRussian, authorID: admin.id, on: db)
        try await policies.publish(slug: PolicyPages.standards, language: "en", title: "Community standards", body: DemoPolicies.standardsEnglish, authorID: admin.id, on: db)
        try await policies.publish(slug: PolicyPages.standards, language: "ru", title: "Правила сообщества", body: DemoPolicies.standardsRussian, authorID: admin.id, on: db)
        // Editions whose folder holds `policies/<slug>.md` (a `# Title` line, then the text) publish their own versions.
        for edition in editions {
            for slug in [PolicyPages.privacy, PolicyPages.standards] {
                guard let (title, body) = try DemoContentLoader.policy(edition: edition.code, slug: slug) else { continue }
                try await policies.publish(slug: slug, language: edition.language, title: title, body: body, authorID: admin.id, on: db)
            }
        }

        var articleCount = 0
        var galleryCount = 0
        var photoCount = 0
        var seed: UInt64 = 1
        for demo in editions {
            let edition = try await s.editions.create(
                .init(code: demo.code, name: demo.name, language: demo.language, timeZone: demo.timeZone, isDefault: demo.isDefault), on: db)
            var sectionIDs: [String: Int] = [:]
            for (position, section) in demo.sections.enumerated() {
                let row = Section(editionID: edition.id, name: section.name, slug: section.slug, position: position)
                try await row.create(on: db)
                sectionIDs[section.key] = try row.requireID()
            }
            // Editors' picks: newest first.
            let picks = demo.articles.filter(\.recommended).sorted { $0.hoursAgo < $1.hoursAgo }.map(\.key)
            var ids: [String: Int] = [:]
            for (index, article) in demo.articles.enumerated() {
                seed += 1
                let photo = try await storePhoto(article.photo, seed: seed, base: article.key)
                photoCount += 1
                guard let sectionID = sectionIDs[article.section] else {
                    throw CommandError(message: "demo article \(article.key) names unknown section \(article.section)")
                }
                // Minutes vary so that stories published "3 hours ago" don't all share one time.
                let minutes = (index * 17) % 53
                let published = now.addingTimeInterval(TimeInterval(-article.hoursAgo * 3600 - minutes * 60))
                let id = try await s.articles.create(.init(
                    editionID: edition.id, sectionID: sectionID, authorID: admin.id, byline: article.author,
                    title: article.title, slug: nil, summary: article.summary, body: article.body, leadMediaID: photo,
                    status: .published, publishedAt: published, tags: article.tags, relatedIDs: [],
                    recommendedRank: picks.firstIndex(of: article.key).map { $0 + 1 }), on: db)
                ids[article.key] = id
                articleCount += 1
            }
            for article in demo.articles {
                guard let id = ids[article.key] else { continue }
                let body = Self.resolveEmbeds(article.body, ids: ids)
                try await s.articles.attach(articleID: id, body: body, relatedIDs: article.related.compactMap { ids[$0] }, on: db)
            }
            for gallery in demo.galleries {
                var mediaIDs: [Int] = []
                for (i, photo) in gallery.photos.enumerated() {
                    seed += 1
                    mediaIDs.append(try await storePhoto(photo, seed: seed, base: "\(gallery.key)-\(i + 1)"))
                    photoCount += 1
                }
                try await s.galleries.create(.init(
                    editionID: edition.id, title: gallery.title, summary: gallery.summary,
                    publishedAt: now.addingTimeInterval(TimeInterval(-gallery.hoursAgo * 3600)), mediaIDs: mediaIDs), on: db)
                galleryCount += 1
            }
        }
        app.logger.info("demo content seeded", metadata: ["articles": "\(articleCount)", "galleries": "\(galleryCount)"])
        return Report(editions: editions.count, articles: articleCount, galleries: galleryCount, photos: photoCount,
                      adminEmail: admin.email, adminPassword: password)
    }

    /// `{{related:demo-key}}` becomes `{{related:42}}`: embeds name articles by id, which never changes.
    static func resolveEmbeds(_ body: String, ids: [String: Int]) -> String {
        var out = body
        for (key, id) in ids where out.contains(key) {
            out = out.replacingOccurrences(of: "{{related:\(key)}}", with: "{{related:\(id)}}")
        }
        return out
    }

    private func storePhoto(_ photo: DemoPhoto, seed: UInt64, base: String) async throws -> Int {
        let svg = SceneArt.svg(scene: photo.scene, seed: seed, width: 1600, height: 900)
        let media = try await app.newsdesk.media.store(.init(
            baseName: Slug.make(base, maxLength: 60), fileExtension: "svg", mimeType: "image/svg+xml", bytes: Array(svg.utf8),
            width: 1600, height: 900, alt: photo.alt, caption: photo.caption, credit: photo.credit), on: app.db)
        return try media.requireID()
    }

    static func randomPassword() -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var rng = SystemRandomNumberGenerator()
        return String((0..<20).map { _ in alphabet.randomElement(using: &rng)! })
    }
}
