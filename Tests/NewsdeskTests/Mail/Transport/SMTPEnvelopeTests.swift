import Testing
@testable import Newsdesk

struct SMTPEnvelopeTests {
    @Test(arguments: [
        ("Hello\r\n", "Hello\r\n.\r\n"),
        ("no final line end", "no final line end\r\n.\r\n"),
        (".hidden\r\n", "..hidden\r\n.\r\n"),
        ("a\r\n.\r\nb", "a\r\n..\r\nb\r\n.\r\n"),
        ("lf\nonly\n.dot\n", "lf\r\nonly\r\n..dot\r\n.\r\n"),
        ("cr\ronly\r\r", "cr\r\nonly\r\n\r\n.\r\n"),
        ("mid.dot stays\r\n", "mid.dot stays\r\n.\r\n"),
        ("", ".\r\n"),
    ])
    func normalisesLineEndsAndDotStuffsTheContent(message: String, expected: String) {
        #expect(SMTPEnvelope.dataContent(message) == Array(expected.utf8))
    }

    @Test(arguments: [
        "victim@example.org>\r\nRCPT TO:<other@example.org",
        "two words@example.org",
        "no-at-sign",
        "@example.org",
        "user@",
        "",
    ])
    func refusesAddressesThatCouldInjectCommands(address: String) {
        let message = MailSamples.message(to: [MailAddress(email: address)])
        #expect(throws: MailDeliveryError.self) { try SMTPEnvelope(message) }
    }

    @Test func sendsOnceToEachRecipient() throws {
        let envelope = try SMTPEnvelope(MailSamples.message(to: [
            MailAddress(email: "a@example.org"), MailAddress(email: "b@example.org"), MailAddress(email: "a@example.org"),
        ]))
        #expect(envelope.recipients == ["a@example.org", "b@example.org"])
        #expect(!envelope.needsSMTPUTF8)
    }
}
