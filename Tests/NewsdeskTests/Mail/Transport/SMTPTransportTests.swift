import Foundation
import Logging
import NIOCore
import NIOPosix
import Testing
@testable import Newsdesk

/// Delivery through a real SMTP server (aiosmtpd) on 127.0.0.1.
struct SMTPTransportTests {
    static let subject = "Подтвердите адрес — Newsdesk"
    static let longLine = String(repeating: "Длинная строка текста без переноса, ", count: 12) + "конец."
    static let text = "Здравствуйте!\n.hidden line starts with a dot\n.\n\(longLine)\nThe end."
    static let html = "<p>Здравствуйте!</p>\n.<p>dot first</p>\n<p>\(longLine)</p>"

    func transport(_ configuration: SMTPConfiguration) -> SMTPTransport {
        SMTPTransport(configuration: configuration, eventLoopGroup: MultiThreadedEventLoopGroup.singleton,
                      logger: Logger(label: "newsdesk.mail.test"))
    }

    func plain(_ port: Int) throws -> SMTPConfiguration {
        var configuration = try SMTPConfiguration.parse(url: "smtp://127.0.0.1:\(port)?tls=none&helo=newsdesk.test")
        configuration.timeout = .seconds(10)
        return configuration
    }

    func secured(_ url: String) throws -> SMTPConfiguration {
        var configuration = try SMTPConfiguration.parse(url: url)
        configuration.trustsSelfSigned = true
        configuration.timeout = .seconds(10)
        return configuration
    }

    func expectError(
        _ matches: (MailDeliveryError) -> Bool, sending message: MailMessage = MailSamples.message(),
        with configuration: SMTPConfiguration, sourceLocation: SourceLocation = #_sourceLocation
    ) async {
        await #expect(sourceLocation: sourceLocation) {
            try await transport(configuration).send(message)
        } throws: { error in
            guard let error = error as? MailDeliveryError else { return false }
            return matches(error)
        }
    }

    @Test func deliversToTwoRecipientsWithBothPartsDecodedExactly() async throws {
        try await withMailTestServer { server in
            let message = MailSamples.message(
                subject: Self.subject, from: MailAddress(email: "desk@newsdesk.test", name: "Редакция Newsdesk"),
                to: [MailAddress(email: "anna@example.org", name: "Анна"), MailAddress(email: "bob@example.org")],
                text: Self.text, html: Self.html, language: "ru")
            try await transport(plain(server.port)).send(message)

            let messages = try server.messages()
            try #require(messages.count == 1)
            let raw = String(decoding: messages[0], as: UTF8.self)
            #expect(raw.hasPrefix("Return-Path: <desk@newsdesk.test>\r\nX-Envelope-To: anna@example.org, bob@example.org\r\n"))
            let mail = try MailTestEnvironment.parse(messages[0])
            #expect(mail.defects.isEmpty)
            #expect(mail.bareLineFeeds == 0)
            #expect(mail.maxLineLength <= 78)
            #expect(mail.header("Subject") == Self.subject)
            #expect(mail.header("Content-Language") == "ru")
            #expect(mail.header("Message-ID") == "<1b2c3d@newsdesk.test>")
            #expect(mail.from == [["Редакция Newsdesk", "desk@newsdesk.test"]])
            #expect(mail.to == [["Анна", "anna@example.org"], ["", "bob@example.org"]])
            #expect(mail.contentType == "multipart/alternative")
            #expect(mail.parts.map(\.contentType) == ["text/plain", "text/html"])
            #expect(mail.parts.map(\.charset) == ["utf-8", "utf-8"])
            // Python's decoder keeps the CRLF line ends of the transfer encoding; otherwise the text is exact.
            let decoded = mail.parts.map { $0.text.replacingOccurrences(of: "\r\n", with: "\n") }
            #expect(decoded == [Self.text, Self.html])
        }
    }

    @Test func deliversOverSTARTTLSWithAuthAndNeverAuthenticatesInClear() async throws {
        try await withMailTestServer(.init(tls: true, auth: (user: "news@desk", password: "s3cret pass"))) { server in
            let configuration = try secured("smtp://news%40desk:s3cret%20pass@127.0.0.1:\(server.port)")
            #expect(configuration.security == .startTLS)
            try await transport(configuration).send(MailSamples.message(subject: Self.subject))

            let messages = try server.messages()
            try #require(messages.count == 1)
            #expect(try MailTestEnvironment.parse(messages[0]).header("Subject") == Self.subject)
            let transcript = server.transcript()
            #expect(transcript.contains { $0.phase == "plain" && $0.line == "STARTTLS" })
            #expect(transcript.contains { $0.phase == "tls" && $0.line.hasPrefix("AUTH ") })
            #expect(!transcript.contains { $0.phase == "plain" && $0.line.uppercased().hasPrefix("AUTH") })
        }
    }

    @Test func usesSTARTTLSWithoutCredentialsWhenOfferedAndPlainTextWhenNot() async throws {
        try await withMailTestServer(.init(tls: true)) { server in
            try await transport(secured("smtp://127.0.0.1:\(server.port)")).send(MailSamples.message())
            #expect(try server.messages().count == 1)
            #expect(server.transcript().contains { $0.phase == "tls" && $0.line.hasPrefix("MAIL FROM:") })
        }
        try await withMailTestServer { server in
            try await transport(secured("smtp://127.0.0.1:\(server.port)")).send(MailSamples.message())
            #expect(try server.messages().count == 1)
        }
    }

    @Test func refusesAnUntrustedCertificateBeforeSendingCredentials() async throws {
        try await withMailTestServer(.init(tls: true, auth: (user: "news", password: "topsecret"))) { server in
            var configuration = try secured("smtp://news:topsecret@127.0.0.1:\(server.port)")
            configuration.trustsSelfSigned = false
            await expectError({ if case .temporary = $0 { true } else { false } }, with: configuration)
            #expect(!server.transcript().contains { $0.line.uppercased().hasPrefix("AUTH") })
            #expect(try server.messages().isEmpty)
        }
    }

    @Test func deliversOverImplicitTLSWithAuth() async throws {
        try await withMailTestServer(.init(implicitTLS: true, auth: (user: "news", password: "pw"))) { server in
            try await transport(secured("smtps://news:pw@127.0.0.1:\(server.port)")).send(MailSamples.message())
            #expect(try server.messages().count == 1)
        }
    }

    @Test func stopsBeforeAuthWhenTheServerOffersNoSTARTTLS() async throws {
        try await withMailTestServer(.init(auth: (user: "news", password: "topsecret"))) { server in
            await expectError({ if case .temporary(let reason) = $0 { reason.contains("STARTTLS") } else { false } },
                              with: try secured("smtp://news:topsecret@127.0.0.1:\(server.port)"))
            let sent = server.transcript().map(\.line).joined(separator: "\n")
            #expect(!sent.uppercased().contains("AUTH"))
            #expect(!sent.contains("topsecret"))
            #expect(!sent.contains(Data("\u{0}news\u{0}topsecret".utf8).base64EncodedString()))
            #expect(try server.messages().isEmpty)
        }
    }

    @Test func wrongPasswordIsAPermanentFailure() async throws {
        try await withMailTestServer(.init(tls: true, auth: (user: "news", password: "right"))) { server in
            await expectError({ if case .permanent(let reason) = $0 { reason.contains("535") } else { false } },
                              with: try secured("smtp://news:wrong@127.0.0.1:\(server.port)"))
            #expect(try server.messages().isEmpty)
        }
    }

    @Test func refusedRecipientIsAPermanentFailureWith550AndNothingIsSent() async throws {
        try await withMailTestServer(.init(rejectRecipients: ["gone@example.org"])) { server in
            let message = MailSamples.message(to: [MailAddress(email: "anna@example.org"), MailAddress(email: "gone@example.org")])
            await expectError({ if case .permanent(let reason) = $0 { reason.contains("550") && reason.contains("gone@example.org") } else { false } },
                              sending: message, with: try plain(server.port))
            #expect(try server.messages().isEmpty)
        }
    }

    @Test func serverTemporaryFailureIsTemporaryWith451() async throws {
        try await withMailTestServer(.init(tempfail: true)) { server in
            await expectError({ if case .temporary(let reason) = $0 { reason.contains("451") } else { false } },
                              with: try plain(server.port))
        }
    }

    @Test func serverThatIsDownIsATemporaryFailure() async throws {
        let port = try await closedPort()
        await expectError({ if case .temporary = $0 { true } else { false } }, with: try plain(port))
    }

    @Test(arguments: [false, true])
    func serverThatNeverCompletesAReplyIsATemporaryFailureAfterTheTimeout(trickling: Bool) async throws {
        try await withSilentServer(trickling: trickling) { port in
            var configuration = try plain(port)
            configuration.timeout = .seconds(1)
            await expectError({ if case .temporary(let reason) = $0 { reason.contains("no answer") } else { false } },
                              with: configuration)
        }
    }
}
