import Foundation

/// One OpenID Connect provider as the operator configured it with `NEWSDESK_OIDC_<NAME>_ISSUER`, `_CLIENT_ID`,
/// `_CLIENT_SECRET` and `_LABEL`. `name` is `<NAME>` in lower case with `-` for `_`: it names the provider in
/// addresses (`/account/oidc/<name>/callback`) and in the `identities` table, so it must not change once used.
public struct OpenIDProviderConfig: Sendable, Equatable {
    public var name: String
    public var issuer: String
    public var clientID: String
    /// nil for a public client (PKCE only); otherwise sent with HTTP Basic (`client_secret_basic`).
    public var clientSecret: String?
    public var label: String

    public init(name: String, issuer: String, clientID: String, clientSecret: String?, label: String) {
        self.name = name
        self.issuer = issuer
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.label = label
    }

    static let prefix = "NEWSDESK_OIDC_"
    /// Longest first, so `_CLIENT_SECRET` is never read as a name ending in `_CLIENT`.
    private static let suffixes = ["_CLIENT_SECRET", "_CLIENT_ID", "_ISSUER", "_LABEL"]

    /// Every provider named in the environment, and what is wrong with the ones that cannot be used. A provider
    /// with a problem is still listed (shown as unavailable) so that a typo never hides the others or the site.
    static func fromEnvironment(_ env: [String: String]) -> (providers: [OpenIDProviderConfig], problems: [String: String]) {
        var settings: [String: [String: String]] = [:]
        for (key, value) in env where key.hasPrefix(prefix) {
            let rest = key.dropFirst(prefix.count)
            guard let suffix = suffixes.first(where: { rest.hasSuffix($0) && rest.count > $0.count }) else { continue }
            let rawName = String(rest.dropLast(suffix.count))
            settings[rawName, default: [:]][suffix] = value.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        var providers: [OpenIDProviderConfig] = []
        var problems: [String: String] = [:]
        for (rawName, values) in settings.sorted(by: { $0.key < $1.key }) {
            let name = rawName.lowercased().replacingOccurrences(of: "_", with: "-")
            guard name.range(of: #"^[a-z0-9][a-z0-9-]{0,31}$"#, options: .regularExpression) != nil else {
                problems[name] = "\(prefix)\(rawName)_*: the name may only have letters, digits and _ (at most 32)"
                continue
            }
            let issuer = values["_ISSUER"] ?? ""
            let clientID = values["_CLIENT_ID"] ?? ""
            let label = values["_LABEL"].flatMap { $0.isEmpty ? nil : $0 } ?? rawName.capitalized
            let secret = values["_CLIENT_SECRET"].flatMap { $0.isEmpty ? nil : $0 }
            var missing: [String] = []
            if let url = URL(string: issuer), let scheme = url.scheme, ["https", "http"].contains(scheme), url.host != nil {
                // Plain http only on loopback: elsewhere the discovery document and keys could be changed on the way.
                if scheme == "http", !["127.0.0.1", "localhost", "::1"].contains(url.host ?? "") {
                    missing.append("\(prefix)\(rawName)_ISSUER must use https:// (got '\(issuer)')")
                }
            } else {
                missing.append("\(prefix)\(rawName)_ISSUER must be the provider's https:// issuer URL (got '\(issuer)')")
            }
            if clientID.isEmpty { missing.append("\(prefix)\(rawName)_CLIENT_ID is not set") }
            if !missing.isEmpty { problems[name] = missing.joined(separator: "; ") }
            providers.append(OpenIDProviderConfig(name: name, issuer: issuer.hasSuffix("/") ? String(issuer.dropLast()) : issuer,
                                                  clientID: clientID, clientSecret: secret, label: label))
        }
        return (providers, problems)
    }
}
