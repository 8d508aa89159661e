import Foundation
import NIOHTTP1
import Testing
import VaporTesting
@testable import Newsdesk

/// A minimal in-process "browser" for form flows: keeps cookies, sends the CSRF token, reads forms.
final class FormClient: @unchecked Sendable {
    // Only used from one test task at a time.
    let app: Application
    var cookies: [String: String] = [:]

    init(_ app: Application) { self.app = app }

    var csrf: String? { cookies[CSRFMiddleware.cookieName] }

    @discardableResult
    func get(_ path: String, headers: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        var result: TestingHTTPResponse?
        try await app.testing().test(.GET, path, headers: withCookies(headers)) { res in
            absorb(res)
            result = res
        }
        return try #require(result)
    }

    /// Posts a form; adds the CSRF token unless `csrf: false`.
    @discardableResult
    func post(_ path: String, _ fields: [String: String], csrf: Bool = true, headers: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        var fields = fields
        if csrf, fields[CSRFMiddleware.fieldName] == nil {
            if self.csrf == nil { try await get("/account/login") }
            fields[CSRFMiddleware.fieldName] = self.csrf
        }
        var h = withCookies(headers)
        h.replaceOrAdd(name: .contentType, value: "application/x-www-form-urlencoded")
        let body = fields.map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }.joined(separator: "&")
        var result: TestingHTTPResponse?
        try await app.testing().test(.POST, path, headers: h, body: .init(string: body)) { res in
            absorb(res)
            result = res
        }
        return try #require(result)
    }

    /// Sends a raw request (multipart, JSON) with this client's cookies.
    @discardableResult
    func send(_ method: HTTPMethod, _ path: String, headers: HTTPHeaders, body: ByteBuffer) async throws -> TestingHTTPResponse {
        var result: TestingHTTPResponse?
        try await app.testing().test(method, path, headers: withCookies(headers), body: body) { res in
            absorb(res)
            result = res
        }
        return try #require(result)
    }

    private func withCookies(_ headers: HTTPHeaders) -> HTTPHeaders {
        var h = headers
        if !cookies.isEmpty {
            h.replaceOrAdd(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        return h
    }

    private func absorb(_ res: TestingHTTPResponse) {
        for header in res.headers[.setCookie] {
            let pair = header.split(separator: ";", maxSplits: 1)[0]
            let parts = pair.split(separator: "=", maxSplits: 1)
            let name = String(parts[0]).trimmingCharacters(in: .whitespaces)
            let value = parts.count > 1 ? String(parts[1]) : ""
            if value.isEmpty || header.lowercased().contains("max-age=0") { cookies[name] = nil } else { cookies[name] = value }
        }
    }

    static func encode(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }

    static func hidden(_ name: String, in html: String) -> String? {
        guard let r = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
        let rest = html[r.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    /// Fetches a form page and answers its captcha the way the page's script does.
    func captchaFields(page: String) async throws -> [String: String] {
        try Self.captchaFields(in: try await get(page).body.string)
    }

    /// The solved captcha of a form already on a page.
    static func captchaFields(in html: String) throws -> [String: String] {
        let token = try #require(Self.hidden("captcha_token", in: html))
        let bits = Int(html.range(of: #"data-difficulty="(\d+)""#, options: .regularExpression).map {
            html[$0].filter(\.isNumber) } ?? "") ?? 8
        return ["captcha_token": token, "captcha_solution": Captcha.solve(token: token, difficultyBits: bits)]
    }
}

/// Mail as the recipient sees it: the files the file transport wrote, decoded.
enum MailBox {
    static func messages(_ app: Application) throws -> [String] {
        let dir = app.newsdesk.config.dataDirectory + "/mail"
        // Oldest first by the time the transport wrote them (names carry the mail's date, which tests freeze).
        let fm = FileManager.default
        let names = ((try? fm.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".eml") }
        let dated = names.map { name -> (String, Date) in
            (name, ((try? fm.attributesOfItem(atPath: dir + "/" + name))?[.modificationDate] as? Date) ?? .distantPast)
        }
        return try dated.sorted { $0.1 < $1.1 }.map { try decode(String(contentsOfFile: dir + "/" + $0.0, encoding: .utf8)) }
    }

    /// Delivers what is due, then returns the newest message to `address`.
    static func latest(to address: String, _ app: Application) async throws -> String? {
        try await app.newsdesk.mailer.deliverDue(on: app.db, logger: app.logger)
        return try messages(app).last { $0.range(of: "To:[^\\n]*\(NSRegularExpression.escapedPattern(for: address))", options: [.regularExpression, .caseInsensitive]) != nil }
    }

    static func link(_ path: String, in message: String) -> String? {
        guard let r = message.range(of: "http://news.test\(path)\\?token=[A-Za-z0-9_-]+", options: .regularExpression) else { return nil }
        return String(message[r].dropFirst("http://news.test".count))
    }

    /// Undoes quoted-printable and base64 body encodings so tests can read the text.
    static func decode(_ raw: String) -> String {
        var out = raw.replacingOccurrences(of: "=\r\n", with: "").replacingOccurrences(of: "=\n", with: "")
        out = decodeQP(out)
        var decoded = out
        for block in base64Blocks(in: out) {
            if let data = Data(base64Encoded: block.replacingOccurrences(of: "\r\n", with: "").replacingOccurrences(of: "\n", with: "")),
               let text = String(data: data, encoding: .utf8) {
                decoded += "\n" + text
            }
        }
        return decoded
    }

    private static func decodeQP(_ s: String) -> String {
        var bytes: [UInt8] = []
        let u = Array(s.utf8)
        var i = 0
        while i < u.count {
            if u[i] == UInt8(ascii: "="), i + 2 < u.count, let v = UInt8(String(bytes: u[(i + 1)...(i + 2)], encoding: .ascii) ?? "", radix: 16) {
                bytes.append(v)
                i += 3
            } else {
                bytes.append(u[i])
                i += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func base64Blocks(in s: String) -> [String] {
        s.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { $0.count >= 16 && $0.range(of: #"^[A-Za-z0-9+/=\r\n]+$"#, options: .regularExpression) != nil }
    }
}
