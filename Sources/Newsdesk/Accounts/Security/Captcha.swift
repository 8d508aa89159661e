import Crypto
import Foundation

/// Stateless, signed, expiring proof-of-work captcha with an accessible no-JavaScript fallback question.
/// Nothing is stored at issue time; the caller keeps the nonces of accepted solutions until they expire,
/// which makes each challenge single-use.
struct Captcha: Sendable {
    // Kept as bytes because SymmetricKey is not Sendable.
    private let signingKeyBytes: [UInt8]
    /// Separate from the signing key: the token carries a keyed digest of the fallback answer, and with
    /// an unkeyed hash anyone could read the answer off the token by trying the few possible numbers.
    private let answerKeyBytes: [UInt8]
    let difficultyBits: Int
    let lifetime: TimeInterval

    private static let maxSolutionLength = 64

    init(key: SymmetricKey, difficultyBits: Int = 18, lifetime: TimeInterval = 600) {
        precondition((0...32).contains(difficultyBits), "captcha difficulty is 0 to 32 bits")
        precondition(lifetime >= 1, "captcha lifetime must be at least a second")
        signingKeyBytes = Self.subkey(of: key, for: "newsdesk captcha signature")
        answerKeyBytes = Self.subkey(of: key, for: "newsdesk captcha answer")
        self.difficultyBits = difficultyBits
        self.lifetime = lifetime
    }

    /// A challenge at the base difficulty plus `extraBits` (for addresses asking unusually often).
    func issue(purpose: String, language: String, now: Date, extraBits: Int = 0) -> CaptchaChallenge {
        let difficultyBits = min(32, self.difficultyBits + max(0, extraBits))
        precondition(!purpose.isEmpty && purpose.utf8.count <= 64, "captcha purpose is 1 to 64 bytes")
        var generator = SystemRandomNumberGenerator()
        let question = CaptchaQuestion.random(using: &generator)
        let nonce = SecureToken.randomBytes(CaptchaToken.nonceLength, using: &generator)
        let issuedAt = Int64(now.timeIntervalSince1970.rounded(.down))
        let token = CaptchaToken(
            purpose: purpose,
            nonce: nonce,
            issuedAt: issuedAt,
            expiresAt: issuedAt + Int64(lifetime.rounded(.up)),
            difficultyBits: difficultyBits,
            answerDigest: answerDigest(question.answer, nonce: nonce)
        )
        return CaptchaChallenge(
            token: token.signed(with: signingKey),
            difficultyBits: difficultyBits,
            question: question.text(language: language)
        )
    }

    /// Checks a solution: either `solution` (proof of work: SHA256(token + ":" + solution) has at least the
    /// token's difficulty in leading zero bits) or `answer` (the fallback question's answer, in digits or words,
    /// English or Russian, ignoring case and spaces). Either one valid is enough.
    /// Returns the nonce (hex) for the caller's single-use bookkeeping, and when the token stops being valid.
    func verify(
        token: String, solution: String?, answer: String?, purpose: String, now: Date
    ) throws(CaptchaError) -> (nonce: String, expiresAt: Date) {
        let contents = try CaptchaToken.verified(token, key: signingKey)
        guard now.timeIntervalSince1970 < Double(contents.expiresAt) else { throw .expired }
        guard contents.purpose == purpose else { throw .wrongPurpose }
        let solved = solution.map { Self.isWork($0, for: token, difficultyBits: contents.difficultyBits) } ?? false
        let answered = answer.map { isAnswer($0, for: contents) } ?? false
        guard solved || answered else { throw .wrongSolution }
        return (SecurityEncoding.hex(contents.nonce), Date(timeIntervalSince1970: Double(contents.expiresAt)))
    }

    /// Reference solver, the same search as `Public/static/captcha.js`: decimal counters from 0 upwards.
    static func solve(token: String, difficultyBits: Int) -> String {
        var prefix = SHA256()
        prefix.update(data: Array((token + ":").utf8))
        var counter: UInt64 = 0
        while true {
            let candidate = String(counter)
            var hasher = prefix
            hasher.update(data: Array(candidate.utf8))
            if leadingZeroBits(hasher.finalize()) >= difficultyBits { return candidate }
            counter += 1
        }
    }

    private static func isWork(_ solution: String, for token: String, difficultyBits: Int) -> Bool {
        guard !solution.isEmpty, solution.utf8.count <= maxSolutionLength else { return false }
        return leadingZeroBits(SHA256.hash(data: Array((token + ":" + solution).utf8))) >= difficultyBits
    }

    private func isAnswer(_ answer: String, for token: CaptchaToken) -> Bool {
        guard answer.count <= 64, let number = NumberWords.number(from: answer) else { return false }
        return HMAC<SHA256>.isValidAuthenticationCode(
            token.answerDigest, authenticating: Self.answerMessage(number, nonce: token.nonce), using: answerKey)
    }

    private func answerDigest(_ answer: Int, nonce: [UInt8]) -> [UInt8] {
        Array(HMAC<SHA256>.authenticationCode(for: Self.answerMessage(answer, nonce: nonce), using: answerKey))
    }

    private static func answerMessage(_ answer: Int, nonce: [UInt8]) -> [UInt8] {
        nonce + Array(":\(answer)".utf8)
    }

    private static func leadingZeroBits(_ digest: SHA256.Digest) -> Int {
        var bits = 0
        for byte in digest {
            if byte == 0 {
                bits += 8
                continue
            }
            return bits + byte.leadingZeroBitCount
        }
        return bits
    }

    private var signingKey: SymmetricKey { SymmetricKey(data: signingKeyBytes) }
    private var answerKey: SymmetricKey { SymmetricKey(data: answerKeyBytes) }

    private static func subkey(of key: SymmetricKey, for purpose: String) -> [UInt8] {
        HKDF<SHA256>.deriveKey(inputKeyMaterial: key, info: Array(purpose.utf8), outputByteCount: 32)
            .withUnsafeBytes { Array($0) }
    }
}
