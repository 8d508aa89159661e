import Crypto
import Foundation

/// Proof Key for Code Exchange (RFC 7636), method S256: the verifier stays with us, its SHA-256 goes to the
/// provider with the authorization request, and only who holds the verifier can redeem the code.
struct PKCE: Sendable, Equatable {
    let verifier: String

    /// 32 random bytes, base64url: 43 characters, within the 43–128 the RFC allows.
    static func generate() -> PKCE { PKCE(verifier: randomURLSafe(bytes: 32)) }

    var challenge: String { Self.challenge(for: verifier) }

    static func challenge(for verifier: String) -> String {
        base64URL(Data(SHA256.hash(data: Data(verifier.utf8))))
    }

    static func randomURLSafe(bytes count: Int) -> String {
        var rng = SystemRandomNumberGenerator()
        return base64URL(Data((0..<count).map { _ in UInt8.random(in: 0...255, using: &rng) }))
    }

    static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func fromBase64URL(_ text: String) -> Data? {
        var s = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while s.count % 4 != 0 { s += "=" }
        return Data(base64Encoded: s)
    }
}
