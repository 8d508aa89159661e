import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

/// `GET /api/v1/openapi.json` describes every API route and no other, and real answers carry what it promises.
@Suite("OpenAPI contract")
struct OpenAPIContractTests {
    private static let methods = ["get", "put", "post", "patch", "delete", "head", "options"]

    private func json(_ res: TestingHTTPResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(res.body.readableBytesView)) as? [String: Any])
    }

    private func document(_ app: Application) async throws -> [String: Any] {
        var doc: [String: Any] = [:]
        try await app.testing().test(.GET, "/api/v1/openapi.json") { res in
            #expect(res.status == .ok)
            #expect(res.headers.contentType?.description.hasPrefix("application/json") == true)
            doc = try json(res)
        }
        return doc
    }

    /// "GET /api/v1/articles/{id}" for every route registered under /api/v1; Vapor's `:id` is OpenAPI's `{id}`.
    private func registeredOperations(_ app: Application) -> Set<String> {
        Set(app.routes.all.compactMap { route -> String? in
            let parts = route.path.map { component -> String in
                switch component {
                case .constant(let s): s
                case .parameter(let name): "{\(name)}"
                case .anything: "*"
                case .catchall: "**"
                }
            }
            guard parts.starts(with: ["api", "v1"]) else { return nil }
            return "\(route.method.rawValue) /\(parts.joined(separator: "/"))"
        })
    }

    private func documentedOperations(_ doc: [String: Any]) -> Set<String> {
        let paths = doc["paths"] as? [String: [String: Any]] ?? [:]
        return Set(paths.flatMap { path, item in
            item.keys.filter(Self.methods.contains).map { "\($0.uppercased()) \(path)" }
        })
    }

    @Test func documentsExactlyTheRegisteredAPIRoutes() async throws {
        try await withTestApp { app in
            let doc = try await document(app)
            #expect((doc["openapi"] as? String)?.hasPrefix("3.1.") == true)
            let registered = registeredOperations(app)
            let documented = documentedOperations(doc)
            #expect(registered.count > 10)
            #expect(registered.subtracting(documented).sorted() == [], "registered but not documented")
            #expect(documented.subtracting(registered).sorted() == [], "documented but not registered")
        }
    }

    @Test func realAnswersCarryEveryRequiredPropertyOfTheirSchema() async throws {
        try await withTestApp { app in
            let f = try await Fixture.build(app)
            let id = try await f.article(app, title: "Harbour reopens", tags: ["Trade"])
            try await f.article(app, title: "Новость", edition: f.russian, withPhoto: false)
            let contract = Contract(document: try await document(app))
            let cases: [(path: String, template: String, status: Int)] = [
                ("/api/v1/articles", "/api/v1/articles", 200),
                ("/api/v1/articles/\(id)", "/api/v1/articles/{id}", 200),
                ("/api/v1/editions", "/api/v1/editions", 200),
                ("/api/v1/articles/\(id)/comments", "/api/v1/articles/{id}/comments", 200),
                ("/api/v1/articles/999999", "/api/v1/articles/{id}", 404),
                ("/api/v1/articles?limit=0", "/api/v1/articles", 422),
                ("/api/v1/me", "/api/v1/me", 401),
            ]
            for c in cases {
                try await app.testing().test(.GET, c.path) { res in
                    #expect(Int(res.status.code) == c.status, "\(c.path)")
                    let schema = try #require(contract.schema(c.template, "get", c.status), "no schema for \(c.template) \(c.status)")
                    let body = try JSONSerialization.jsonObject(with: Data(res.body.readableBytesView))
                    #expect(contract.missing(in: body, schema: schema) == [], "\(c.path)")
                }
            }
        }
    }

    @Test func theCheckerNoticesAMissingProperty() async throws {
        try await withTestApp { app in
            let contract = Contract(document: try await document(app))
            let schema = try #require(contract.schema("/api/v1/editions", "get", 200))
            let body: [String: Any] = ["items": [["code": "en", "name": "International"]], "next_cursor": NSNull()]
            #expect(contract.missing(in: body, schema: schema) == ["items[0].language", "items[0].time_zone", "items[0].url", "items[0].is_default"])
        }
    }
}

/// Reads the document's response schemas and lists the required properties a JSON value lacks, at every depth.
struct Contract {
    let document: [String: Any]

    func schema(_ path: String, _ method: String, _ status: Int) -> [String: Any]? {
        let paths = document["paths"] as? [String: Any]
        let operation = (paths?[path] as? [String: Any])?[method] as? [String: Any]
        guard let response = (operation?["responses"] as? [String: Any])?[String(status)] as? [String: Any] else { return nil }
        let content = resolve(response)["content"] as? [String: Any]
        return (content?["application/json"] as? [String: Any])?["schema"] as? [String: Any]
    }

    /// Follows a local `$ref` such as `#/components/schemas/Article`.
    func resolve(_ schema: [String: Any]) -> [String: Any] {
        guard let ref = schema["$ref"] as? String, ref.hasPrefix("#/") else { return schema }
        var node: Any = document
        for key in ref.dropFirst(2).split(separator: "/") { node = (node as? [String: Any])?[String(key)] ?? [:] }
        return resolve(node as? [String: Any] ?? [:])
    }

    func missing(in value: Any, schema raw: [String: Any], at place: String = "") -> [String] {
        let schema = resolve(raw)
        var problems: [String] = []
        for part in schema["allOf"] as? [[String: Any]] ?? [] {
            problems += missing(in: value, schema: part, at: place)
        }
        if let choices = schema["anyOf"] as? [[String: Any]] {
            let each = choices.map { missing(in: value, schema: $0, at: place) }
            if !each.contains(where: \.isEmpty) { problems += each.first ?? [] }
        }
        if let object = value as? [String: Any] {
            let prefix = place.isEmpty ? "" : place + "."
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                problems.append(prefix + key)
            }
            for (key, property) in schema["properties"] as? [String: [String: Any]] ?? [:] {
                if let child = object[key] { problems += missing(in: child, schema: property, at: prefix + key) }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (i, element) in array.enumerated() { problems += missing(in: element, schema: items, at: "\(place)[\(i)]") }
        }
        return problems
    }
}
