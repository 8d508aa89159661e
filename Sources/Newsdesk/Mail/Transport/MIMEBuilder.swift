import Foundation

/// Renders a `MailMessage` as an RFC 5322 / MIME message: 7-bit, CRLF line ends, lines of at most 78 characters
/// in the header and 76 in the body. Header values cannot inject headers: line breaks and other controls in them
/// become spaces, and non-ASCII text is written as RFC 2047 encoded-words.
enum MIMEBuilder {
    static func render(_ m: MailMessage) -> String {
        var header = ""
        header += MIMEEncoding.fold("Date", [MIMEEncoding.date(m.date)])
        header += MIMEEncoding.fold("From", MIMEEncoding.mailboxTokens(m.from))
        header += MIMEEncoding.fold("To", addressList(m.to))
        if let replyTo = m.replyTo {
            header += MIMEEncoding.fold("Reply-To", MIMEEncoding.mailboxTokens(replyTo))
        }
        header += MIMEEncoding.fold("Subject", MIMEEncoding.unstructuredTokens(MIMEEncoding.headerText(m.subject)))
        header += MIMEEncoding.fold("Message-ID", ["<\(MIMEEncoding.messageID(m.messageID))>"])
        header += "MIME-Version: 1.0\r\n"
        let language = MIMEEncoding.languageTag(m.language)
        if !language.isEmpty {
            header += MIMEEncoding.fold("Content-Language", [language])
        }
        guard let html = m.htmlBody else {
            return header + part(contentType: "text/plain", body: m.textBody) + "\r\n"
        }
        let boundary = boundary(for: m)
        return header
            + "Content-Type: multipart/alternative;\r\n boundary=\"\(boundary)\"\r\n"
            + "\r\n"
            + "--\(boundary)\r\n" + part(contentType: "text/plain", body: m.textBody)
            + "\r\n--\(boundary)\r\n" + part(contentType: "text/html", body: html)
            + "\r\n--\(boundary)--\r\n"
    }

    /// Content-Type and Content-Transfer-Encoding, a blank line, then the body as quoted-printable. The CRLF after
    /// it belongs to what follows (a boundary delimiter or the end of the message), so the text decodes exactly.
    private static func part(contentType: String, body: String) -> String {
        "Content-Type: \(contentType); charset=utf-8\r\n"
            + "Content-Transfer-Encoding: quoted-printable\r\n"
            + "\r\n"
            + MIMEEncoding.quotedPrintable(body)
    }

    /// Mailboxes separated by commas; folding may break between any two words.
    private static func addressList(_ addresses: [MailAddress]) -> [String] {
        var tokens: [String] = []
        for (index, address) in addresses.enumerated() {
            var mailbox = MIMEEncoding.mailboxTokens(address)
            if index < addresses.count - 1 { mailbox[mailbox.count - 1] += "," }
            tokens += mailbox
        }
        return tokens
    }

    /// A boundary that cannot occur in a quoted-printable body, since "=_" never does there. It is derived from
    /// the message, so rendering the same message twice gives the same bytes.
    private static func boundary(for m: MailMessage) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in (m.messageID + "\u{0}" + m.subject).utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return "=_newsdesk_" + String(hash, radix: 16)
    }
}
