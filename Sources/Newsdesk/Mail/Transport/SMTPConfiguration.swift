import Foundation
import NIOCore

/// Where and how `SMTPTransport` delivers. Usually read from `NEWSDESK_SMTP_URL` with `parse(url:)`.
struct SMTPConfiguration: Sendable, Equatable {
    enum Security: Sendable, Equatable {
        /// Plain text only; never combined with credentials.
        case none
        /// STARTTLS whenever the server offers it. With credentials it is required: a server that does not offer
        /// it gets no AUTH, and the delivery fails instead.
        case startTLS
        /// Implicit TLS from the first byte (usually port 465).
        case tls
    }

    var host: String
    var port: Int
    var security: Security
    var username: String?
    var password: String?
    /// The name given in EHLO/HELO.
    var heloName: String
    /// Bounds the connection and every single exchange with the server.
    var timeout: TimeAmount
    /// Accepts any certificate. Only for tests against a local server with a self-signed certificate; no URL
    /// can turn it on.
    var trustsSelfSigned: Bool

    init(
        host: String, port: Int, security: Security, username: String? = nil, password: String? = nil,
        heloName: String = SMTPConfiguration.defaultHeloName, timeout: TimeAmount = .seconds(30),
        trustsSelfSigned: Bool = false
    ) {
        self.host = host
        self.port = port
        self.security = security
        self.username = username
        self.password = password
        self.heloName = heloName
        self.timeout = timeout
        self.trustsSelfSigned = trustsSelfSigned
    }

    var hasCredentials: Bool { username != nil || password != nil }

    static var defaultHeloName: String {
        let name = ProcessInfo.processInfo.hostName
        return SMTPConfiguration.isValidHeloName(name) ? name : "localhost"
    }

    /// A domain name or address literal: letters, digits, ".", "-", ":" and brackets, nothing that could end
    /// the command line.
    static func isValidHeloName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.count <= 255
            && name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || ".-:[]".unicodeScalars.contains($0)) }
    }
}

/// Why an SMTP URL cannot be used; the message names the problem and how to write it instead.
struct SMTPConfigurationError: Error, Equatable, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
