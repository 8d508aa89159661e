import Foundation
import JWTKit
import Logging
@testable import Newsdesk

/// Keys of our own and a provider that serves them, for forging ID tokens at the unit level.
enum OpenIDTestKeys {
    static func rsaKey() throws -> Insecure.RSA.PrivateKey {
        let result = try MailTestEnvironment.run("openssl", ["genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048"])
        guard result.status == 0 else { throw MailTestError("openssl genpkey failed: \(result.errors)") }
        return try Insecure.RSA.PrivateKey(pem: String(decoding: result.output, as: UTF8.self))
    }

    static func jwk(_ key: Insecure.RSA.PrivateKey, kid: String) throws -> [String: Any] {
        let (n, e) = try key.publicKey.getKeyPrimitives()
        return ["kty": "RSA", "kid": kid, "use": "sig", "alg": "RS256", "n": PKCE.base64URL(n), "e": PKCE.base64URL(e)]
    }

    static func jwk(_ key: ES256PrivateKey, kid: String) throws -> [String: Any] {
        guard let p = key.parameters else { throw MailTestError("no EC parameters") }
        func url(_ s: String) -> String { s.replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "") }
        return ["kty": "EC", "crv": "P-256", "kid": kid, "use": "sig", "alg": "ES256", "x": url(p.x), "y": url(p.y)]
    }

    static func claims(iss: String = FakeProvider.issuer, aud: [String] = [FakeProvider.clientID], exp: Date, nonce: String? = "n-1",
                       sub: String = "user-1", email: String? = "ana@example.test", verified: Bool = true, azp: String? = nil) -> IDTokenClaims {
        IDTokenClaims(iss: iss, sub: sub, aud: AudienceClaim(value: aud), exp: ExpirationClaim(value: exp), iat: IssuedAtClaim(value: exp.addingTimeInterval(-600)),
                      nonce: nonce, azp: azp, email: email, emailVerified: BoolClaim(value: verified), name: "Ana Example",
                      preferredUsername: nil, givenName: nil, familyName: nil)
    }
}

/// A provider in memory: a discovery document and a key set that a test may change (key rotation).
final class FakeProvider: OpenIDTransport, @unchecked Sendable {
    // `keys` and `fetches` are guarded by `lock`.
    static let issuer = "https://id.example.test"
    static let clientID = "newsdesk-client"
    private let lock = NSLock()
    private var keys: [[String: Any]]
    private var fetches = 0

    init(keys: [[String: Any]]) { self.keys = keys }

    func publish(_ keys: [[String: Any]]) {
        lock.lock()
        self.keys = keys
        lock.unlock()
    }

    private func countedKeys() -> [[String: Any]] {
        lock.lock()
        defer { lock.unlock() }
        fetches += 1
        return keys
    }

    var keyFetches: Int {
        lock.lock()
        defer { lock.unlock() }
        return fetches
    }

    func get(_ url: String) async throws -> (status: UInt, body: Data) {
        if url == Self.issuer + "/.well-known/openid-configuration" {
            let doc = ["issuer": Self.issuer, "authorization_endpoint": Self.issuer + "/authorize",
                       "token_endpoint": Self.issuer + "/token", "jwks_uri": Self.issuer + "/jwks"]
            return (200, try JSONSerialization.data(withJSONObject: doc))
        }
        if url == Self.issuer + "/jwks" {
            return (200, try JSONSerialization.data(withJSONObject: ["keys": countedKeys()]))
        }
        return (404, Data())
    }

    func postForm(_ url: String, form: [(String, String)], basic: (user: String, password: String)?) async throws -> (status: UInt, body: Data) {
        (404, Data())
    }

    func provider() -> OpenIDProvider {
        OpenIDProvider(config: OpenIDProviderConfig(name: "example", issuer: Self.issuer, clientID: Self.clientID, clientSecret: "s", label: "Example"),
                       configProblem: nil, transport: self, logger: Logger(label: "test"))
    }
}
