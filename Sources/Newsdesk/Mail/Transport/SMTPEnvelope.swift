/// The envelope of one message (MAIL FROM and RCPT TO addresses) and its DATA content, checked before any
/// byte is sent: an address that could smuggle a command into the dialogue makes the message unusable.
struct SMTPEnvelope: Sendable, Equatable {
    var sender: String
    var recipients: [String]

    init(_ message: MailMessage) throws {
        sender = try Self.checked(message.from.email, role: "sender")
        var recipients: [String] = []
        for address in message.to {
            let email = try Self.checked(address.email, role: "recipient")
            if !recipients.contains(email) { recipients.append(email) }
        }
        guard !recipients.isEmpty else { throw MailDeliveryError.permanent("the message has no recipient") }
        self.recipients = recipients
    }

    /// True when an address is not ASCII, which needs the server's SMTPUTF8 extension.
    var needsSMTPUTF8: Bool {
        !([sender] + recipients).allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) }
    }

    /// An address is local@domain of at most 254 bytes, with no white space, controls or angle brackets.
    static func checked(_ email: String, role: String) throws -> String {
        let valid = email.utf8.count <= 254
            && email.unicodeScalars.allSatisfy { scalar in
                !scalar.properties.isWhitespace && scalar.properties.generalCategory != .control
                    && scalar != "<" && scalar != ">"
            }
            && email.split(separator: "@", omittingEmptySubsequences: false).count >= 2
            && !email.hasPrefix("@") && !email.hasSuffix("@")
        guard valid else {
            throw MailDeliveryError.permanent("the \(role) address \"\(MIMEEncoding.headerText(email))\" is not usable")
        }
        return email
    }

    /// The message as DATA content: every line end made CRLF, a "." doubled at the start of a line (RFC 5321
    /// §4.5.2), then the terminating "." line.
    static func dataContent(_ message: String) -> [UInt8] {
        let cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n"), dot = UInt8(ascii: ".")
        var out: [UInt8] = []
        out.reserveCapacity(message.utf8.count + message.utf8.count / 50 + 8)
        var atLineStart = true
        var afterCR = false
        for byte in message.utf8 {
            if byte == lf && afterCR {
                afterCR = false
                continue
            }
            afterCR = byte == cr
            if byte == cr || byte == lf {
                out += [cr, lf]
                atLineStart = true
                continue
            }
            if atLineStart && byte == dot { out.append(dot) }
            out.append(byte)
            atLineStart = false
        }
        if !atLineStart { out += [cr, lf] }
        out += [dot, cr, lf]
        return out
    }
}
