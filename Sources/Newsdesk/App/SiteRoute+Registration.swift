import Vapor

/// Controllers register `SiteRoute`s, never path strings, so every route is one the vocabulary declares.
extension RoutesBuilder {
    @discardableResult
    func on<Answer: AsyncResponseEncodable>(
        _ method: HTTPMethod, _ route: SiteRoute, body: HTTPBodyStreamStrategy = .collect,
        use handler: @Sendable @escaping (Request) async throws -> Answer
    ) -> Route {
        precondition(route.methods.contains(method), "\(route) does not answer \(method)")
        precondition(!route.isPerEdition, "\(route) is registered in every edition")
        if route.isAlsoInEditions { on(method, [PathComponent.parameter("edition")] + route.pattern, body: body, use: handler) }
        return on(method, route.pattern, body: body, use: handler)
    }

    @discardableResult
    func get<Answer: AsyncResponseEncodable>(_ route: SiteRoute, use handler: @Sendable @escaping (Request) async throws -> Answer) -> Route {
        on(.GET, route, use: handler)
    }

    @discardableResult
    func post<Answer: AsyncResponseEncodable>(_ route: SiteRoute, use handler: @Sendable @escaping (Request) async throws -> Answer) -> Route {
        on(.POST, route, use: handler)
    }

    /// A reader page: at its address for the default edition and under `/:edition` for the others.
    func getInEveryEdition<Answer: AsyncResponseEncodable>(
        _ route: SiteRoute, use handler: @Sendable @escaping (Request) async throws -> Answer
    ) {
        precondition(route.isPerEdition && route.methods == [.GET], "\(route) is not a reader page")
        on(.GET, route.pattern, use: handler)
        on(.GET, [PathComponent.parameter("edition")] + route.pattern, use: handler)
    }
}
