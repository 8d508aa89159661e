import Fluent
import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

/// Hostile and malformed input, each case sent in-process and over a real socket: nothing may answer 5xx, input
/// errors answer what the API documents, and no path leaves the public and media folders.
@Suite("Fuzz corpus: malformed input never answers 5xx")
struct FuzzCorpusTests {
    enum Expect: Sendable, Equatable {
        /// Exactly this status.
        case status(Int)
        /// Any 4xx.
        case refused
        /// Anything but a 5xx.
        case answered
        /// Not sent this way (the in-process tester has no body limits, and cannot carry every byte).
        case skip
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let method: String
        /// `{article}` and `{comment}` are replaced by real ids.
        let target: String
        var bearer = false
        var contentType: String? = "application/json"
        var body: [UInt8] = []
        let inProcess: Expect
        var wire: Expect? = nil

        var overWire: Expect { wire ?? inProcess }
        var testDescription: String { "\(method) \(target.prefix(60)) — \(name)" }
    }

    static func deepArrays(_ depth: Int) -> [UInt8] { Array(String(repeating: "[", count: depth).utf8) + Array(String(repeating: "]", count: depth).utf8) }
    static func deepObjects(_ depth: Int) -> [UInt8] {
        Array(String(repeating: "{\"a\":", count: depth).utf8) + Array("1".utf8) + Array(String(repeating: "}", count: depth).utf8)
    }
    static let megabyte = String(repeating: "a", count: 1 << 20)
    static let invalidUTF8: [UInt8] = [0xFF, 0xFE, 0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x28, 0x8C, 0xBC]

    /// The malformed JSON bodies every JSON endpoint gets.
    static func malformedBodies(_ field: String) -> [(String, [UInt8], Expect, Expect?)] {
        [
            ("unterminated object", Array("{".utf8), .status(422), nil),
            ("an array", Array("[]".utf8), .status(422), nil),
            ("null", Array("null".utf8), .status(422), nil),
            ("a bare string", Array("\"text\"".utf8), .status(422), nil),
            ("a number for the \(field)", Array("{\"\(field)\": 5}".utf8), .status(422), nil),
            ("a number for text", Array("{\"text\": 5}".utf8), .status(422), nil),
            ("an object for the \(field)", Array("{\"\(field)\": {\"$ne\": null}}".utf8), .status(422), nil),
            ("a number too large for any integer", Array("{\"\(field)\": \"x\", \"parent_id\": 99999999999999999999}".utf8), .refused, nil),
            ("a lone surrogate escape", Array("{\"\(field)\": \"\\ud800\"}".utf8), .refused, nil),
            ("a NUL in a string", Array("{\"\(field)\": \"a\\u0000b\"}".utf8), .refused, nil),
            ("invalid UTF-8 bytes", invalidUTF8, .status(422), nil),
            ("invalid UTF-8 inside a string", Array("{\"\(field)\": \"".utf8) + invalidUTF8 + Array("\"}".utf8), .status(422), nil),
            ("trailing garbage", Array("{\"\(field)\": \"x\"} trailing".utf8), .status(422), nil),
            // 10,000 levels are 20 KB: over the 16 KB default body limit on the wire (refused; that it is 413 is checked
            // below); 8,000 levels (16,000 bytes) are under it.
            ("arrays nested 10,000 deep", deepArrays(10_000), .status(422), .refused),
            ("arrays nested 8,000 deep", deepArrays(8_000), .status(422), nil),
            ("objects nested 2,500 deep", deepObjects(2_500), .status(422), nil),
            ("a 1 MB string", Array("{\"\(field)\": \"\(megabyte)\"}".utf8), .refused, .refused),
        ]
    }

    static let cases: [Case] = {
        var all: [Case] = []
        for (name, body, inProcess, wire) in malformedBodies("email") {
            all.append(Case(name: name, method: "POST", target: "/api/v1/sessions", body: body, inProcess: inProcess, wire: wire))
        }
        for (name, body, inProcess, wire) in malformedBodies("text") {
            all.append(Case(name: name, method: "POST", target: "/api/v1/articles/{article}/comments", bearer: true, body: body,
                            inProcess: inProcess, wire: wire))
            all.append(Case(name: name, method: "PATCH", target: "/api/v1/comments/{comment}", bearer: true, body: body,
                            inProcess: inProcess, wire: wire))
        }
        all += [
            Case(name: "a JSON body without its content type", method: "POST", target: "/api/v1/articles/{article}/comments", bearer: true,
                 contentType: "text/plain", body: Array("{\"text\": \"hello there\"}".utf8), inProcess: .refused),
            Case(name: "an empty body", method: "POST", target: "/api/v1/articles/{article}/comments", bearer: true, inProcess: .status(422)),
            Case(name: "a comment on an article id past Int", method: "POST", target: "/api/v1/articles/99999999999999999999999/comments",
                 bearer: true, body: Array("{\"text\": \"hello there\"}".utf8), inProcess: .status(404)),
            Case(name: "a comment on a negative article id", method: "POST", target: "/api/v1/articles/-1/comments",
                 bearer: true, body: Array("{\"text\": \"hello there\"}".utf8), inProcess: .status(404)),
        ]
        // Cursors and limits.
        for query in ["cursor=%00", "cursor=" + String(repeating: "c", count: 5000), "cursor=%FF%FE", "cursor=../../etc/passwd",
                      "limit=-1", "limit=0", "limit=51", "limit=99999999999999999999", "limit=abc", "limit=1e3", "limit=%00",
                      "edition=%00", "section=" + String(repeating: "s", count: 3000), "tag=%E2%80%AE"] {
            all.append(Case(name: "bad query", method: "GET", target: "/api/v1/articles?" + query, contentType: nil, inProcess: .status(422)))
        }
        for query in ["cursor=%00", "cursor=-1", "cursor=abc", "cursor=9223372036854775807", "cursor=99999999999999999999",
                      "cursor=" + String(repeating: "9", count: 5000), "sort=zzz", "sort=%00"] {
            all.append(Case(name: "bad thread query", method: "GET", target: "/api/v1/articles/{article}/comments?" + query, contentType: nil,
                            inProcess: .status(422)))
        }
        for query in ["cursor=x&cursor=y", "limit=5&limit=abc", "cursor[]=x", "cursor[a]=x"] {
            all.append(Case(name: "odd query", method: "GET", target: "/api/v1/articles?" + query, contentType: nil, inProcess: .answered))
        }
        // Long addresses.
        all += [
            Case(name: "a 9,000-byte cursor", method: "GET", target: "/api/v1/articles?cursor=" + String(repeating: "c", count: 9000),
                 contentType: nil, inProcess: .status(414)),
            Case(name: "a 300-digit article id", method: "GET", target: "/api/v1/articles/" + String(repeating: "9", count: 300),
                 contentType: nil, inProcess: .status(404)),
            Case(name: "a 30-digit live stream id", method: "GET", target: "/threads/" + String(repeating: "9", count: 30) + "/live",
                 contentType: nil, inProcess: .status(404)),
            Case(name: "a 5,000-byte path", method: "GET", target: String(repeating: "/abcd", count: 1000), contentType: nil, inProcess: .status(404)),
            Case(name: "percent-encoded invalid UTF-8 in the path", method: "GET", target: "/articles/%FF%FE%C3", contentType: nil,
                 inProcess: .refused),
        ]
        // Paths out of the public and media folders.
        for path in ["/static/../../etc/passwd", "/static/../../../../../../../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd",
                     "/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/static/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
                     "/static/%252e%252e/%252e%252e/etc/passwd", "/static/....//....//etc/passwd",
                     "/static/%2e%2e%5c%2e%2e%5cetc%5cpasswd", "/../../../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                     "/media/..%2f..%2fsecret.key", "/media/..%2fsecret.key", "/media/%2e%2e%2fsecret.key", "/media/../secret.key",
                     "/media/%2e%2e/secret.key", "/media/secret.key%00.png", "/media/.%2e/secret.key", "/static/site.css%00.txt",
                     "/media/%00", "/static/%00"] {
            all.append(Case(name: "path traversal", method: "GET", target: path, contentType: nil, inProcess: .status(404)))
        }
        // Backslashes cannot be put into the in-process tester's URI; on the wire they arrive as sent.
        all.append(Case(name: "path traversal with backslashes", method: "GET", target: "/static/..\\..\\etc\\passwd", contentType: nil,
                        inProcess: .skip, wire: .status(404)))
        return all
    }()

    static let secret = "NEWSDESK-FUZZ-SECRET-\(UUID().uuidString)"

    struct Site {
        let article: Int
        let comment: Int
        let token: String
    }

    static func site(_ app: Application) async throws -> Site {
        let s = try await DiscussionTests.setup(app)
        let token = try await TestAPI.token(app, email: "fuzz@example.com")
        var comment = 0
        try await app.testing().test(.POST, "/api/v1/articles/\(s.articleID)/comments",
                                     headers: ["Authorization": "Bearer \(token)", "Content-Type": "application/json"],
                                     body: .init(string: "{\"text\": \"\(DiscussionTests.clean)\"}")) { res in
            #expect(res.status == .created)
            comment = TestAPI.json(res)?["id"] as? Int ?? 0
        }
        // A file just outside the media folder that no address may serve.
        try Self.secret.write(toFile: app.newsdesk.config.dataDirectory + "/secret.key", atomically: true, encoding: .utf8)
        return Site(article: s.articleID, comment: comment, token: token)
    }

    static func check(_ expect: Expect, status: Int, body: String, _ how: String, _ c: Case) {
        #expect(status < 500, "\(how): \(c.testDescription) answered \(status): \(body.prefix(200))")
        #expect(!body.contains(secret), "\(how): \(c.testDescription) served the secret file")
        #expect(!body.contains("root:x:0:0"), "\(how): \(c.testDescription) served /etc/passwd")
        switch expect {
        case .status(let wanted): #expect(status == wanted, "\(how): \(c.testDescription): \(body.prefix(200))")
        case .refused: #expect((400..<500).contains(status), "\(how): \(c.testDescription) answered \(status): \(body.prefix(200))")
        case .answered, .skip: break
        }
    }

    @Test(arguments: cases)
    func neverAnswers5xx(_ c: Case) async throws {
        try await withTestApp { app in
            let site = try await Self.site(app)
            let target = c.target.replacingOccurrences(of: "{article}", with: "\(site.article)")
                .replacingOccurrences(of: "{comment}", with: "\(site.comment)")
            var headers: [(String, String)] = []
            if c.bearer { headers.append(("Authorization", "Bearer \(site.token)")) }
            if let type = c.contentType, !c.body.isEmpty || c.method != "GET" { headers.append(("Content-Type", type)) }

            if c.inProcess != .skip {
                var h = HTTPHeaders()
                for (name, value) in headers { h.add(name: name, value: value) }
                try await app.testing().test(HTTPMethod(rawValue: c.method), target, headers: h,
                                             body: c.body.isEmpty ? nil : ByteBuffer(bytes: c.body)) { res in
                    Self.check(c.inProcess, status: Int(res.status.code), body: res.body.string, "in-process", c)
                }
            }
            try await withRunningServer(app) { port in
                let res = try await Wire.request(port: port, c.method, target, headers: headers, body: c.body)
                Self.check(c.overWire, status: res.status, body: res.text, "over the wire", c)
            }
            // Nothing the corpus sent was stored.
            #expect(try await Comment.query(on: app.db).count() == 1)
            #expect(try await Comment.find(site.comment, on: app.db)?.text == DiscussionTests.clean)
        }
    }

    /// Every body over its route's limit is refused 413 before the handler sees it: 16 KB by default, 64 KB for a
    /// comment. Each is sent in one write, so it may arrive in one read together with the head.
    @Test func bodiesOverTheRouteLimitAreRefused413() async throws {
        try await withTestApp { app in
            let site = try await Self.site(app)
            let json = [("Content-Type", "application/json")]
            let auth = json + [("Authorization", "Bearer \(site.token)")]
            let sessionBodies: [(String, [UInt8])] = [
                ("a valid 20 KB body", Array("{\"email\": \"a@example.com\", \"password\": \"\(String(repeating: "p", count: 20_000))\"}".utf8)),
                ("20 KB of nested arrays", Self.deepArrays(10_000)),
                ("a 1 MB string", Array("{\"email\": \"\(Self.megabyte)\"}".utf8)),
            ]
            let commentBodies: [(String, [UInt8])] = [
                ("70 KB of comment text", Array("{\"text\": \"\(String(repeating: "word ", count: 14_000))\"}".utf8)),
                ("70 KB of nested arrays", Self.deepArrays(35_000)),
                ("a 1 MB string", Array("{\"text\": \"\(Self.megabyte)\"}".utf8)),
            ]
            var requests: [(String, String, [(String, String)], String, [UInt8])] = sessionBodies.map { ("POST", "/api/v1/sessions", json, $0.0, $0.1) }
            for (name, body) in commentBodies {
                requests.append(("POST", "/api/v1/articles/\(site.article)/comments", auth, name, body))
                requests.append(("PATCH", "/api/v1/comments/\(site.comment)", auth, name, body))
            }
            try await withRunningServer(app) { port in
                for (method, target, headers, name, body) in requests {
                    let res = try await Wire.request(port: port, method, target, headers: headers, body: body)
                    #expect(res.status == 413, "\(method) \(target) with \(name): \(res.text.prefix(160))")
                    #expect(TestAPI.json(res.body)?["error"] as? String == "too_large")
                }
            }
            #expect(try await Comment.query(on: app.db).count() == 1)
            #expect(try await Comment.find(site.comment, on: app.db)?.text == DiscussionTests.clean)
        }
    }

    @Test func aFormPostOverTheRouteBodyLimitIsRefused413() async throws {
        try await withTestApp { app in
            let s = try await DiscussionTests.setup(app)
            _ = try await app.newsdesk.users.create(.init(email: "rita@example.com", password: AccountFlowTests.password,
                                                          displayName: "Rita", role: .reader, confirmed: true), on: app.db)
            try await withRunningServer(app) { port in
                let client = WireClient(port: port)
                #expect(try await client.post("/account/login", ["email": "rita@example.com", "password": AccountFlowTests.password]).status == 303)
                // Form routes take 16 KB: 100 KB of comment text and a 1 MB password are over it.
                let comment = try await client.post("/threads/\(s.articleID)", ["text": String(repeating: "word ", count: 20_000)])
                #expect(comment.status == 413, "POST /threads/\(s.articleID) with 100 KB: \(comment.status) \(comment.text.prefix(200))")
                let login = try await WireClient(port: port).post("/account/login", ["email": "rita@example.com", "password": Self.megabyte])
                #expect(login.status == 413, "POST /account/login with a 1 MB password: \(login.status) \(login.text.prefix(200))")
            }
            #expect(try await Comment.query(on: app.db).count() == 0)
            #expect(try await LoginThrottleRow.query(on: app.db).count() == 0, "the oversized log-in was not even tried")
        }
    }
}
