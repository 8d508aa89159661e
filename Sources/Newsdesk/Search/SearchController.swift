import Foundation
import NewsText
import Vapor

/// The search page in every edition and the search API. Translation only: the rules are in `SearchService`.
struct SearchController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.getInEveryEdition(.search, use: page)
        routes.get(.apiSearch, use: api)
        routes.get(.apiSearchSuggest, use: suggest)
    }

    private static func input(_ req: Request) -> SearchInput {
        func value(_ key: String) -> String? { try? req.query.get(String.self, at: key) }
        return SearchInput(q: value("q"), section: value("section"), from: value("from"), to: value("to"),
                           sort: value("sort"), limit: value("limit"), cursor: value("cursor"))
    }

    @Sendable
    func page(req: Request) async throws -> Response {
        let edition = try await ReaderContext.edition(req)
        let input = Self.input(req)
        let asked = SearchPage.Asked(q: String((input.q ?? "").prefix(SearchQuery.maxLength * 2)), section: input.section ?? "",
                                     from: input.from ?? "", to: input.to ?? "", sort: input.sort ?? "", cursor: input.cursor)
        var outcome: SearchOutcome?
        var failure: FailureAnswer?
        var status = HTTPStatus.ok
        if !asked.q.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty || input.cursor != nil {
            do {
                var pageInput = input
                pageInput.limit = nil
                outcome = try await req.newsdesk.search.search(pageInput, edition: edition, on: req.db)
            } catch let error as SearchError {
                failure = error.answer
                status = error.answer.status
            }
        }
        let model = SearchPage.build(try await PageContext.load(req, edition: edition), asked: asked, outcome: outcome, failure: failure)
        return PageResponder(req: req).personal(try await req.view.render("Search/search", model), edition: edition, status: status)
    }

    @Sendable
    func api(req: Request) async throws -> Response {
        let input = Self.input(req)
        let edition = try await Self.edition(req)
        let outcome = try await req.newsdesk.search.search(input, edition: edition, on: req.db)
        let tags = try await req.newsdesk.articles.tags(of: outcome.results.map(\.article.id), on: req.db)
        let items = outcome.results.map { r -> APIArticle in
            var item = APIController.article(r.article, edition: edition, tags: tags[r.article.id] ?? [], bodyHTML: nil, origin: req.siteOrigin)
            item.snippet = r.snippet
            return item
        }
        return try APIJSON.response(SearchResponse(items: items, nextCursor: outcome.nextCursor, total: outcome.total,
                                                   suggestion: outcome.suggestion), cache: "public, max-age=60")
    }

    @Sendable
    func suggest(req: Request) async throws -> Response {
        let edition = try await Self.edition(req)
        let q = (try? req.query.get(String.self, at: "q")) ?? ""
        let found = try await req.newsdesk.search.suggest(q, edition: edition, on: req.db)
        let items = found.map { SuggestItem(title: $0.title, url: req.siteOrigin + Paths.article(edition.pathPrefix, $0.slug)) }
        return try APIJSON.response(SuggestResponse(items: items), cache: "public, max-age=60")
    }

    /// `edition=` names an edition by code; without it, the default edition.
    private static func edition(_ req: Request) async throws -> EditionInfo {
        let editions = req.newsdesk.editions
        if let code = try? req.query.get(String.self, at: "edition"), !code.isEmpty {
            guard let e = try await editions.edition(code: code, on: req.db) else {
                throw SearchError.invalid(message: "Some search parameters are not valid.",
                                          fields: ["edition": "no edition has the code '\(code.prefix(40))'"])
            }
            return e
        }
        guard let e = try await editions.defaultEdition(on: req.db) else { throw Abort(.notFound) }
        return e
    }
}

struct SearchResponse: Encodable {
    let items: [APIArticle]
    let nextCursor: String?
    let total: Int
    let suggestion: String?

    enum CodingKeys: String, CodingKey { case items, nextCursor, total, suggestion }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(items, forKey: .items)
        // Always present, null when there is nothing more (or nothing to suggest).
        try c.encode(nextCursor, forKey: .nextCursor)
        try c.encode(total, forKey: .total)
        try c.encode(suggestion, forKey: .suggestion)
    }
}

struct SuggestItem: Encodable {
    let title: String
    let url: String
}

struct SuggestResponse: Encodable {
    let items: [SuggestItem]
}
