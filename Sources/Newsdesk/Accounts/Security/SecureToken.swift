import Crypto
import Foundation

/// Random bearer tokens (sessions, confirmation and recovery links) and the digests the database keeps instead.
enum SecureToken {
    /// URL-safe base64 without padding, from the system's cryptographically secure generator.
    static func generate(bytes: Int = 32) -> String {
        var generator = SystemRandomNumberGenerator()
        return SecurityEncoding.base64URL(randomBytes(bytes, using: &generator))
    }

    /// Hex SHA-256 of the token: what is stored, so a leaked table yields no usable token.
    static func hash(_ token: String) -> String {
        SecurityEncoding.hex(SHA256.hash(data: Array(token.utf8)))
    }

    static func randomBytes(_ count: Int, using generator: inout some RandomNumberGenerator) -> [UInt8] {
        (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }
}
