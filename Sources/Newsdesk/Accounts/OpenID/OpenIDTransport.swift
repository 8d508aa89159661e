import Foundation
import NIOCore
import Vapor

/// The HTTP the OpenID client needs: GET a JSON document, POST a form (optionally with HTTP Basic credentials).
protocol OpenIDTransport: Sendable {
    func get(_ url: String) async throws -> (status: UInt, body: Data)
    func postForm(_ url: String, form: [(String, String)], basic: (user: String, password: String)?) async throws -> (status: UInt, body: Data)
}

/// Vapor's HTTP client (async-http-client underneath), with a bounded wait per request.
struct VaporOpenIDTransport: OpenIDTransport {
    let client: any Client
    var timeout: TimeAmount = .seconds(10)

    func get(_ url: String) async throws -> (status: UInt, body: Data) {
        var request = ClientRequest(method: .GET, url: URI(string: url), headers: ["Accept": "application/json"], body: nil, timeout: timeout)
        request.headers.replaceOrAdd(name: "User-Agent", value: "Newsdesk")
        let response = try await client.send(request)
        return (response.status.code, response.body.map { Data($0.readableBytesView) } ?? Data())
    }

    func postForm(_ url: String, form: [(String, String)], basic: (user: String, password: String)?) async throws -> (status: UInt, body: Data) {
        var headers: HTTPHeaders = ["Accept": "application/json", "Content-Type": "application/x-www-form-urlencoded"]
        if let basic {
            // RFC 6749 2.3.1: the id and secret are form-encoded before they are joined for Basic.
            let pair = "\(Self.formEncode(basic.user)):\(Self.formEncode(basic.password))"
            headers.replaceOrAdd(name: .authorization, value: "Basic " + Data(pair.utf8).base64EncodedString())
        }
        let body = form.map { "\(Self.formEncode($0.0))=\(Self.formEncode($0.1))" }.joined(separator: "&")
        let request = ClientRequest(method: .POST, url: URI(string: url), headers: headers, body: ByteBuffer(string: body), timeout: timeout)
        let response = try await client.send(request)
        return (response.status.code, response.body.map { Data($0.readableBytesView) } ?? Data())
    }

    static func formEncode(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return (s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s)
    }
}
