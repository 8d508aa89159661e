import Foundation
import Standards
import Vapor

/// The error shape of the whole API: `{"error": code, "message": text, "fields": {name: problem}?}`; a rejected
/// comment adds the engine's `findings`.
struct APIError: Content {
    let error: String
    let message: String
    let fields: [String: String]?
    var findings: [APIFinding]? = nil
    var currentVersion: Int? = nil

    init(error: String, message: String, fields: [String: String]?) {
        self.error = error
        self.message = message
        self.fields = fields
    }

    init(_ answer: FailureAnswer) {
        self.init(error: answer.code, message: answer.message, fields: answer.fields)
        findings = answer.findings?.map(APIFinding.init)
        currentVersion = answer.currentVersion
    }

    func response(status: HTTPStatus) -> Response {
        let response = Response(status: status)
        response.headers.replaceOrAdd(name: .contentType, value: "application/json; charset=utf-8")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        response.body = .init(data: (try? APIJSON.encoder.encode(self)) ?? Data())
        return response
    }
}

/// One finding of the standards engine: the rule, the evidence span in Unicode code points, how sure, and what to fix.
struct APIFinding: Content {
    let rule: String
    let start: Int
    let end: Int
    let confidence: Double
    let message: String

    init(_ f: Finding) {
        rule = f.rule.rawValue
        start = f.start
        end = f.end
        confidence = f.confidence
        message = f.message
    }
}

/// Input that fails validation: answered 422 with a message per field.
struct APIValidationError: Error {
    let message: String
    let fields: [String: String]
}

enum APIJSON {
    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.keyEncodingStrategy = .convertToSnakeCase
        e.outputFormatting = [.withoutEscapingSlashes]
        return e
    }()

    static func response<T: Encodable>(_ value: T, status: HTTPStatus = .ok, cache: String = "public, max-age=30") throws -> Response {
        let response = Response(status: status)
        response.headers.replaceOrAdd(name: .contentType, value: "application/json; charset=utf-8")
        response.headers.replaceOrAdd(name: .cacheControl, value: cache)
        response.body = .init(data: try encoder.encode(value))
        return response
    }
}

struct ListResponse<Item: Encodable>: Encodable {
    let items: [Item]
    let nextCursor: String?

    enum CodingKeys: String, CodingKey { case items, nextCursor }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(items, forKey: .items)
        // `next_cursor` is always present: null on the last page.
        try c.encode(nextCursor, forKey: .nextCursor)
    }
}

struct APIArticle: Encodable {
    struct Named: Encodable { let slug: String; let name: String; let url: String }
    struct Author: Encodable { let name: String }
    struct LeadImage: Encodable { let url: String; let caption: String; let credit: String; let alt: String; let width: Int; let height: Int }
    struct Counters: Encodable { let views: Int; let comments: Int }

    let id: Int
    let title: String
    let summary: String
    let url: String
    let shortUrl: String
    let edition: String
    let section: Named
    let tags: [Named]
    let author: Author
    let publishedAt: String
    let updatedAt: String?
    let leadImage: LeadImage?
    let counters: Counters
    let bodyHtml: String?
    /// Search results only: the matching passage, HTML-escaped except for `<mark>`.
    var snippet: String? = nil
}

struct APIEdition: Encodable {
    let code: String
    let name: String
    let language: String
    let timeZone: String
    let url: String
    let isDefault: Bool
}

extension Request {
    /// The JSON body as `T` (snake_case keys); anything else is input to fix (422), never a server error.
    func decodeJSON<T: Decodable>(_ type: T.Type) throws -> T {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        guard let data = body.data, let value = try? decoder.decode(T.self, from: Data(buffer: data)) else {
            throw APIValidationError(message: "Send a JSON object of the documented shape.",
                                     fields: ["body": "not a JSON object of the expected shape"])
        }
        return value
    }
}
