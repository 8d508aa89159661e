import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

/// Over-long addresses and headers are refused with their own status (414, 431) and paths no route or file can have
/// are 404, before routing or the file system — never a 500. Each case runs in-process and over a real socket,
/// where the HTTP parser sees the raw bytes first.
@Suite("Request limits: long paths, addresses and headers")
struct RequestLimitsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let target: String
        let headers: [Header]
        let status: Int
        /// Text the answer's page must show.
        let shows: String

        struct Header: Sendable { let name: String; let value: String }

        var testDescription: String { name }
    }

    static let notFound = "Page not found"
    static let segment300 = String(repeating: "a", count: 300)
    /// 50 segments of 99 bytes: 5,000 bytes, each segment short enough on its own.
    static let path5000 = (0..<50).map { _ in "/" + String(repeating: "b", count: 99) }.joined()

    static let cases: [Case] = [
        Case(name: "one 300-byte segment", target: "/" + segment300, headers: [], status: 404, shows: notFound),
        Case(name: "a 300-byte article slug", target: "/articles/" + segment300, headers: [], status: 404, shows: notFound),
        Case(name: "a 300-byte static file name", target: "/static/" + segment300 + ".css", headers: [], status: 404, shows: notFound),
        Case(name: "a 5,000-byte path", target: path5000, headers: [], status: 404, shows: notFound),
        Case(name: "a 9,000-byte address", target: "/news?q=" + String(repeating: "x", count: 9000), headers: [], status: 414,
             shows: "The address is too long."),
        Case(name: "one 10 KB header", target: "/news",
             headers: [.init(name: "X-Filler", value: String(repeating: "h", count: 10 * 1024))], status: 431,
             shows: "The request headers are too large."),
        Case(name: "40 headers of 1 KB (40 KB in all)", target: "/news",
             headers: (0..<40).map { .init(name: "X-Filler-\($0)", value: String(repeating: "h", count: 1000)) }, status: 431,
             shows: "The request headers are too large."),
        // Under the limits everything is served as usual.
        Case(name: "a 7,000-byte address", target: "/news?q=" + String(repeating: "x", count: 7000), headers: [], status: 200,
             shows: "All news"),
        Case(name: "one 7 KB header", target: "/news",
             headers: [.init(name: "X-Filler", value: String(repeating: "h", count: 7 * 1024))], status: 200, shows: "All news"),
        Case(name: "20 headers of 1 KB", target: "/news",
             headers: (0..<20).map { .init(name: "X-Filler-\($0)", value: String(repeating: "h", count: 1000)) }, status: 200,
             shows: "All news"),
    ]

    @Test(arguments: cases)
    func answersWithItsOwnStatusInProcessAndOverTheWire(_ c: Case) async throws {
        try await withTestApp { app in
            _ = try await Fixture.build(app)
            var headers = HTTPHeaders()
            for h in c.headers { headers.add(name: h.name, value: h.value) }
            try await app.testing().test(.GET, c.target, headers: headers) { res in
                #expect(Int(res.status.code) == c.status, "in-process: \(res.body.string.prefix(200))")
                #expect(res.body.string.contains(c.shows), "in-process page: \(res.body.string.prefix(300))")
                #expect(!res.body.string.contains("Something went wrong"))
            }
            try await withRunningServer(app) { port in
                let res = try await Wire.request(port: port, "GET", c.target, headers: c.headers.map { ($0.name, $0.value) })
                #expect(res.status == c.status, "over the wire: \(res.text.prefix(200))")
                #expect(res.text.contains(c.shows), "over the wire page: \(res.text.prefix(300))")
                #expect(res.headers.first(name: "Permissions-Policy") != nil)
            }
        }
    }
}
