import Crypto
import Foundation

/// The signed contents of a captcha token. Binary layout (then URL-safe base64, no padding):
/// version(1) purposeLength(1) purpose nonce(16) issuedAt(8, BE seconds) expiresAt(8) difficulty(1)
/// answerDigest(32) signature(32, HMAC-SHA256 over everything before it).
struct CaptchaToken: Equatable {
    static let version: UInt8 = 1
    static let nonceLength = 16
    private static let digestLength = 32

    let purpose: String
    let nonce: [UInt8]
    let issuedAt: Int64
    let expiresAt: Int64
    let difficultyBits: Int
    let answerDigest: [UInt8]

    func signed(with key: SymmetricKey) -> String {
        var body: [UInt8] = [Self.version, UInt8(purpose.utf8.count)]
        body += Array(purpose.utf8) + nonce
        body += Self.bigEndian(issuedAt) + Self.bigEndian(expiresAt)
        body.append(UInt8(difficultyBits))
        body += answerDigest
        return SecurityEncoding.base64URL(body + Array(HMAC<SHA256>.authenticationCode(for: body, using: key)))
    }

    /// Checks the shape first, then the signature, so nothing unsigned is ever trusted.
    static func verified(_ text: String, key: SymmetricKey) throws(CaptchaError) -> CaptchaToken {
        guard text.utf8.count <= 512, let bytes = SecurityEncoding.bytes(fromBase64URL: text),
              bytes.count > 2 + digestLength
        else { throw .malformed }
        let body = Array(bytes.dropLast(digestLength))
        let signature = Array(bytes.suffix(digestLength))
        guard HMAC<SHA256>.isValidAuthenticationCode(signature, authenticating: body, using: key) else {
            throw .badSignature
        }
        return try parse(body)
    }

    private static func parse(_ body: [UInt8]) throws(CaptchaError) -> CaptchaToken {
        guard body[0] == version else { throw .malformed }
        let purposeLength = Int(body[1])
        guard body.count == 2 + purposeLength + nonceLength + 8 + 8 + 1 + digestLength,
              let purpose = String(validating: body[2..<(2 + purposeLength)], as: UTF8.self)
        else { throw .malformed }
        var cursor = 2 + purposeLength
        func take(_ count: Int) -> ArraySlice<UInt8> {
            defer { cursor += count }
            return body[cursor..<(cursor + count)]
        }
        return CaptchaToken(
            purpose: purpose,
            nonce: Array(take(nonceLength)),
            issuedAt: integer(take(8)),
            expiresAt: integer(take(8)),
            difficultyBits: Int(take(1).first!),
            answerDigest: Array(take(digestLength))
        )
    }

    private static func bigEndian(_ value: Int64) -> [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: UInt64(bitPattern: value) >> UInt64(56 - 8 * $0)) }
    }

    private static func integer(_ bytes: ArraySlice<UInt8>) -> Int64 {
        Int64(bitPattern: bytes.reduce(UInt64(0)) { ($0 << 8) | UInt64($1) })
    }
}
