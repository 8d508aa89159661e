import Foundation
import JWTKit

/// The claims of an ID token that Newsdesk reads. Signature checking is JWTKit's; the claim rules are
/// `IDTokenRules.check`, run with the site's clock (so tests can fix time), hence the empty `verify`.
struct IDTokenClaims: JWTPayload {
    var iss: String
    var sub: String
    var aud: AudienceClaim
    var exp: ExpirationClaim
    var iat: IssuedAtClaim?
    var nonce: String?
    var azp: String?
    var email: String?
    var emailVerified: BoolClaim?
    var name: String?
    var preferredUsername: String?
    var givenName: String?
    var familyName: String?

    enum CodingKeys: String, CodingKey {
        case iss, sub, aud, exp, iat, nonce, azp, email, name
        case emailVerified = "email_verified"
        case preferredUsername = "preferred_username"
        case givenName = "given_name"
        case familyName = "family_name"
    }

    func verify(using algorithm: some JWTAlgorithm) async throws {}

    /// Only a provider's explicit `email_verified: true` (or "true") confirms the address.
    var emailIsVerified: Bool { emailVerified?.value == true }

    /// The name to offer for a new member: the full name, else the given and family names, else the user name.
    var suggestedName: String {
        let joined = [givenName, familyName].compactMap { $0 }.joined(separator: " ")
        for candidate in [name, joined, preferredUsername, email.map { String($0.split(separator: "@").first ?? "") }] {
            if let c = candidate?.trimmingCharacters(in: .whitespacesAndNewlines), !c.isEmpty,
               case .success(let valid) = DisplayName.validated(c) { return valid }
        }
        return ""
    }
}

/// Why an ID token was not accepted. Each is a refusal; nothing from such a token is used.
enum IDTokenProblem: Error, Equatable, Sendable {
    case malformed
    case algorithmNotAllowed(String)
    case unknownKey
    case badSignature
    case wrongIssuer
    case wrongAudience
    case expired
    case nonceMismatch
    case noSubject

    var message: String {
        switch self {
        case .malformed: "the provider's answer is not a valid ID token"
        case .algorithmNotAllowed(let alg): "the ID token is signed with \(alg), which is not accepted"
        case .unknownKey: "the ID token is signed with a key the provider does not publish"
        case .badSignature: "the ID token's signature is not valid"
        case .wrongIssuer: "the ID token was issued by someone else"
        case .wrongAudience: "the ID token was issued for another site"
        case .expired: "the ID token has expired"
        case .nonceMismatch: "the ID token belongs to another sign-in"
        case .noSubject: "the ID token names no account"
        }
    }
}

/// The rules an ID token must pass (OpenID Connect Core 3.1.3.7), apart from the signature.
enum IDTokenRules {
    /// RS256 is what every provider must support; ES256 is common. `none` and HMAC are never accepted.
    static let algorithms: Set<String> = ["RS256", "ES256"]
    /// Clocks differ a little between us and the provider.
    static let leeway: TimeInterval = 60

    struct Header: Decodable {
        var alg: String
        var kid: String?
    }

    static func header(of token: String) throws(IDTokenProblem) -> Header {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let data = PKCE.fromBase64URL(String(parts[0])),
              let header = try? JSONDecoder().decode(Header.self, from: data) else { throw .malformed }
        guard algorithms.contains(header.alg) else { throw .algorithmNotAllowed(header.alg) }
        return header
    }

    static func check(_ claims: IDTokenClaims, issuer: String, clientID: String, nonce: String, now: Date) throws(IDTokenProblem) {
        guard claims.iss == issuer else { throw .wrongIssuer }
        guard claims.aud.value.contains(clientID) else { throw .wrongAudience }
        // With several audiences the token must say it was issued to us (the authorized party).
        if claims.aud.value.count > 1, let azp = claims.azp, azp != clientID { throw .wrongAudience }
        guard claims.exp.value.addingTimeInterval(leeway) > now else { throw .expired }
        guard let sent = claims.nonce, !nonce.isEmpty, constantTimeEqual(sent, nonce) else { throw .nonceMismatch }
        guard !claims.sub.isEmpty, claims.sub.count <= 255 else { throw .noSubject }
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
