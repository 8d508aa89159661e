import Foundation

/// The encodings `MIMEBuilder` needs: header sanitising and folding (RFC 5322), encoded-words (RFC 2047) and
/// quoted-printable bodies (RFC 2045). Everything here produces 7-bit text with CRLF line ends.
enum MIMEEncoding {
    static let crlf = "\r\n"
    /// Header lines are folded before this many characters (RFC 5322 §2.1.1 recommends 78).
    static let headerLineLimit = 78
    /// Quoted-printable lines are at most 76 characters, the soft break's "=" included (RFC 2045 §6.7).
    static let bodyLineLimit = 76
    /// UTF-8 bytes per encoded-word: "=?utf-8?B?" + 40 base64 characters + "?=" is 52 characters, so even after
    /// "Reply-To: " a line stays within 76 (RFC 2047 §2).
    static let encodedWordBytes = 30

    // MARK: Header values

    /// Turns every control character (CR and LF included) and line or paragraph separator into a space, so no
    /// value can end its header line and start another.
    static func headerText(_ value: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control, .lineSeparator, .paragraphSeparator:
                scalars.append(" ")
            default:
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// An address as it may stand between angle brackets: controls, white space and the characters that would
    /// end or split it (`<>,;"()\`) are dropped. Delivery refuses such addresses before this matters.
    static func addrSpec(_ email: String) -> String {
        let forbidden: Set<Unicode.Scalar> = ["<", ">", ",", ";", "\"", "(", ")", "\\"]
        var scalars = String.UnicodeScalarView()
        for scalar in email.unicodeScalars {
            let category = scalar.properties.generalCategory
            if category == .control || scalar.properties.isWhitespace || forbidden.contains(scalar) { continue }
            if category == .lineSeparator || category == .paragraphSeparator { continue }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// The words of a mailbox (`Name <a@b>`), ready for `fold`.
    static func mailboxTokens(_ address: MailAddress) -> [String] {
        let email = addrSpec(address.email)
        let name = headerText(address.name ?? "").trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { return [email] }
        return phraseTokens(name) + ["<\(email)>"]
    }

    /// A display name: atoms as they are, a quoted-string when it holds specials, encoded-words otherwise.
    static func phraseTokens(_ name: String) -> [String] {
        guard isPlainASCII(name) else { return encodedWords(name) }
        let specials = Set("()<>[]:;@\\,.\"")
        if !name.contains(where: { specials.contains($0) }) { return plainWords(name) }
        let escaped = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return plainWords("\"\(escaped)\"")
    }

    /// Unstructured text such as a Subject: plain words when that is unambiguous, encoded-words otherwise.
    static func unstructuredTokens(_ text: String) -> [String] {
        isPlainASCII(text) ? plainWords(text) : encodedWords(text)
    }

    /// Printable ASCII that folds losslessly at its single spaces and cannot be mistaken for an encoded-word.
    private static func isPlainASCII(_ text: String) -> Bool {
        guard text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) else { return false }
        guard !text.contains("=?"), !text.contains("  "), !text.hasPrefix(" "), !text.hasSuffix(" ") else {
            return false
        }
        return text.split(separator: " ").allSatisfy { $0.utf8.count <= headerLineLimit - 20 }
    }

    private static func plainWords(_ text: String) -> [String] {
        text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    }

    /// RFC 2047 B-encoded words, each holding whole characters of at most `encodedWordBytes` UTF-8 bytes.
    static func encodedWords(_ text: String) -> [String] {
        var words: [String] = []
        var chunk: [UInt8] = []
        func flush() {
            guard !chunk.isEmpty else { return }
            words.append("=?utf-8?B?\(Data(chunk).base64EncodedString())?=")
            chunk.removeAll(keepingCapacity: true)
        }
        for character in text {
            let pieces = character.utf8.count <= encodedWordBytes
                ? [Array(character.utf8)] : character.unicodeScalars.map { Array(String($0).utf8) }
            for bytes in pieces {
                if chunk.count + bytes.count > encodedWordBytes { flush() }
                chunk += bytes
            }
        }
        flush()
        return words
    }

    /// `Name: token token …`, folded with CRLF + space before a token that would pass the line limit.
    static func fold(_ name: String, _ tokens: [String]) -> String {
        var result = "\(name):"
        var lineLength = result.utf8.count
        for token in tokens {
            let length = token.utf8.count
            if lineLength + 1 + length > headerLineLimit && lineLength > name.utf8.count + 1 {
                result += crlf
                lineLength = 0
            }
            result += " " + token
            lineLength += 1 + length
        }
        return result + crlf
    }

    /// Keeps what RFC 5322 allows in a msg-id (dot-atom text and "@").
    static func messageID(_ id: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~.@-")
        let kept = String(id.filter { allowed.contains($0) })
        return kept.isEmpty ? "missing-id@newsdesk.invalid" : kept
    }

    /// A language tag (letters, digits, hyphens), e.g. "en" or "pt-BR".
    static func languageTag(_ tag: String) -> String {
        String(tag.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") }
            .map(Character.init))
    }

    /// RFC 5322 date-time in UTC, e.g. "Sun, 29 Nov 2026 02:00:15 +0000".
    static func date(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ value: Int?) -> String { value.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
        return "\(days[(c.weekday ?? 1) - 1]), \(c.day ?? 1) \(months[(c.month ?? 1) - 1]) \(c.year ?? 1970) "
            + "\(two(c.hour)):\(two(c.minute)):\(two(c.second)) +0000"
    }

    // MARK: Bodies

    /// UTF-8 text as quoted-printable: CR, LF and CRLF become CRLF hard breaks, longer lines get soft breaks,
    /// "=", controls, non-ASCII and white space at a line's end are escaped.
    static func quotedPrintable(_ text: String) -> String {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return normalized.split(separator: "\n", omittingEmptySubsequences: false)
            .map { quotedPrintableLine(Array($0.utf8)) }
            .joined(separator: crlf)
    }

    private static func quotedPrintableLine(_ bytes: [UInt8]) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        var lineLength = 0
        for (index, byte) in bytes.enumerated() {
            let isWhitespace = byte == 0x20 || byte == 0x09
            let literal = (byte >= 0x21 && byte <= 0x7E && byte != UInt8(ascii: "="))
                || (isWhitespace && index < bytes.count - 1)
            let token = literal ? [byte] : [UInt8(ascii: "="), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            if lineLength + token.count > bodyLineLimit - 1 {
                out += Array("=\r\n".utf8)
                lineLength = 0
            }
            out += token
            lineLength += token.count
        }
        return String(decoding: out, as: UTF8.self)
    }
}
