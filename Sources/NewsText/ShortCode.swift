/// Short, unguessable-looking codes for numeric ids (short links), reversible with the key.
///
/// Ids below 62^7 (about 3.5 trillion) map to exactly 7 base62 characters: a keyed Feistel network permutes
/// 42-bit values and cycle-walking keeps the result inside the 62^7 codes, so the mapping is a bijection there
/// and consecutive ids give unrelated codes. Larger ids get the quotient by 62^7 as a base62 prefix, so every
/// UInt64 still has exactly one code.
public enum ShortCode {
    public static let length = 7
    static let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".unicodeScalars)
    static let space: UInt64 = 3_521_614_606_208 // 62^7

    public static func encode(_ n: UInt64, key: UInt64) -> String {
        let high = n / space
        let low = Permutation(key: key).forward(n % space)
        let prefix = high == 0 ? "" : base62(high, minLength: 1)
        return prefix + base62(low, minLength: length)
    }

    /// The id for `code`, or nil when `code` is not a code this key could have produced.
    public static func decode(_ code: String, key: UInt64) -> UInt64? {
        let scalars = Array(code.unicodeScalars)
        guard scalars.count >= length, scalars.count <= length + 4 else { return nil }
        let split = scalars.count - length
        guard split == 0 || scalars[0] != alphabet[0],
              let high = value(of: scalars[..<split]),
              let low = value(of: scalars[split...]), low < space
        else { return nil }
        let (scaled, overflow) = high.multipliedReportingOverflow(by: space)
        guard !overflow else { return nil }
        let (n, carry) = scaled.addingReportingOverflow(Permutation(key: key).backward(low))
        return carry ? nil : n
    }

    private static func base62(_ value: UInt64, minLength: Int) -> String {
        var digits: [Unicode.Scalar] = []
        var rest = value
        while rest > 0 || digits.count < minLength {
            digits.append(alphabet[Int(rest % 62)])
            rest /= 62
        }
        var out = ""
        out.unicodeScalars.append(contentsOf: digits.reversed())
        return out
    }

    private static func value(of digits: ArraySlice<Unicode.Scalar>) -> UInt64? {
        var result: UInt64 = 0
        for digit in digits {
            guard let d = digitValue(digit) else { return nil }
            let (times, o1) = result.multipliedReportingOverflow(by: 62)
            let (sum, o2) = times.addingReportingOverflow(d)
            guard !o1, !o2 else { return nil }
            result = sum
        }
        return result
    }

    private static func digitValue(_ c: Unicode.Scalar) -> UInt64? {
        switch c.value {
        case 0x30...0x39: UInt64(c.value - 0x30)
        case 0x41...0x5A: UInt64(c.value - 0x41 + 10)
        case 0x61...0x7A: UInt64(c.value - 0x61 + 36)
        default: nil
        }
    }
}

/// A keyed permutation of 0..<62^7: a balanced 8-round Feistel network over 42 bits, cycle-walked into range.
struct Permutation: Sendable {
    private static let halfBits: UInt64 = 21
    private static let halfMask: UInt64 = (1 << halfBits) - 1
    private let roundKeys: [UInt64]

    init(key: UInt64) {
        var state = key
        roundKeys = (0..<8).map { _ in Self.splitMix(&state) }
    }

    func forward(_ x: UInt64) -> UInt64 {
        var y = feistel(x, inverse: false)
        while y >= ShortCode.space { y = feistel(y, inverse: false) }
        return y
    }

    func backward(_ y: UInt64) -> UInt64 {
        var x = feistel(y, inverse: true)
        while x >= ShortCode.space { x = feistel(x, inverse: true) }
        return x
    }

    private func feistel(_ value: UInt64, inverse: Bool) -> UInt64 {
        var left = value >> Self.halfBits
        var right = value & Self.halfMask
        if inverse {
            for key in roundKeys.reversed() {
                (left, right) = (right ^ round(left, key), left)
            }
        } else {
            for key in roundKeys {
                (left, right) = (right, left ^ round(right, key))
            }
        }
        return left << Self.halfBits | right
    }

    private func round(_ half: UInt64, _ key: UInt64) -> UInt64 {
        var z = (half ^ key) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 31)) &* 0x94D0_49BB_1331_11EB
        return (z ^ (z >> 29)) & Self.halfMask
    }

    private static func splitMix(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
