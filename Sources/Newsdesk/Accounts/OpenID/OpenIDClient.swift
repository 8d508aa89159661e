import Foundation
import Logging

/// The configured OpenID Connect providers and the two halves of the authorization code flow: the address that
/// sends the browser to a provider (with PKCE S256, `state` and `nonce`), and redeeming the code that comes back
/// for a verified ID token. Knows nothing of members; Accounts decides what a verified identity may do.
struct OpenIDClient: Sendable {
    let providers: [OpenIDProvider]
    let logger: Logger

    static let scope = "openid email profile"

    init(configs: [OpenIDProviderConfig], problems: [String: String], transport: any OpenIDTransport, logger: Logger) {
        self.providers = configs.map { OpenIDProvider(config: $0, configProblem: problems[$0.name], transport: transport, logger: logger) }
        self.logger = logger
        for (name, problem) in problems.sorted(by: { $0.key < $1.key }) {
            logger.error("OpenID provider misconfigured", metadata: ["provider": "\(name)", "problem": "\(problem)"])
        }
    }

    func provider(named name: String) throws(OpenIDError) -> OpenIDProvider {
        guard let p = providers.first(where: { $0.name == name }) else { throw .unknownProvider }
        return p
    }

    /// Loads every provider at once; one that fails is logged and shown as unavailable.
    func loadAll(now: Date) async {
        await withTaskGroup(of: Void.self) { group in
            for p in providers { group.addTask { await p.load(now: now) } }
        }
    }

    /// What the log-in and registration pages offer: each provider's name, label and whether it works.
    func choices() async -> [OpenIDChoice] {
        var list: [OpenIDChoice] = []
        for p in providers { list.append(OpenIDChoice(name: p.name, label: p.label, available: await p.looksAvailable)) }
        return list
    }

    /// The origins of the providers' authorization pages, which the "Continue with" forms redirect to.
    func formOrigins() async -> [String] {
        var origins: [String] = []
        for p in providers where p.configProblem == nil {
            let address = await p.metadata?.authorizationEndpoint ?? p.config.issuer
            guard let url = URL(string: address), let scheme = url.scheme, let host = url.host else { continue }
            let origin = "\(scheme)://\(host)" + (url.port.map { ":\($0)" } ?? "")
            if !origins.contains(origin) { origins.append(origin) }
        }
        return origins
    }

    /// The provider's authorization address for this sign-in.
    func authorizationURL(_ provider: OpenIDProvider, redirectURI: String, state: String, nonce: String, pkce: PKCE,
                          now: Date) async throws(OpenIDError) -> String {
        let meta = try await provider.ready(now: now)
        let query: [(String, String)] = [
            ("response_type", "code"), ("client_id", provider.config.clientID), ("redirect_uri", redirectURI),
            ("scope", Self.scope), ("state", state), ("nonce", nonce),
            ("code_challenge", pkce.challenge), ("code_challenge_method", "S256"),
        ]
        let encoded = query.map { "\(VaporOpenIDTransport.formEncode($0.0))=\(VaporOpenIDTransport.formEncode($0.1))" }.joined(separator: "&")
        return meta.authorizationEndpoint + (meta.authorizationEndpoint.contains("?") ? "&" : "?") + encoded
    }

    /// Redeems the code at the token endpoint (client_secret_basic when a secret is configured, else the client
    /// id in the form with PKCE alone) and returns the verified claims of the ID token.
    func redeem(_ provider: OpenIDProvider, code: String, verifier: String, redirectURI: String, nonce: String,
                transport: any OpenIDTransport, now: Date) async throws(OpenIDError) -> IDTokenClaims {
        let meta = try await provider.ready(now: now)
        var form = [("grant_type", "authorization_code"), ("code", code), ("redirect_uri", redirectURI), ("code_verifier", verifier)]
        let config = provider.config
        var basic: (user: String, password: String)?
        if let secret = config.clientSecret { basic = (config.clientID, secret) } else { form.append(("client_id", config.clientID)) }
        let answer: (status: UInt, body: Data)
        do {
            answer = try await transport.postForm(meta.tokenEndpoint, form: form, basic: basic)
        } catch {
            logger.error("OpenID token request failed", metadata: ["provider": "\(provider.name)", "reason": "\(error)"])
            throw .unavailable(provider.label)
        }
        struct TokenAnswer: Decodable {
            var idToken: String?
            var error: String?
            enum CodingKeys: String, CodingKey { case idToken = "id_token", error }
        }
        let parsed = try? JSONDecoder().decode(TokenAnswer.self, from: answer.body)
        guard answer.status == 200, let idToken = parsed?.idToken else {
            let reason = parsed?.error ?? "status \(answer.status)"
            logger.warning("OpenID code not redeemed", metadata: ["provider": "\(provider.name)", "reason": "\(reason)"])
            if answer.status >= 500 { throw .unavailable(provider.label) }
            throw .codeRejected(reason)
        }
        return try await provider.verify(idToken, nonce: nonce, now: now)
    }
}

/// A provider as the pages show it.
struct OpenIDChoice: Sendable, Equatable {
    let name: String
    let label: String
    let available: Bool
}
