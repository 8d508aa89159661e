import Foundation
import JWTKit
import Testing
@testable import Newsdesk

/// The ID token rules with tokens we sign ourselves: each broken rule is refused, a good token passes, on RS256 and
/// ES256, and a rotated key is fetched again.
@Suite("OpenID Connect: ID token verification")
struct OpenIDVerificationTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    func sign(_ claims: IDTokenClaims, rsa key: Insecure.RSA.PrivateKey, kid: String) async throws -> String {
        let keys = JWTKeyCollection()
        await keys.add(rsa: key, digestAlgorithm: .sha256, kid: JWKIdentifier(string: kid))
        return try await keys.sign(claims, kid: JWKIdentifier(string: kid))
    }

    func ready(_ fake: FakeProvider) async throws -> OpenIDProvider {
        let provider = fake.provider()
        #expect(await provider.load(now: Self.now))
        return provider
    }

    func problem(_ body: () async throws -> Void) async -> OpenIDError? {
        do {
            try await body()
            return nil
        } catch let error as OpenIDError {
            return error
        } catch {
            return .providerRefused("\(error)")
        }
    }

    @Test func acceptsAGoodRS256TokenAndReadsItsClaims() async throws {
        let key = try OpenIDTestKeys.rsaKey()
        let provider = try await ready(FakeProvider(keys: [try OpenIDTestKeys.jwk(key, kid: "k1")]))
        let token = try await sign(OpenIDTestKeys.claims(exp: Self.now + 300), rsa: key, kid: "k1")
        let claims = try await provider.verify(token, nonce: "n-1", now: Self.now)
        #expect(claims.sub == "user-1")
        #expect(claims.email == "ana@example.test")
        #expect(claims.emailIsVerified)
        #expect(claims.suggestedName == "Ana Example")
    }

    @Test func acceptsAGoodES256Token() async throws {
        let key = ES256PrivateKey()
        let provider = try await ready(FakeProvider(keys: [try OpenIDTestKeys.jwk(key, kid: "ec1")]))
        let keys = JWTKeyCollection()
        await keys.add(ecdsa: key, kid: "ec1")
        let token = try await keys.sign(OpenIDTestKeys.claims(exp: Self.now + 300), kid: "ec1")
        #expect(try await provider.verify(token, nonce: "n-1", now: Self.now).sub == "user-1")
    }

    @Test func acceptsAnAudienceListThatNamesUs() async throws {
        let key = try OpenIDTestKeys.rsaKey()
        let provider = try await ready(FakeProvider(keys: [try OpenIDTestKeys.jwk(key, kid: "k1")]))
        let token = try await sign(OpenIDTestKeys.claims(aud: ["other-app", FakeProvider.clientID], exp: Self.now + 300, azp: FakeProvider.clientID),
                                   rsa: key, kid: "k1")
        #expect(try await provider.verify(token, nonce: "n-1", now: Self.now).sub == "user-1")
    }

    @Test func refusesEachBrokenRule() async throws {
        let key = try OpenIDTestKeys.rsaKey()
        let provider = try await ready(FakeProvider(keys: [try OpenIDTestKeys.jwk(key, kid: "k1")]))
        let cases: [(IDTokenClaims, String, IDTokenProblem)] = [
            (OpenIDTestKeys.claims(iss: "https://evil.example.test", exp: Self.now + 300), "n-1", .wrongIssuer),
            (OpenIDTestKeys.claims(aud: ["another-site"], exp: Self.now + 300), "n-1", .wrongAudience),
            (OpenIDTestKeys.claims(aud: [FakeProvider.clientID, "x"], exp: Self.now + 300, azp: "x"), "n-1", .wrongAudience),
            (OpenIDTestKeys.claims(exp: Self.now - 120), "n-1", .expired),
            (OpenIDTestKeys.claims(exp: Self.now + 300), "another-nonce", .nonceMismatch),
            (OpenIDTestKeys.claims(exp: Self.now + 300, nonce: nil), "n-1", .nonceMismatch),
            (OpenIDTestKeys.claims(exp: Self.now + 300, sub: ""), "n-1", .noSubject),
        ]
        for (claims, nonce, expected) in cases {
            let token = try await sign(claims, rsa: key, kid: "k1")
            let error = await problem { _ = try await provider.verify(token, nonce: nonce, now: Self.now) }
            #expect(error == .idToken(expected))
        }
    }

    @Test func refusesATokenSignedByAnotherKey() async throws {
        let published = try OpenIDTestKeys.rsaKey()
        let ours = try OpenIDTestKeys.rsaKey()
        let provider = try await ready(FakeProvider(keys: [try OpenIDTestKeys.jwk(published, kid: "k1")]))
        let sameKid = try await sign(OpenIDTestKeys.claims(exp: Self.now + 300), rsa: ours, kid: "k1")
        #expect(await problem { _ = try await provider.verify(sameKid, nonce: "n-1", now: Self.now) } == .idToken(.badSignature))
        let otherKid = try await sign(OpenIDTestKeys.claims(exp: Self.now + 300), rsa: ours, kid: "forged")
        #expect(await problem { _ = try await provider.verify(otherKid, nonce: "n-1", now: Self.now) } == .idToken(.unknownKey))
    }

    @Test func refusesUnsignedHMACAndMalformedTokens() async throws {
        let key = try OpenIDTestKeys.rsaKey()
        let provider = try await ready(FakeProvider(keys: [try OpenIDTestKeys.jwk(key, kid: "k1")]))
        let good = try await sign(OpenIDTestKeys.claims(exp: Self.now + 300), rsa: key, kid: "k1")
        let parts = good.split(separator: ".").map(String.init)
        let none = PKCE.base64URL(Data(#"{"alg":"none","kid":"k1"}"#.utf8)) + "." + parts[1] + "."
        #expect(await problem { _ = try await provider.verify(none, nonce: "n-1", now: Self.now) } == .idToken(.algorithmNotAllowed("none")))
        let hmac = PKCE.base64URL(Data(#"{"alg":"HS256","kid":"k1"}"#.utf8)) + "." + parts[1] + "." + parts[2]
        #expect(await problem { _ = try await provider.verify(hmac, nonce: "n-1", now: Self.now) } == .idToken(.algorithmNotAllowed("HS256")))
        #expect(await problem { _ = try await provider.verify("not.a-token", nonce: "n-1", now: Self.now) } == .idToken(.malformed))
        // The payload changed after signing: the signature no longer matches.
        let changed = PKCE.base64URL(Data(#"{"iss":"https://id.example.test","sub":"admin","aud":"newsdesk-client","exp":1800000300,"nonce":"n-1"}"#.utf8))
        #expect(await problem { _ = try await provider.verify(parts[0] + "." + changed + "." + parts[2], nonce: "n-1", now: Self.now) }
                == .idToken(.badSignature))
    }

    @Test func fetchesTheKeysAgainWhenTheProviderRotatesThem() async throws {
        let old = try OpenIDTestKeys.rsaKey()
        let new = try OpenIDTestKeys.rsaKey()
        let fake = FakeProvider(keys: [try OpenIDTestKeys.jwk(old, kid: "old")])
        let provider = try await ready(fake)
        fake.publish([try OpenIDTestKeys.jwk(new, kid: "new")])
        let token = try await sign(OpenIDTestKeys.claims(exp: Self.now + 300), rsa: new, kid: "new")
        let later = Self.now + OpenIDProvider.keyRefetchInterval
        #expect(try await provider.verify(token, nonce: "n-1", now: later).sub == "user-1")
        #expect(fake.keyFetches == 2)
    }

    @Test func pkceChallengeIsS256OfTheVerifier() {
        // RFC 7636, appendix B.
        #expect(PKCE.challenge(for: "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")
        #expect(PKCE.generate().verifier.count == 43)
    }

    @Test func sealedValuesCannotBeReadOrChanged() throws {
        let sealer = SealedValues(secret: Array(repeating: 3, count: 32), purpose: "oidc")
        let sealed = try sealer.seal(["state": "abc"])
        #expect(!sealed.contains("abc"))
        #expect(sealer.open(sealed, as: [String: String].self) == ["state": "abc"])
        var bytes = Array(sealed)
        bytes[20] = bytes[20] == "A" ? "B" : "A"
        #expect(sealer.open(String(bytes), as: [String: String].self) == nil)
        #expect(SealedValues(secret: Array(repeating: 4, count: 32), purpose: "oidc").open(sealed, as: [String: String].self) == nil)
    }

    @Test func readsProvidersFromTheEnvironmentAndListsProblemsWithoutFailing() throws {
        let (providers, problems) = OpenIDProviderConfig.fromEnvironment([
            "NEWSDESK_OIDC_CORP_SSO_ISSUER": "https://sso.example.test/realms/news/",
            "NEWSDESK_OIDC_CORP_SSO_CLIENT_ID": "newsdesk",
            "NEWSDESK_OIDC_CORP_SSO_CLIENT_SECRET": "s3cret",
            "NEWSDESK_OIDC_CORP_SSO_LABEL": "Newsroom SSO",
            "NEWSDESK_OIDC_BROKEN_ISSUER": "http://sso.example.test",
            "NEWSDESK_DATA": "/tmp/x",
        ])
        #expect(providers.map(\.name) == ["broken", "corp-sso"])
        #expect(providers[1] == OpenIDProviderConfig(name: "corp-sso", issuer: "https://sso.example.test/realms/news", clientID: "newsdesk",
                                                      clientSecret: "s3cret", label: "Newsroom SSO"))
        #expect(problems["corp-sso"] == nil)
        #expect(problems["broken"]?.contains("https://") == true)
        #expect(problems["broken"]?.contains("CLIENT_ID is not set") == true)
    }

    @Test func anUnreachableProviderIsUnavailableNotAnError() async throws {
        let port = try await closedPort()
        let client = OpenIDClient(configs: [OpenIDProviderConfig(name: "gone", issuer: "http://127.0.0.1:\(port)", clientID: "c",
                                                                 clientSecret: nil, label: "Gone")],
                                  problems: [:], transport: FakeProvider(keys: []), logger: .init(label: "test"))
        await client.loadAll(now: Self.now)
        #expect(await client.choices() == [OpenIDChoice(name: "gone", label: "Gone", available: false)])
    }
}
