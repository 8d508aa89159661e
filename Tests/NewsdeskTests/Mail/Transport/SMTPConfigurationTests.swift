import NIOCore
import NIOPosix
import Testing
@testable import Newsdesk

struct SMTPConfigurationTests {
    struct Accepted: Sendable, CustomStringConvertible {
        var url: String
        var host: String
        var port: Int
        var security: SMTPConfiguration.Security
        var username: String?
        var password: String?
        var description: String { url }
    }

    @Test(arguments: [
        Accepted(url: "smtp://mail.example.org", host: "mail.example.org", port: 587, security: .startTLS),
        Accepted(url: "smtp://user:secret@mail.example.org:587", host: "mail.example.org", port: 587,
                 security: .startTLS, username: "user", password: "secret"),
        Accepted(url: "smtp://127.0.0.1:25?tls=none", host: "127.0.0.1", port: 25, security: .none),
        Accepted(url: "SMTPS://mail.example.org", host: "mail.example.org", port: 465, security: .tls),
        Accepted(url: "smtps://news%40example.org:p%40ss%3Aw%2Frd%20%25@mail.example.org:2465",
                 host: "mail.example.org", port: 2465, security: .tls,
                 username: "news@example.org", password: "p@ss:w/rd %"),
        Accepted(url: "smtp://[::1]:2525?tls=starttls", host: "::1", port: 2525, security: .startTLS),
    ])
    func readsHostPortSecurityAndDecodedCredentials(_ expected: Accepted) throws {
        let configuration = try SMTPConfiguration.parse(url: expected.url)
        #expect(configuration.host == expected.host)
        #expect(configuration.port == expected.port)
        #expect(configuration.security == expected.security)
        #expect(configuration.username == expected.username)
        #expect(configuration.password == expected.password)
        #expect(configuration.trustsSelfSigned == false)
    }

    @Test func readsHeloNameAndTimeoutOptions() throws {
        let configuration = try SMTPConfiguration.parse(url: "smtp://mail.example.org?helo=news.example.org&timeout=2.5")
        #expect(configuration.heloName == "news.example.org")
        #expect(configuration.timeout == .milliseconds(2500))
    }

    @Test(arguments: [
        ("http://mail.example.org", "scheme"),
        ("mail.example.org:25", "smtp://"),
        ("smtp://", "no host"),
        ("smtp://user:topsecret@mail.example.org?tls=none", "never sent without TLS"),
        ("smtps://mail.example.org?tls=none", "always uses TLS"),
        ("smtp://mail.example.org?tls=maybe", "tls=maybe"),
        ("smtp://mail.example.org?verify=no", "unknown option"),
        ("smtp://mail.example.org?timeout=0", "timeout"),
        ("smtp://user@mail.example.org", "no password"),
        ("smtp://:topsecret@mail.example.org", "no user name"),
        ("smtp://mail.example.org:0", "port"),
        ("smtp://mail.example.org/inbox", "path"),
        ("smtp://mail.example.org?helo=a%0D%0AQUIT", "helo"),
    ])
    func refusesBadURLsWithAClearReason(url: String, reason: String) {
        #expect {
            try SMTPConfiguration.parse(url: url)
        } throws: { error in
            let message = "\(error)"
            return message.contains(reason) && !message.contains("topsecret")
        }
    }

    @Test func refusesCredentialsOverPlainTextAtDeliveryToo() async throws {
        let configuration = SMTPConfiguration(host: "127.0.0.1", port: 25, security: .none,
                                              username: "user", password: "topsecret")
        let transport = SMTPTransport(configuration: configuration, eventLoopGroup: MultiThreadedEventLoopGroup.singleton,
                                      logger: .init(label: "test"))
        await #expect(throws: MailDeliveryError.self) { try await transport.send(MailSamples.message()) }
    }
}
