import Vapor

extension PageResponder {
    /// A staff page (admin, moderation) in the default edition's chrome, with forms, for this reader only.
    func staff<Model: Encodable>(_ template: String, status: HTTPStatus = .ok, _ build: (PageContext) -> Model) async throws -> Response {
        let edition = try await ReaderContext.edition(forPath: Paths.front(""), on: req)
        let ctx = try await PageContext.load(req, edition: edition, forms: true)
        return personal(try await req.view.render(template, build(ctx)), edition: edition, status: status)
    }
}
