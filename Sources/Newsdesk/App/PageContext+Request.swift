import Vapor

extension PageContext {
    /// Reads what every page needs from the request and the services. A page with forms (`forms`) carries the CSRF
    /// token even for anonymous readers, which sets the token's cookie; pages shared by anonymous readers do not.
    static func load(_ req: Request, edition: EditionInfo, forms: Bool = false) async throws -> PageContext {
        let s = req.newsdesk
        // Edition 0 stands in when the site has none yet (an error page on an empty site).
        let sections = edition.id == 0 ? [] : try await s.articles.sections(edition: edition.id, on: req.db)
        return PageContext(
            edition: edition, editions: try await s.editions.all(on: req.db), sections: sections, origin: req.siteOrigin,
            viewer: req.member, csrf: forms || req.member != nil ? req.csrfToken : nil, now: s.clock.now())
    }
}
