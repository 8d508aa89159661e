import Crypto
import Foundation

/// RFC 6238 time-based one-time passwords (HMAC-SHA-1), as authenticator apps produce them.
struct TOTP: Sendable {
    let secret: [UInt8]
    let digits: Int
    let period: TimeInterval

    init(secret: [UInt8], digits: Int = 6, period: TimeInterval = 30) {
        precondition((1...10).contains(digits), "TOTP codes have 1 to 10 digits")
        precondition(period >= 1, "TOTP period must be at least a second")
        self.secret = secret
        self.digits = digits
        self.period = period
    }

    /// 20 bytes: the HMAC-SHA-1 output size RFC 4226 recommends for shared secrets.
    static func randomSecret() -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return SecureToken.randomBytes(20, using: &generator)
    }

    func code(at date: Date) -> String {
        code(counter: counter(at: date))
    }

    /// Accepts the current step and one step either side (clock drift, slow typing).
    /// Returns the matched counter: the caller stores it and refuses a counter not above the last one used.
    func validate(_ code: String, at date: Date) -> Int64? {
        let typed = Array(code.utf8.filter { $0 != UInt8(ascii: " ") })
        guard typed.count == digits, typed.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        let now = counter(at: date)
        var matched: Int64?
        for candidate in [now, now - 1, now + 1] where candidate >= 0 {
            // Compare every candidate without stopping early, so timing does not tell which step matched.
            if Self.constantTimeEquals(Array(self.code(counter: candidate).utf8), typed), matched == nil {
                matched = candidate
            }
        }
        return matched
    }

    /// `otpauth://` URI for the QR code authenticator apps scan (Key URI Format).
    func provisioningURI(account: String, issuer: String) -> String {
        let secretText = Base32.encode(secret).replacingOccurrences(of: "=", with: "")
        let label = Self.percentEncoded(issuer) + ":" + Self.percentEncoded(account)
        let periodText = period.rounded() == period ? String(Int(period)) : String(period)
        return "otpauth://totp/\(label)?secret=\(secretText)&issuer=\(Self.percentEncoded(issuer))"
            + "&digits=\(digits)&period=\(periodText)"
    }

    func counter(at date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 / period).rounded(.down))
    }

    private func code(counter: Int64) -> String {
        var message = [UInt8](repeating: 0, count: 8)
        for index in 0..<8 {
            message[index] = UInt8(truncatingIfNeeded: UInt64(bitPattern: counter) >> UInt64(56 - 8 * index))
        }
        let mac = Array(HMAC<Insecure.SHA1>.authenticationCode(for: message, using: SymmetricKey(data: secret)))
        let offset = Int(mac[mac.count - 1] & 0x0f)
        let binary = (UInt64(mac[offset] & 0x7f) << 24) | (UInt64(mac[offset + 1]) << 16)
            | (UInt64(mac[offset + 2]) << 8) | UInt64(mac[offset + 3])
        var modulus: UInt64 = 1
        for _ in 0..<digits { modulus *= 10 }
        let text = String(binary % modulus)
        return String(repeating: "0", count: digits - text.count) + text
    }

    private static func constantTimeEquals(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }

    /// RFC 3986 unreserved characters; everything else (including `:`, `@`, `&`, spaces) is escaped.
    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"
    )

    private static func percentEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }
}
