import Vapor

extension PageResponder {
    /// A staff page (admin, moderation) in the default edition's chrome, with forms, for this reader only.
    func staff<Model: Encodable>(_ template: String, status: HTTPStatus = .ok, _ build: (PageContext) -> Model) async throws -> Response {
        let edition = Self.staffEdition(try await ReaderContext.edition(forPath: Paths.front(""), on: req), language: req.member?.language)
        let ctx = try await PageContext.load(req, edition: edition, forms: true)
        return personal(try await req.view.render(template, build(ctx)), edition: edition, status: status)
    }

    /// The edition as a staff member sees it: in the language they chose in their settings (words and dates), in
    /// the edition's zone; the edition's own language when they chose none or a language the site no longer has.
    static func staffEdition(_ edition: EditionInfo, language: String?) -> EditionInfo {
        guard let language, language != edition.language, Catalogue.bundled[language] != nil else { return edition }
        return EditionInfo(id: edition.id, code: edition.code, name: edition.name, language: language,
                           timeZone: edition.timeZone, isDefault: edition.isDefault)
    }
}
