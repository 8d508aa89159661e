import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL

/// Delivers over SMTP with SwiftNIO: one connection per message; greeting, EHLO (HELO as fallback), STARTTLS when
/// configured, AUTH PLAIN or LOGIN, MAIL FROM, RCPT TO for each recipient, DATA, QUIT.
/// `send` returns only after the server answered 250 to the message content. A refused recipient aborts the whole
/// message, so a retry never delivers twice to the ones that were accepted.
final class SMTPTransport: MailTransport {
    let configuration: SMTPConfiguration
    let eventLoopGroup: any EventLoopGroup
    let logger: Logger

    init(configuration: SMTPConfiguration, eventLoopGroup: any EventLoopGroup, logger: Logger) {
        self.configuration = configuration
        self.eventLoopGroup = eventLoopGroup
        self.logger = logger
    }

    private var server: String { "\(configuration.host):\(configuration.port)" }

    func send(_ message: MailMessage) async throws {
        try checkConfiguration()
        let envelope = try SMTPEnvelope(message)
        let content = SMTPEnvelope.dataContent(MIMEBuilder.render(message))
        var logger = self.logger
        logger[metadataKey: "smtp.server"] = "\(server)"
        logger[metadataKey: "mail.message_id"] = "\(message.messageID)"
        let tls = configuration.security == .none ? nil : try makeTLSContext()
        let session = try await connect(tls: tls, logger: logger)
        do {
            try await converse(session, tls: tls, envelope: envelope, content: content)
        } catch {
            await session.quitAndClose()
            throw error
        }
        await session.quitAndClose()
        logger.info("smtp message accepted", metadata: ["mail.recipients": "\(envelope.recipients.count)"])
    }

    /// Refuses what must never go out: credentials over plain text, a HELO name that could inject a command.
    /// Temporary, like every transport-side problem: the message is fine and goes out once the setup is fixed.
    private func checkConfiguration() throws {
        if configuration.hasCredentials && configuration.security == .none {
            throw MailDeliveryError.temporary("SMTP credentials are configured without TLS; they are never sent in clear")
        }
        if configuration.username == nil || configuration.password == nil, configuration.hasCredentials {
            throw MailDeliveryError.temporary("SMTP credentials need both a user name and a password")
        }
        guard SMTPConfiguration.isValidHeloName(configuration.heloName) else {
            throw MailDeliveryError.temporary("the SMTP HELO name \"\(configuration.heloName)\" is not a host name")
        }
    }

    private func connect(tls: NIOSSLContext?, logger: Logger) async throws -> SMTPSession {
        let implicitTLS = configuration.security == .tls ? tls : nil
        let serverHostname = self.serverHostname
        let timeout = configuration.timeout
        let bootstrap = ClientBootstrap(group: eventLoopGroup)
            .connectTimeout(timeout)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let pipeline = channel.pipeline.syncOperations
                    if let implicitTLS {
                        try pipeline.addHandler(NIOSSLClientHandler(context: implicitTLS, serverHostname: serverHostname))
                    }
                    try pipeline.addHandler(SMTPClientHandler(timeout: timeout))
                }
            }
        do {
            let channel = try await bootstrap.connect(host: configuration.host, port: configuration.port).get()
            return SMTPSession(channel: channel, server: server, logger: logger)
        } catch {
            throw MailDeliveryError.temporary("\(server): cannot connect: \(error)")
        }
    }

    private func converse(
        _ session: SMTPSession, tls: NIOSSLContext?, envelope: SMTPEnvelope, content: [UInt8]
    ) async throws {
        try await session.expect(nil, step: "greeting", accepted: [220])
        var capabilities = try await hello(session)
        if configuration.security == .startTLS, let tls {
            if capabilities.has("STARTTLS") {
                try await session.expect("STARTTLS", step: "STARTTLS", accepted: [220])
                try await session.startTLS(context: tls, serverHostname: serverHostname)
                capabilities = try await hello(session)
            } else if configuration.hasCredentials {
                throw MailDeliveryError.temporary(
                    "\(server) does not offer STARTTLS, so the credentials were not sent; delivery stopped before AUTH")
            }
        }
        if let username = configuration.username, let password = configuration.password {
            try await authenticate(session, capabilities: capabilities, username: username, password: password)
        }
        if envelope.needsSMTPUTF8 && !capabilities.has("SMTPUTF8") {
            throw MailDeliveryError.permanent("\(server) does not support SMTPUTF8, needed for a non-ASCII address")
        }
        let utf8 = envelope.needsSMTPUTF8 ? " SMTPUTF8" : ""
        try await session.expect("MAIL FROM:<\(envelope.sender)>\(utf8)", step: "MAIL FROM", accepted: [250])
        for recipient in envelope.recipients {
            try await session.expect("RCPT TO:<\(recipient)>", step: "RCPT TO:<\(recipient)>", accepted: [250, 251])
        }
        try await session.expect("DATA", step: "DATA", accepted: [354])
        try await session.sendContent(content)
    }

    /// EHLO, or HELO when the server does not know EHLO (then without extensions).
    private func hello(_ session: SMTPSession) async throws -> SMTPCapabilities {
        let ehlo = try await session.exchange("EHLO \(configuration.heloName)", step: "EHLO")
        if ehlo.code == 250 { return SMTPCapabilities(ehlo) }
        guard (500...504).contains(ehlo.code) else { throw SMTPSession.refusal(ehlo, step: "EHLO") }
        try await session.expect("HELO \(configuration.heloName)", step: "HELO", accepted: [250])
        return SMTPCapabilities()
    }

    /// AUTH PLAIN when offered (or nothing is said), else AUTH LOGIN. Only reached inside TLS.
    private func authenticate(
        _ session: SMTPSession, capabilities: SMTPCapabilities, username: String, password: String
    ) async throws {
        func base64(_ text: String) -> String { Data(text.utf8).base64EncodedString() }
        let mechanisms = capabilities.parameters("AUTH")
        if mechanisms.contains("LOGIN") && !mechanisms.contains("PLAIN") {
            try await session.expect("AUTH LOGIN", step: "AUTH LOGIN", accepted: [334])
            try await session.expect(base64(username), step: "AUTH LOGIN user name", accepted: [334], logged: "(user name)")
            try await session.expect(base64(password), step: "AUTH LOGIN password", accepted: [235], logged: "(password)")
            return
        }
        let plain = base64("\u{0}\(username)\u{0}\(password)")
        let reply = try await session.exchange("AUTH PLAIN \(plain)", step: "AUTH PLAIN", logged: "AUTH PLAIN (credentials)")
        switch reply.code {
        case 235:
            return
        case 334:  // a server that ignores the initial response asks for it again
            try await session.expect(plain, step: "AUTH PLAIN", accepted: [235], logged: "(credentials)")
        default:
            throw SMTPSession.refusal(reply, step: "AUTH PLAIN")
        }
    }

    /// Made per message: it is cheap next to a connection, and a changed system trust store is picked up.
    private func makeTLSContext() throws -> NIOSSLContext {
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.minimumTLSVersion = .tlsv12
        if configuration.trustsSelfSigned {
            tls.certificateVerification = .none
        }
        do {
            return try NIOSSLContext(configuration: tls)
        } catch {
            throw MailDeliveryError.temporary("cannot set up TLS: \(error)")
        }
    }

    /// The name for SNI and certificate checks; nil for an IP address, which SNI cannot carry.
    private var serverHostname: String? {
        (try? SocketAddress(ipAddress: configuration.host, port: 0)) == nil ? configuration.host : nil
    }
}
