import Foundation
import Testing
@testable import Newsdesk

enum MailSamples {
    static let date = Date(timeIntervalSince1970: 1_795_917_615)  // Sun, 29 Nov 2026 02:00:15 +0000

    static func message(
        subject: String = "Welcome", from: MailAddress = MailAddress(email: "desk@newsdesk.test", name: "Newsdesk"),
        to: [MailAddress] = [MailAddress(email: "reader@example.org", name: "Reader")],
        text: String = "Hello.\nThank you for registering.", html: String? = "<p>Hello.</p>",
        language: String = "en", messageID: String = "1b2c3d@newsdesk.test"
    ) -> MailMessage {
        MailMessage(from: from, to: to, replyTo: nil, subject: subject, textBody: text, htmlBody: html,
                    language: language, messageID: messageID, date: date)
    }

    /// The header block of a rendered message, unfolded, as (name, value) pairs.
    static func headers(_ rendered: String) -> [(name: String, value: String)] {
        let head = rendered.components(separatedBy: "\r\n\r\n")[0].replacingOccurrences(of: "\r\n ", with: " ")
        return head.components(separatedBy: "\r\n").map { line in
            let colon = line.firstIndex(of: ":") ?? line.endIndex
            return (String(line[..<colon]), String(line[colon...].dropFirst().drop { $0 == " " }))
        }
    }

    static func header(_ name: String, in rendered: String) -> String? {
        headers(rendered).first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// Lines of the raw message, split at CRLF only.
    static func lines(_ rendered: String) -> [Substring] {
        rendered.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .map { Substring(String(decoding: $0, as: UTF8.self)) }
    }

    /// A small quoted-printable decoder for the checks (soft breaks removed, =XX decoded).
    static func decodeQuotedPrintable(_ encoded: String) -> String {
        let joined = Array(encoded.replacingOccurrences(of: "=\r\n", with: "").utf8)
        var bytes: [UInt8] = []
        var index = 0
        while index < joined.count {
            if joined[index] == UInt8(ascii: "="), index + 2 < joined.count,
               let value = UInt8(String(decoding: joined[index + 1...index + 2], as: UTF8.self), radix: 16) {
                bytes.append(value)
                index += 3
            } else {
                bytes.append(joined[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

struct MIMEBuilderTests {
    @Test(arguments: [
        ("Welcome to Newsdesk", "Welcome to Newsdesk"),
        ("Привет, мир", "=?utf-8?B?0J/RgNC40LLQtdGCLCDQvNC40YA=?="),
        ("Looks like =?utf-8?B?eA==?= but is not", "=?utf-8?B?TG9va3MgbGlrZSA9P3V0Zi04P0I/ZUE9PT89IGJ1?= =?utf-8?B?dCBpcyBub3Q=?="),
    ])
    func writesSubjectAsPlainTextOrEncodedWords(subject: String, expected: String) {
        let rendered = MIMEBuilder.render(MailSamples.message(subject: subject))
        #expect(MailSamples.header("Subject", in: rendered) == expected)
    }

    @Test(arguments: [
        (MailAddress(email: "a@example.org", name: nil), "a@example.org"),
        (MailAddress(email: "a@example.org", name: "Anna Berg"), "Anna Berg <a@example.org>"),
        (MailAddress(email: "a@example.org", name: "Berg, Anna \"AB\""), "\"Berg, Anna \\\"AB\\\"\" <a@example.org>"),
        (MailAddress(email: "ivan@example.org", name: "Иван Петров"),
         "=?utf-8?B?0JjQstCw0L0g0J/QtdGC0YDQvtCy?= <ivan@example.org>"),
    ])
    func writesDisplayNamesAsAtomsQuotedStringsOrEncodedWords(address: MailAddress, expected: String) {
        let rendered = MIMEBuilder.render(MailSamples.message(to: [address]))
        #expect(MailSamples.header("To", in: rendered) == expected)
    }

    @Test(arguments: [
        MailSamples.message(subject: "Hi\r\nBcc: victim@example.org"),
        MailSamples.message(subject: "Hi\nBcc: victim@example.org\u{2028}X-Evil: 1"),
        MailSamples.message(to: [MailAddress(email: "a@example.org", name: "Eve\r\nBcc: victim@example.org")]),
        MailSamples.message(to: [MailAddress(email: "a@example.org\r\nBcc: victim@example.org", name: nil)]),
        MailSamples.message(language: "en\r\nBcc: victim@example.org"),
        MailSamples.message(messageID: "x@y\r\nBcc: victim@example.org"),
    ])
    func neverLetsAHeaderValueStartAnotherHeader(message: MailMessage) {
        let rendered = MIMEBuilder.render(message)
        let names = MailSamples.headers(rendered).map { $0.name.lowercased() }
        #expect(!names.contains("bcc"))
        #expect(!names.contains("x-evil"))
        #expect(Set(names).count == names.count)
    }

    @Test(arguments: [
        MailSamples.message(),
        MailSamples.message(subject: String(repeating: "Очень длинная тема письма ", count: 12), html: nil),
        MailSamples.message(
            to: (1...8).map { MailAddress(email: "reader\($0)@example.org", name: "Читатель номер \($0)") },
            text: String(repeating: "Строка без переносов и с пробелом в конце ", count: 20) + " \n.\n..\r\nend\rx"),
    ])
    func writesSevenBitCRLFLinesWithinTheLimits(message: MailMessage) {
        let rendered = MIMEBuilder.render(message)
        #expect(rendered.unicodeScalars.allSatisfy { $0.isASCII })
        let bytes = Array(rendered.utf8)
        let bareLineEnds = bytes.indices.filter { offset in
            switch bytes[offset] {
            case UInt8(ascii: "\n"): offset == 0 || bytes[offset - 1] != UInt8(ascii: "\r")
            case UInt8(ascii: "\r"): offset + 1 == bytes.count || bytes[offset + 1] != UInt8(ascii: "\n")
            default: false
            }
        }
        #expect(bareLineEnds.isEmpty)
        let lines = rendered.components(separatedBy: "\r\n")
        let headerEnd = lines.firstIndex(of: "") ?? lines.count
        #expect(lines[..<headerEnd].allSatisfy { $0.utf8.count <= 78 })
        #expect(lines[headerEnd...].allSatisfy { $0.utf8.count <= 76 })
        #expect(rendered.hasSuffix("\r\n"))
    }

    @Test func writesTheRequiredHeaders() {
        let rendered = MIMEBuilder.render(MailSamples.message(language: "ru"))
        #expect(MailSamples.header("Date", in: rendered) == "Sun, 29 Nov 2026 02:00:15 +0000")
        #expect(MailSamples.header("From", in: rendered) == "Newsdesk <desk@newsdesk.test>")
        #expect(MailSamples.header("Message-ID", in: rendered) == "<1b2c3d@newsdesk.test>")
        #expect(MailSamples.header("MIME-Version", in: rendered) == "1.0")
        #expect(MailSamples.header("Content-Language", in: rendered) == "ru")
        #expect(MailSamples.header("Reply-To", in: rendered) == nil)
    }

    @Test func writesReplyToWhenGiven() {
        var message = MailSamples.message()
        message.replyTo = MailAddress(email: "editors@newsdesk.test", name: "Editors")
        #expect(MailSamples.header("Reply-To", in: MIMEBuilder.render(message)) == "Editors <editors@newsdesk.test>")
    }

    @Test func writesPlainTextAloneWhenThereIsNoHTML() {
        let rendered = MIMEBuilder.render(MailSamples.message(text: "Only text.", html: nil))
        #expect(MailSamples.header("Content-Type", in: rendered) == "text/plain; charset=utf-8")
        #expect(MailSamples.header("Content-Transfer-Encoding", in: rendered) == "quoted-printable")
        #expect(rendered.hasSuffix("\r\n\r\nOnly text.\r\n"))
    }

    @Test func writesTextAndHTMLAsAlternativesSeparatedByABoundary() throws {
        let rendered = MIMEBuilder.render(MailSamples.message(text: "Text part", html: "<p>HTML part</p>"))
        let contentType = try #require(MailSamples.header("Content-Type", in: rendered))
        #expect(contentType.hasPrefix("multipart/alternative; boundary=\""))
        let boundary = contentType.split(separator: "\"")[1]
        let sections = rendered.components(separatedBy: "\r\n--\(boundary)")
        #expect(sections.count == 4)
        #expect(sections[1].contains("Content-Type: text/plain; charset=utf-8\r\n"))
        #expect(sections[1].hasSuffix("\r\n\r\nText part"))
        #expect(sections[2].contains("Content-Type: text/html; charset=utf-8\r\n"))
        #expect(sections[2].hasSuffix("\r\n\r\n<p>HTML part</p>"))
        #expect(sections[3] == "--\r\n")
        #expect(MIMEBuilder.render(MailSamples.message(text: "Text part", html: "<p>HTML part</p>")) == rendered)
    }

    @Test(arguments: [
        ("a=b", "a=3Db"),
        ("trailing space ", "trailing space=20"),
        ("tab\t", "tab=09"),
        ("Жук", "=D0=96=D1=83=D0=BA"),
        ("one\ntwo\r\nthree\rfour", "one\r\ntwo\r\nthree\r\nfour"),
        (".starts with a dot", ".starts with a dot"),
    ])
    func encodesBodiesAsQuotedPrintable(text: String, expected: String) {
        #expect(MIMEEncoding.quotedPrintable(text) == expected)
    }

    @Test(arguments: [
        String(repeating: "x", count: 500),
        String(repeating: "Длинная строка = с пробелами ", count: 30),
        String(repeating: "word ", count: 100) + "\n" + String(repeating: "=", count: 80),
    ])
    func wrapsLongBodyLinesSoTheyDecodeBackExactly(text: String) {
        let encoded = MIMEEncoding.quotedPrintable(text)
        #expect(encoded.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 76 })
        #expect(MailSamples.decodeQuotedPrintable(encoded) == text.replacingOccurrences(of: "\n", with: "\r\n"))
    }
}
