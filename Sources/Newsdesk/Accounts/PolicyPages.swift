import Fluent
import Foundation

/// The privacy policy and the community standards: pages with versions. Members consent to a version.
struct PolicyPages: Sendable {
    let clock: AppClock

    static let privacy = "privacy-policy"
    static let standards = "community-standards"

    func current(slug: String, language: String, on db: any Database) async throws -> SitePage? {
        if let page = try await SitePage.query(on: db).filter(\.$slug == slug).filter(\.$language == language)
            .sort(\.$version, .descending).first() { return page }
        return try await SitePage.query(on: db).filter(\.$slug == slug).filter(\.$language == "en")
            .sort(\.$version, .descending).first()
    }

    /// Publishes a new version; earlier versions stay, so a member's consent keeps pointing at what they read.
    @discardableResult
    func publish(slug: String, language: String, title: String, body: String, authorID: Int?, on db: any Database) async throws -> Int {
        let title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty, title.count <= 200 else {
            throw AccountError.invalid(["title": "A title needs 1 to 200 characters."])
        }
        guard !body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw AccountError.invalid(["body": "The page needs some text."])
        }
        let latest = try await SitePage.query(on: db).filter(\.$slug == slug).filter(\.$language == language)
            .sort(\.$version, .descending).first()?.version ?? 0
        let page = SitePage()
        page.slug = slug
        page.version = latest + 1
        page.language = language
        page.title = title
        page.body = body
        page.publishedAt = clock.now()
        page.authorID = authorID
        try await page.create(on: db)
        return page.version
    }
}
