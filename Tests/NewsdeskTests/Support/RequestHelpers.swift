import Fluent
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import SQLKit
import Testing
import VaporTesting
@testable import Newsdesk

// Helpers for tests that need the real HTTP server (exact bytes on the wire, the peer address, body limits) or an
// application built from an adjusted Config.

/// An answer read off a socket.
struct WireResponse: Sendable {
    let status: Int
    let headers: HTTPHeaders
    let body: [UInt8]
    var text: String { String(decoding: body, as: UTF8.self) }

    /// Parses a complete HTTP/1.1 response; nil while the bytes are not all there yet.
    static func parse(_ bytes: [UInt8], atEOF: Bool) -> WireResponse? {
        guard let split = bytes.firstRange(of: [13, 10, 13, 10]) else { return nil }
        let head = String(decoding: bytes[..<split.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = head[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { return nil }
        var headers = HTTPHeaders()
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers.add(name: String(line[..<colon]), value: line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        let rest = Array(bytes[split.upperBound...])
        if headers.first(name: .transferEncoding)?.lowercased() == "chunked" {
            var body: [UInt8] = []
            var i = 0
            while true {
                guard let lineEnd = rest[i...].firstRange(of: [13, 10]) else { return atEOF ? WireResponse(status: status, headers: headers, body: body) : nil }
                let sizeText = String(decoding: rest[i..<lineEnd.lowerBound], as: UTF8.self).split(separator: ";").first ?? ""
                guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16) else {
                    return WireResponse(status: status, headers: headers, body: body)
                }
                let start = lineEnd.upperBound
                if size == 0 { return WireResponse(status: status, headers: headers, body: body) }
                guard start + size <= rest.count else { return atEOF ? WireResponse(status: status, headers: headers, body: body) : nil }
                body += rest[start..<(start + size)]
                i = start + size + 2
                if i > rest.count { return atEOF ? WireResponse(status: status, headers: headers, body: body) : nil }
            }
        }
        if let length = headers.first(name: .contentLength).flatMap(Int.init) {
            guard rest.count >= length else { return atEOF ? WireResponse(status: status, headers: headers, body: rest) : nil }
            return WireResponse(status: status, headers: headers, body: Array(rest.prefix(length)))
        }
        return atEOF ? WireResponse(status: status, headers: headers, body: rest) : nil
    }
}

enum WireError: Error, CustomStringConvertible {
    case noResponse(received: Int)
    case timedOut
    var description: String {
        switch self {
        case .noResponse(let n): "the server closed the connection without a complete answer (\(n) bytes)"
        case .timedOut: "no answer in time"
        }
    }
}

/// A bare HTTP/1.1 client: sends exactly the bytes given (no normalising of paths or headers) and reads one answer.
enum Wire {
    private final class Reader: ChannelInboundHandler, @unchecked Sendable {
        // Touched only on the channel's event loop.
        typealias InboundIn = ByteBuffer
        var bytes: [UInt8] = []
        var done = false
        let promise: EventLoopPromise<WireResponse>
        /// Answer as soon as the head is in and keep the connection open (a stream).
        let headOnly: Bool

        init(promise: EventLoopPromise<WireResponse>, headOnly: Bool = false) {
            self.promise = promise
            self.headOnly = headOnly
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            var buffer = unwrapInboundIn(data)
            bytes += buffer.readBytes(length: buffer.readableBytes) ?? []
            guard !done else { return }
            if headOnly, bytes.firstRange(of: [13, 10, 13, 10]) != nil, let head = WireResponse.parse(bytes, atEOF: true) {
                done = true
                promise.succeed(head)
            } else if let response = WireResponse.parse(bytes, atEOF: false) {
                done = true
                promise.succeed(response)
                context.close(promise: nil)
            }
        }

        func channelInactive(context: ChannelHandlerContext) {
            guard !done else { return }
            done = true
            if let response = WireResponse.parse(bytes, atEOF: true) {
                promise.succeed(response)
            } else {
                promise.fail(WireError.noResponse(received: bytes.count))
            }
        }

        func errorCaught(context: ChannelHandlerContext, error: any Error) {
            // A reset after the answer was written still leaves the answer readable.
            context.close(promise: nil)
        }

        func timeOut(_ channel: any Channel) {
            guard !done else { return }
            done = true
            promise.fail(WireError.timedOut)
            channel.close(promise: nil)
        }
    }

    static func send(port: Int, _ bytes: [UInt8], timeout: TimeAmount = .seconds(20)) async throws -> WireResponse {
        let group = MultiThreadedEventLoopGroup.singleton
        let loop = group.next()
        let promise = loop.makePromise(of: WireResponse.self)
        let reader = Reader(promise: promise)
        let channel = try await ClientBootstrap(group: loop)
            .channelInitializer { channel in channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(reader) } }
            .connect(host: "127.0.0.1", port: port).get()
        let timer = loop.scheduleTask(in: timeout) { reader.timeOut(channel) }
        channel.writeAndFlush(ByteBuffer(bytes: bytes), promise: nil)
        defer { timer.cancel() }
        return try await promise.futureResult.get()
    }

    /// An open connection whose answer's head has arrived (a live stream); close it when done.
    struct OpenStream: Sendable {
        let head: WireResponse
        let channel: any Channel
        func close() async { try? await channel.close() }
    }

    /// Sends a request and returns once the answer's head is in, leaving the connection open.
    static func open(port: Int, _ target: String, headers: [(String, String)] = [], timeout: TimeAmount = .seconds(20)) async throws -> OpenStream {
        let loop = MultiThreadedEventLoopGroup.singleton.next()
        let promise = loop.makePromise(of: WireResponse.self)
        let reader = Reader(promise: promise, headOnly: true)
        let channel = try await ClientBootstrap(group: loop)
            .channelInitializer { channel in channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(reader) } }
            .connect(host: "127.0.0.1", port: port).get()
        let timer = loop.scheduleTask(in: timeout) { reader.timeOut(channel) }
        defer { timer.cancel() }
        var head = "GET \(target) HTTP/1.1\r\nHost: news.test\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        channel.writeAndFlush(ByteBuffer(string: head + "\r\n"), promise: nil)
        return OpenStream(head: try await promise.futureResult.get(), channel: channel)
    }

    /// Builds a request with `Host` and `Connection: close` (and `Content-Length` when there is a body).
    static func request(port: Int, _ method: String = "GET", _ target: String, headers: [(String, String)] = [],
                        body: [UInt8] = [], timeout: TimeAmount = .seconds(20)) async throws -> WireResponse {
        try await send(port: port, bytes(method, target, headers: headers, body: body), timeout: timeout)
    }

    static func bytes(_ method: String, _ target: String, headers: [(String, String)] = [], body: [UInt8] = []) -> [UInt8] {
        var head = "\(method) \(target) HTTP/1.1\r\nHost: news.test\r\nConnection: close\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if !body.isEmpty || ["POST", "PUT", "PATCH"].contains(method) { head += "Content-Length: \(body.count)\r\n" }
        head += "\r\n"
        return Array(head.utf8) + body
    }
}

/// Serves `app` on 127.0.0.1 at a free port for the length of `body` (the in-memory tester has no peer address and
/// skips body limits and the HTTP parser).
func withRunningServer(_ app: Application, _ body: (Int) async throws -> Void) async throws {
    try await app.asyncBoot()
    try await app.server.start(address: .hostname("127.0.0.1", port: 0))
    do {
        let port = try #require(app.http.server.shared.localAddress?.port)
        try await body(port)
    } catch {
        await app.server.shutdown()
        throw error
    }
    await app.server.shutdown()
}

/// `withTestApp` with a Config the test adjusts (trusted proxies, limits), on the same database rules.
func withTestApp(adjusting adjust: @escaping @Sendable (inout Config) -> Void, _ body: (Application) async throws -> Void) async throws {
    let site = try TestSite.make()
    try await withDatabaseTurn {
        let app = try await Application.make(.testing)
        do {
            var options = ConfigureOptions()
            options.bcryptCost = 4
            options.clock = { fixedNow }
            options.startBackgroundJobs = false
            options.captchaDifficultyBits = 8
            options.loginFailureDelay = 0.001
            var config = site.config
            adjust(&config)
            try await configure(app, config: config, options: options)
            if TestDatabase.postgresURL != nil, let sql = app.db as? any SQLDatabase {
                try await sql.raw("DROP SCHEMA public CASCADE").run()
                try await sql.raw("CREATE SCHEMA public").run()
            }
            try await app.autoMigrate()
            try await body(app)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}

enum TestAPI {
    /// Creates a confirmed reader and returns an API bearer token for it.
    static func token(_ app: Application, email: String, name: String = "Api Reader") async throws -> String {
        _ = try await app.newsdesk.users.create(.init(email: email, password: AccountFlowTests.password, displayName: name,
                                                      role: .reader, confirmed: true), on: app.db)
        let (token, _) = try await app.newsdesk.accounts.logIn(.init(email: email, password: AccountFlowTests.password, otp: nil,
                                                                     remember: false, ip: "127.0.0.9", kind: "api"), on: app.db)
        return token
    }

    static func json(_ bytes: some Sequence<UInt8>) -> [String: Any]? {
        try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
    }

    static func json(_ res: TestingHTTPResponse) -> [String: Any]? { json(res.body.readableBytesView) }
}

extension FormClient {
    /// Uploads `bytes` as the member's avatar through the settings form.
    func uploadAvatar(_ bytes: [UInt8], name: String = "me.png") async throws -> TestingHTTPResponse {
        if csrf == nil { try await get("/account/settings") }
        let boundary = "----newsdesk\(UUID().uuidString.prefix(8))"
        var body = ByteBuffer()
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n\(csrf ?? "")\r\n")
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"avatar\"; filename=\"\(name)\"\r\nContent-Type: image/png\r\n\r\n")
        body.writeBytes(bytes)
        body.writeString("\r\n--\(boundary)--\r\n")
        return try await send(.POST, "/account/settings/avatar", headers: ["Content-Type": "multipart/form-data; boundary=\(boundary)"], body: body)
    }
}

/// A small browser over the wire: keeps cookies, adds the CSRF token to forms, and sends `headers` with every
/// request (a proxy's `X-Forwarded-*`, say).
final class WireClient: @unchecked Sendable {
    // Only used from one test task at a time.
    let port: Int
    let headers: [(String, String)]
    var cookies: [String: String] = [:]

    init(port: Int, headers: [(String, String)] = []) {
        self.port = port
        self.headers = headers
    }

    @discardableResult
    func get(_ target: String) async throws -> WireResponse {
        let res = try await Wire.request(port: port, "GET", target, headers: headers + cookieHeader)
        absorb(res)
        return res
    }

    @discardableResult
    func post(_ target: String, _ fields: [String: String]) async throws -> WireResponse {
        var fields = fields
        if fields[CSRFMiddleware.fieldName] == nil {
            if cookies[CSRFMiddleware.cookieName] == nil { try await get("/account/login") }
            fields[CSRFMiddleware.fieldName] = cookies[CSRFMiddleware.cookieName]
        }
        let body = fields.map { "\(FormClient.encode($0.key))=\(FormClient.encode($0.value))" }.joined(separator: "&")
        let res = try await Wire.request(port: port, "POST", target,
                                         headers: headers + cookieHeader + [("Content-Type", "application/x-www-form-urlencoded")],
                                         body: Array(body.utf8))
        absorb(res)
        return res
    }

    private var cookieHeader: [(String, String)] {
        cookies.isEmpty ? [] : [("Cookie", cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))]
    }

    private func absorb(_ res: WireResponse) {
        for cookie in Self.setCookies(res) {
            if cookie.value.isEmpty { cookies[cookie.name] = nil } else { cookies[cookie.name] = cookie.value }
        }
    }

    struct SetCookie {
        let name: String
        let value: String
        /// Attributes as sent, lower-cased names: `secure`, `httponly`, `path=/`, …
        let attributes: [String]
        func has(_ attribute: String) -> Bool { attributes.contains { $0.lowercased() == attribute.lowercased() } }
    }

    static func setCookies(_ res: WireResponse) -> [SetCookie] {
        res.headers[.setCookie].map { header in
            let parts = header.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            let pair = parts[0].split(separator: "=", maxSplits: 1).map(String.init)
            return SetCookie(name: pair[0], value: pair.count > 1 ? pair[1] : "", attributes: Array(parts.dropFirst()))
        }
    }
}
