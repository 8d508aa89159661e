import Foundation
import Vapor

/// Serves the OpenAPI 3.1 description of API v1 from `Resources/API/openapi.json`. The file is read and parsed once
/// at start, so a missing or broken document stops the start instead of failing requests.
struct OpenAPIController: RouteCollection {
    static let relativePath = "Resources/API/openapi.json"

    enum LoadError: Error, CustomStringConvertible {
        case missing(path: String)

        var description: String {
            switch self {
            case .missing(let path): "the API description \(path) is missing; set NEWSDESK_RESOURCES to the folder that holds Resources/"
            }
        }
    }

    let document: ByteBuffer

    init(directory: DirectoryConfiguration) throws {
        let path = directory.workingDirectory + Self.relativePath
        guard let data = FileManager.default.contents(atPath: path) else { throw LoadError.missing(path: path) }
        _ = try JSONSerialization.jsonObject(with: data)
        document = ByteBuffer(data: data)
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.apiOpenAPI, use: serve)
    }

    @Sendable func serve(req: Request) async throws -> Response {
        Response(status: .ok,
                 headers: ["Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=300"],
                 body: .init(buffer: document))
    }
}
