import Foundation
import NIOCore

extension SMTPConfiguration {
    static let urlForms = "smtp://[user:password@]host[:port][?tls=none] or smtps://[user:password@]host[:port]"

    /// Reads an SMTP URL such as `NEWSDESK_SMTP_URL`:
    /// - `smtp://user:pass@host:587`: STARTTLS, required because there are credentials (default port 587);
    /// - `smtp://host:25?tls=none`: plain text, no credentials allowed;
    /// - `smtps://user:pass@host:465`: implicit TLS (default port 465).
    /// User name and password are percent-decoded (write "@" as %40). Optional query items: `helo=NAME`,
    /// `timeout=SECONDS`, `tls=starttls|none` (smtp only). Errors never repeat the password.
    static func parse(url: String) throws -> SMTPConfiguration {
        guard let components = URLComponents(string: url.trimmingCharacters(in: .whitespacesAndNewlines)),
              let scheme = components.scheme?.lowercased()
        else {
            throw SMTPConfigurationError(
                "the SMTP URL is not a valid URL; expected \(urlForms), with special characters in the user name "
                    + "and password percent-encoded (e.g. @ as %40)")
        }
        guard scheme == "smtp" || scheme == "smtps" else {
            throw SMTPConfigurationError("the SMTP URL has scheme \"\(scheme)\"; expected \(urlForms)")
        }
        let host = try parseHost(components)
        guard components.percentEncodedPath.isEmpty || components.percentEncodedPath == "/" else {
            throw SMTPConfigurationError("the SMTP URL has a path (\(components.percentEncodedPath)); expected \(urlForms)")
        }
        guard components.fragment == nil else {
            throw SMTPConfigurationError("the SMTP URL has a fragment (#…); expected \(urlForms)")
        }
        var configuration = SMTPConfiguration(
            host: host, port: scheme == "smtps" ? 465 : 587, security: scheme == "smtps" ? .tls : .startTLS)
        if let port = components.port {
            guard (1...65535).contains(port) else { throw SMTPConfigurationError("the SMTP port \(port) is not in 1…65535") }
            configuration.port = port
        }
        try configuration.applyQuery(components.queryItems ?? [], scheme: scheme)
        try configuration.applyCredentials(components)
        return configuration
    }

    private static func parseHost(_ components: URLComponents) throws -> String {
        var host = components.percentEncodedHost ?? ""
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        host = host.removingPercentEncoding ?? ""
        guard !host.isEmpty else { throw SMTPConfigurationError("the SMTP URL has no host; expected \(urlForms)") }
        guard isValidHeloName(host) else { throw SMTPConfigurationError("the SMTP host \"\(host)\" is not a valid host name") }
        return host
    }

    private mutating func applyQuery(_ items: [URLQueryItem], scheme: String) throws {
        var seen: Set<String> = []
        for item in items {
            guard seen.insert(item.name).inserted else {
                throw SMTPConfigurationError("the SMTP URL gives \"\(item.name)\" twice")
            }
            let value = item.value ?? ""
            switch (item.name, value.lowercased()) {
            case ("tls", "none") where scheme == "smtp":
                security = .none
            case ("tls", "starttls") where scheme == "smtp":
                security = .startTLS
            case ("tls", _):
                throw SMTPConfigurationError(
                    scheme == "smtps"
                        ? "smtps:// always uses TLS; drop tls=\(value) or use smtp://"
                        : "tls=\(value) is not known; use tls=none (plain text) or tls=starttls (the default)")
            case ("helo", _):
                guard SMTPConfiguration.isValidHeloName(value) else {
                    throw SMTPConfigurationError("helo=\(value) is not a valid host name")
                }
                heloName = value
            case ("timeout", _):
                guard let seconds = Double(value), seconds > 0, seconds <= 3600 else {
                    throw SMTPConfigurationError("timeout=\(value) is not a number of seconds between 0 and 3600")
                }
                timeout = .milliseconds(Int64((seconds * 1000).rounded()))
            default:
                throw SMTPConfigurationError(
                    "the SMTP URL has an unknown option \"\(item.name)\"; known: tls, helo, timeout")
            }
        }
    }

    private mutating func applyCredentials(_ components: URLComponents) throws {
        let encodedUser = components.percentEncodedUser
        let encodedPassword = components.percentEncodedPassword
        guard encodedUser != nil || encodedPassword != nil else { return }
        guard let user = encodedUser?.removingPercentEncoding, !user.isEmpty else {
            throw SMTPConfigurationError("the SMTP URL has a password but no user name")
        }
        guard let encodedPassword, !encodedPassword.isEmpty else {
            throw SMTPConfigurationError("the SMTP URL has user \"\(user)\" but no password")
        }
        guard let password = encodedPassword.removingPercentEncoding else {
            throw SMTPConfigurationError("the SMTP password is not validly percent-encoded")
        }
        guard security != .none else {
            throw SMTPConfigurationError(
                "the SMTP URL has credentials with tls=none; credentials are never sent without TLS "
                    + "(drop tls=none to use STARTTLS, or use smtps://)")
        }
        username = user
        self.password = password
    }
}
