import Foundation
import JWTKit
import Logging

/// What a provider's discovery document (`<issuer>/.well-known/openid-configuration`) tells us.
struct OpenIDMetadata: Decodable, Sendable, Equatable {
    var issuer: String
    var authorizationEndpoint: String
    var tokenEndpoint: String
    var jwksURI: String

    enum CodingKeys: String, CodingKey {
        case issuer
        case authorizationEndpoint = "authorization_endpoint"
        case tokenEndpoint = "token_endpoint"
        case jwksURI = "jwks_uri"
    }
}

/// One configured provider: its discovery document and signing keys, fetched at start and again when a token names
/// a key we have not seen (the provider rotated its keys). A provider that cannot be reached or read is
/// unavailable; it is tried again on use, at most every `retryInterval`.
actor OpenIDProvider {
    nonisolated let config: OpenIDProviderConfig
    /// A configuration mistake (no client id, a bad issuer): the provider is never used.
    nonisolated let configProblem: String?
    private let transport: any OpenIDTransport
    private let logger: Logger

    private(set) var metadata: OpenIDMetadata?
    private var keys = JWTKeyCollection()
    private var keyIDs: Set<String> = []
    private var lastLoad: Date?
    private var lastKeyFetch: Date?
    private(set) var problem: String?

    static let retryInterval: TimeInterval = 30
    /// Unknown key ids make us fetch the keys again, but not more often than this (a flood of forged tokens must
    /// not become a flood of requests to the provider).
    static let keyRefetchInterval: TimeInterval = 10

    init(config: OpenIDProviderConfig, configProblem: String?, transport: any OpenIDTransport, logger: Logger) {
        self.config = config
        self.configProblem = configProblem
        self.transport = transport
        self.logger = logger
        self.problem = configProblem
    }

    nonisolated var name: String { config.name }
    nonisolated var label: String { config.label }

    /// For pages: false once loading failed (or the configuration is wrong); true while it works or was not tried.
    var looksAvailable: Bool { configProblem == nil && (metadata != nil || lastLoad == nil) }

    /// Fetches the discovery document and the keys. Logs and records the problem instead of throwing.
    @discardableResult
    func load(now: Date) async -> Bool {
        guard configProblem == nil else { return false }
        lastLoad = now
        do {
            let meta = try await fetchMetadata()
            try await fetchKeys(from: meta.jwksURI, now: now)
            metadata = meta
            problem = nil
            logger.info("OpenID provider ready", metadata: ["provider": "\(name)", "issuer": "\(meta.issuer)", "keys": "\(keyIDs.count)"])
            return true
        } catch {
            metadata = nil
            problem = "\(error)"
            logger.error("OpenID provider unavailable", metadata: ["provider": "\(name)", "issuer": "\(config.issuer)", "reason": "\(error)"])
            return false
        }
    }

    /// The metadata, loading it first when it is missing (and the last try is old enough).
    func ready(now: Date) async throws(OpenIDError) -> OpenIDMetadata {
        if configProblem != nil { throw .unavailable(label) }
        if let metadata { return metadata }
        if let last = lastLoad, now.timeIntervalSince(last) < Self.retryInterval { throw .unavailable(label) }
        guard await load(now: now), let metadata else { throw .unavailable(label) }
        return metadata
    }

    private func fetchMetadata() async throws -> OpenIDMetadata {
        let url = config.issuer + "/.well-known/openid-configuration"
        let (status, body) = try await transport.get(url)
        guard status == 200 else { throw LoadProblem("discovery document \(url) answered \(status)") }
        guard let meta = try? JSONDecoder().decode(OpenIDMetadata.self, from: body) else {
            throw LoadProblem("discovery document \(url) lacks issuer, authorization_endpoint, token_endpoint or jwks_uri")
        }
        // OpenID Connect Discovery 4.3: the document must name the issuer we asked (a trailing slash aside).
        func trimmed(_ s: String) -> String { s.hasSuffix("/") ? String(s.dropLast()) : s }
        guard trimmed(meta.issuer) == trimmed(config.issuer) else {
            throw LoadProblem("discovery document names issuer \(meta.issuer), not \(config.issuer)")
        }
        return meta
    }

    private func fetchKeys(from url: String, now: Date) async throws {
        lastKeyFetch = now
        let (status, body) = try await transport.get(url)
        guard status == 200 else { throw LoadProblem("keys at \(url) answered \(status)") }
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any],
              let entries = object["keys"] as? [[String: Any]] else { throw LoadProblem("keys at \(url) are not a JWK set") }
        let collection = JWTKeyCollection()
        var ids: Set<String> = []
        for (index, entry) in entries.enumerated() {
            // Encryption keys and key types JWTKit cannot use are skipped, not fatal.
            if let use = entry["use"] as? String, use != "sig" { continue }
            guard let data = try? JSONSerialization.data(withJSONObject: entry),
                  var jwk = try? JSONDecoder().decode(JWK.self, from: data) else { continue }
            let kid = jwk.keyIdentifier?.string ?? "newsdesk-unnamed-\(index)"
            jwk.keyIdentifier = JWKIdentifier(string: kid)
            do {
                try await collection.add(jwk: jwk)
                ids.insert(kid)
            } catch {
                logger.warning("OpenID key skipped", metadata: ["provider": "\(name)", "kid": "\(kid)", "reason": "\(error)"])
            }
        }
        guard !ids.isEmpty else { throw LoadProblem("keys at \(url) hold no usable signing key") }
        keys = collection
        keyIDs = ids
    }

    /// Checks an ID token: algorithm, a key the provider publishes, the signature, then the claims.
    func verify(_ token: String, nonce: String, now: Date) async throws(OpenIDError) -> IDTokenClaims {
        guard let meta = metadata else { throw .unavailable(label) }
        let header: IDTokenRules.Header
        do { header = try IDTokenRules.header(of: token) } catch { throw .idToken(error) }
        if let kid = header.kid, !keyIDs.contains(kid),
           lastKeyFetch.map({ now.timeIntervalSince($0) >= Self.keyRefetchInterval }) ?? true {
            do {
                try await fetchKeys(from: meta.jwksURI, now: now)
                logger.info("OpenID keys fetched again for an unknown key id", metadata: ["provider": "\(name)", "kid": "\(kid)"])
            } catch {
                logger.warning("OpenID keys could not be fetched again", metadata: ["provider": "\(name)", "reason": "\(error)"])
            }
        }
        if let kid = header.kid, !keyIDs.contains(kid) { throw .idToken(.unknownKey) }
        let claims: IDTokenClaims
        do {
            // Without a key id (a provider with one key) every published key is tried.
            claims = try await keys.verify(token, as: IDTokenClaims.self, iteratingKeys: header.kid == nil)
        } catch let error as JWTError where error.errorType == .malformedToken {
            throw .idToken(.malformed)
        } catch is DecodingError {
            throw .idToken(.malformed)
        } catch {
            throw .idToken(.badSignature)
        }
        do { try IDTokenRules.check(claims, issuer: meta.issuer, clientID: config.clientID, nonce: nonce, now: now) }
        catch { throw .idToken(error) }
        return claims
    }

    struct LoadProblem: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
