import Fluent
import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

/// `X-Forwarded-For` and `X-Forwarded-Proto` count only from trusted proxies: they decide the address that rate
/// limits see, and whether the session cookie is `__Host-`/Secure and pages send HSTS.
@Suite("Proxy trust: forwarded headers, HTTPS cookies and security headers")
struct ProxyTrustTests {
    static let list = "127.0.0.1, 10.0.0.0/8, ::1, 2001:db8::/32"

    static func parsed(_ text: String) throws -> TrustedProxies {
        switch TrustedProxies.parse(text) {
        case .success(let proxies): return proxies
        case .failure(let bad): throw ParseFailed(entry: bad)
        }
    }

    struct ParseFailed: Error { let entry: String }

    // MARK: The list

    @Test(arguments: [
        ("127.0.0.1", true), ("127.0.0.2", false), ("10.0.0.1", true), ("10.255.255.255", true), ("11.0.0.1", false),
        ("9.255.255.255", false), ("::1", true), ("[::1]", true), ("::2", false), ("2001:db8::1", true),
        ("2001:db8:ffff:ffff::1", true), ("2001:db9::1", false), ("::ffff:10.1.2.3", true), ("fe80::1%eth0", false),
        ("not an address", false), ("", false), ("10.0.0.1/8", false),
    ])
    func parsesAddressesAndBlocksOfBothFamilies(_ address: String, _ trusted: Bool) throws {
        let proxies = try Self.parsed(Self.list)
        #expect(proxies.blocks.count == 4)
        #expect(proxies.trusts(address) == trusted)
    }

    @Test(arguments: ["10.0.0.0/33", "::1/129", "10.0.0.0/-1", "10.0.0.0/eight", "proxy.example.com", "256.0.0.1", "10.0.0.0/8/8",
                      "2001:db8::/32, 192.168.0.0/16, nonsense"])
    func refusesAListWithABadEntryAndNamesIt(_ text: String) {
        guard case .failure(let bad) = TrustedProxies.parse(text) else {
            Issue.record("'\(text)' was accepted")
            return
        }
        #expect(text.contains(bad) && !bad.contains(","), "names the bad entry, got '\(bad)'")
    }

    @Test func anEmptyListTrustsNobodyAndTheDefaultIsLoopback() throws {
        let none = try Self.parsed("")
        #expect(none.blocks.isEmpty)
        #expect(!none.trusts("127.0.0.1"))
        #expect(TrustedProxies.loopback.trusts("127.0.0.1") && TrustedProxies.loopback.trusts("127.8.9.10"))
        #expect(TrustedProxies.loopback.trusts("::1") && TrustedProxies.loopback.trusts("::ffff:127.0.0.1"))
        #expect(!TrustedProxies.loopback.trusts("10.0.0.1"))
    }

    @Test func theEnvironmentVariableIsReadAndABadOneStopsTheStart() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cfg-\(UUID())").path
        let env = ["NEWSDESK_DATA": dir, "NEWSDESK_RESOURCES": packageRoot]
        #expect(try Config.fromEnvironment(env).trustedProxies == .loopback)
        let set = try Config.fromEnvironment(env.merging(["NEWSDESK_TRUSTED_PROXIES": Self.list]) { $1 })
        #expect(set.trustedProxies == (try Self.parsed(Self.list)))
        do {
            _ = try Config.fromEnvironment(env.merging(["NEWSDESK_TRUSTED_PROXIES": "10.0.0.0/8, 10.0.0.0/99"]) { $1 })
            Issue.record("a bad proxy list was accepted")
        } catch let invalid as Config.Invalid {
            #expect(invalid.description.contains("NEWSDESK_TRUSTED_PROXIES"))
            #expect(invalid.description.contains("'10.0.0.0/99'"))
        }
    }

    // MARK: The client's address

    struct Hop: Sendable, CustomTestStringConvertible {
        let name: String
        let peer: String?
        let forwardedFor: [String]
        let client: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        Hop(name: "untrusted peer: the header is ignored", peer: "203.0.113.5", forwardedFor: ["198.51.100.1"], client: "203.0.113.5"),
        Hop(name: "untrusted peer claiming to be a proxy", peer: "203.0.113.5", forwardedFor: ["10.0.0.1"], client: "203.0.113.5"),
        Hop(name: "trusted peer, one hop", peer: "127.0.0.1", forwardedFor: ["198.51.100.1"], client: "198.51.100.1"),
        Hop(name: "trusted peer, the client's own claim before the real hop", peer: "10.0.0.2",
            forwardedFor: ["1.2.3.4, 198.51.100.1"], client: "198.51.100.1"),
        Hop(name: "trusted peer behind another trusted proxy", peer: "127.0.0.1",
            forwardedFor: ["1.2.3.4, 198.51.100.1, 10.0.0.7"], client: "198.51.100.1"),
        Hop(name: "several headers count as one list", peer: "127.0.0.1", forwardedFor: ["1.2.3.4", "198.51.100.1"], client: "198.51.100.1"),
        Hop(name: "IPv6 client through an IPv6 proxy", peer: "::1", forwardedFor: ["2a00:1450:4001::5"], client: "2a00:1450:4001::5"),
        Hop(name: "every hop trusted: the first one", peer: "127.0.0.1", forwardedFor: ["10.0.0.3, 10.0.0.2"], client: "10.0.0.3"),
        Hop(name: "garbage in the header: the peer", peer: "127.0.0.1", forwardedFor: ["<script>"], client: "127.0.0.1"),
        Hop(name: "garbage after a real hop: the peer", peer: "127.0.0.1", forwardedFor: ["198.51.100.1, unknown"], client: "127.0.0.1"),
        Hop(name: "an address with a port is garbage", peer: "127.0.0.1", forwardedFor: ["198.51.100.1:4711"], client: "127.0.0.1"),
        Hop(name: "empty header: the peer", peer: "127.0.0.1", forwardedFor: [""], client: "127.0.0.1"),
        Hop(name: "no header: the peer", peer: "10.9.9.9", forwardedFor: [], client: "10.9.9.9"),
        Hop(name: "no peer at all", peer: nil, forwardedFor: ["198.51.100.1"], client: "unknown"),
    ])
    func takesTheLastUntrustedHopOnlyFromTrustedPeers(_ hop: Hop) throws {
        let proxies = try Self.parsed(Self.list)
        #expect(proxies.clientAddress(peer: hop.peer, forwardedFor: hop.forwardedFor) == hop.client)
    }

    // MARK: Over HTTP (the running server's peer is 127.0.0.1, trusted by default)

    static let https: [(String, String)] = [("X-Forwarded-Proto", "https"), ("X-Forwarded-For", "198.51.100.23")]

    static func member(_ app: Application) async throws {
        _ = try await Fixture.build(app)
        _ = try await app.newsdesk.users.create(.init(email: "rita@example.com", password: AccountFlowTests.password,
                                                      displayName: "Rita", role: .reader, confirmed: true), on: app.db)
    }

    static func logIn(_ client: WireClient) async throws -> WireResponse {
        try await client.post("/account/login", ["email": "rita@example.com", "password": AccountFlowTests.password])
    }

    @Test func behindATrustedHTTPSProxyTheSessionCookieIsHostPrefixedAndSecureAndPagesSendHSTS() async throws {
        try await withTestApp { app in
            try await Self.member(app)
            try await withRunningServer(app) { port in
                let client = WireClient(port: port, headers: Self.https)
                let page = try await client.get("/account/login")
                #expect(page.status == 200)
                #expect(page.headers.first(name: "Strict-Transport-Security") == "max-age=31536000")
                let csrf = try #require(WireClient.setCookies(page).first { $0.name == CSRFMiddleware.cookieName })
                #expect(csrf.has("Secure"))

                let login = try await Self.logIn(client)
                #expect(login.status == 303, "\(login.text.prefix(300))")
                #expect(login.headers.first(name: "Strict-Transport-Security") != nil)
                let cookies = WireClient.setCookies(login)
                let session = try #require(cookies.first { $0.name == "__Host-newsdesk_session" }, "\(login.headers[.setCookie])")
                #expect(!session.value.isEmpty)
                #expect(session.has("Secure") && session.has("HttpOnly") && session.has("Path=/"))
                #expect(!session.attributes.contains { $0.lowercased().hasPrefix("domain=") }, "a __Host- cookie has no Domain")
                #expect(!cookies.contains { $0.name == "newsdesk_session" })

                let front = try await client.get("/")
                #expect(front.text.contains("Hello, Rita!"), "the __Host- cookie logs the member in")
                #expect(front.headers.first(name: "Strict-Transport-Security") != nil)

                // The address rate limits and throttles see is the forwarded one.
                let wrong = try await WireClient(port: port, headers: Self.https)
                    .post("/account/login", ["email": "rita@example.com", "password": "not the password"])
                #expect(wrong.status == 401)
            }
            #expect(try await LoginThrottleRow.query(on: app.db).filter(\.$key == "ip:198.51.100.23").count() == 1)
            #expect(try await LoginThrottleRow.query(on: app.db).filter(\.$key == "ip:127.0.0.1").count() == 0)
        }
    }

    @Test func withNoTrustedProxiesTheSameHeadersAreIgnored() async throws {
        try await withTestApp(adjusting: { $0.trustedProxies = TrustedProxies(blocks: []) }) { app in
            #expect(app.newsdesk.config.trustedProxies.blocks.isEmpty)
            try await Self.member(app)
            try await withRunningServer(app) { port in
                let client = WireClient(port: port, headers: Self.https)
                let page = try await client.get("/account/login")
                #expect(page.status == 200)
                #expect(page.headers.first(name: "Strict-Transport-Security") == nil)

                let login = try await Self.logIn(client)
                #expect(login.status == 303, "\(login.text.prefix(300))")
                #expect(login.headers.first(name: "Strict-Transport-Security") == nil)
                let cookies = WireClient.setCookies(login)
                let session = try #require(cookies.first { $0.name == "newsdesk_session" }, "\(login.headers[.setCookie])")
                #expect(!session.has("Secure"))
                #expect(session.has("HttpOnly"))
                #expect(!cookies.contains { $0.name == "__Host-newsdesk_session" })
                #expect(try await client.get("/").text.contains("Hello, Rita!"))

                let wrong = try await WireClient(port: port, headers: Self.https)
                    .post("/account/login", ["email": "rita@example.com", "password": "not the password"])
                #expect(wrong.status == 401)
            }
            #expect(try await LoginThrottleRow.query(on: app.db).filter(\.$key == "ip:127.0.0.1").count() == 1)
            #expect(try await LoginThrottleRow.query(on: app.db).filter(\.$key == "ip:198.51.100.23").count() == 0)
        }
    }

    // MARK: Permissions-Policy on every answer

    @Test func everyAnswerCarriesThePermissionsPolicy() async throws {
        try await withTestApp { app in
            let s = try await DiscussionTests.setup(app)
            let targets = ["/", "/news", s.path, "/section/world", "/multimedia", "/account/login", "/account/register", "/privacy",
                           "/static/site.css", "/static/favicon.svg", "/api/v1/articles", "/api/v1/articles/\(s.articleID)",
                           "/api/v1/editions", "/api/v1/articles?limit=abc", "/no-such-page", "/api/v1/nothing",
                           "/threads/999999/live", "/" + String(repeating: "x", count: 300), "/news?q=" + String(repeating: "q", count: 9000), Paths.sitemap]
            var seen: Set<UInt> = []
            for target in targets {
                try await app.testing().test(.GET, target) { res in
                    seen.insert(res.status.code)
                    let policy = res.headers.first(name: "Permissions-Policy")
                    #expect(policy == SecurityHeadersMiddleware.permissionsPolicy, "\(target.prefix(40)) → \(res.status.code)")
                }
            }
            #expect(SecurityHeadersMiddleware.permissionsPolicy.contains("camera=()"))
            #expect(SecurityHeadersMiddleware.permissionsPolicy.contains("geolocation=()"))
            #expect(SecurityHeadersMiddleware.permissionsPolicy.contains("microphone=()"))
            #expect(seen.isSuperset(of: [200, 404, 414, 422]), "pages, errors and refusals were all checked: \(seen)")
            // A redirect too.
            let client = FormClient(app)
            let redirect = try await client.post("/account/logout", [:])
            #expect(redirect.status == .seeOther)
            #expect(redirect.headers.first(name: "Permissions-Policy") == SecurityHeadersMiddleware.permissionsPolicy)
        }
    }
}
