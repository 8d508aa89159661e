import Foundation
import Vapor

/// Everything the operator can set, read once at start from `NEWSDESK_*` environment variables.
/// Bad values fail the start with every problem listed; nothing silently falls back.
public struct Config: Sendable {
    public enum Store: Sendable, Equatable {
        case sqlite(path: String)
        case postgres(url: String)
    }

    /// Folder holding the SQLite file, media and the mail outbox.
    public var dataDirectory: String
    public var store: Store
    /// Absolute origin used for canonical and short URLs (`https://news.example.com`). When nil the request's
    /// Host header is used, which is right for a single node and for local demos.
    public var baseURL: String?
    /// Folder with `Resources/Views` and `Public`; found next to the package when not set.
    public var resourcesDirectory: String
    /// Key for short-code permutation; stable for the life of a site.
    public var shortCodeKey: UInt64
    public var viewFlushInterval: Double
    public var pageCacheBytes: Int
    /// Seeds demo content into an empty database on `serve`.
    public var seedDemoOnFirstStart: Bool
    /// `smtp://user:pass@host:587` or `smtps://...`; nil writes mail as .eml files into the data folder.
    public var smtpURL: String?
    public var mailFrom: String
    /// Key for signing captcha challenges; kept in the data folder like the short-code key.
    public var secretKey: [UInt8]
    /// Comments accepted per minute from one address (all members behind it together).
    public var commentsPerIPMinute: Int = 30
    /// Seconds a stopping node keeps serving while failing readiness, so the load balancer can take it out of the
    /// pool before it closes (`NEWSDESK_DRAIN_SECONDS`).
    public var drainSeconds: Double = 5
    /// Peers whose `X-Forwarded-*` headers are believed (`NEWSDESK_TRUSTED_PROXIES`); loopback by default.
    var trustedProxies: TrustedProxies = .loopback
    /// OpenID Connect providers (`NEWSDESK_OIDC_<NAME>_*`). A provider with a problem is kept, listed in
    /// `openIDProblems` and shown as unavailable: it must never stop the site or its log-in page.
    public var openIDProviders: [OpenIDProviderConfig] = []
    var openIDProblems: [String: String] = [:]

    public init(
        dataDirectory: String, store: Store, baseURL: String? = nil, resourcesDirectory: String,
        shortCodeKey: UInt64, viewFlushInterval: Double = 5, pageCacheBytes: Int = 64 << 20,
        seedDemoOnFirstStart: Bool = true, smtpURL: String? = nil, mailFrom: String = "Newsdesk <no-reply@newsdesk.test>",
        secretKey: [UInt8] = Array(repeating: 7, count: 32)
    ) {
        self.dataDirectory = dataDirectory
        self.store = store
        self.baseURL = baseURL
        self.resourcesDirectory = resourcesDirectory
        self.shortCodeKey = shortCodeKey
        self.viewFlushInterval = viewFlushInterval
        self.pageCacheBytes = pageCacheBytes
        self.seedDemoOnFirstStart = seedDemoOnFirstStart
        self.smtpURL = smtpURL
        self.mailFrom = mailFrom
        self.secretKey = secretKey
    }

    public struct Invalid: Error, CustomStringConvertible {
        public let problems: [String]
        public var description: String {
            "Newsdesk cannot start, the configuration has problems:\n" + problems.map { "  - \($0)" }.joined(separator: "\n")
        }
    }

    /// Reads the environment. The short-code key is kept in the data folder so that it survives restarts
    /// without the operator having to invent one.
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) throws -> Config {
        var problems: [String] = []
        let data = env["NEWSDESK_DATA"].flatMap { $0.isEmpty ? nil : $0 } ?? "./newsdesk-data"
        let dataURL = URL(fileURLWithPath: data).standardizedFileURL

        var store = Store.sqlite(path: dataURL.appendingPathComponent("newsdesk.sqlite").path)
        if let url = env["NEWSDESK_DATABASE_URL"], !url.isEmpty {
            if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
                store = .postgres(url: url)
            } else {
                problems.append("NEWSDESK_DATABASE_URL must start with postgres:// (got '\(url.prefix(20))…'); leave it unset for SQLite")
            }
        }

        var baseURL: String?
        if let raw = env["NEWSDESK_BASE_URL"], !raw.isEmpty {
            if let u = URL(string: raw), let scheme = u.scheme, ["http", "https"].contains(scheme), u.host != nil {
                baseURL = raw.hasSuffix("/") ? String(raw.dropLast()) : raw
            } else {
                problems.append("NEWSDESK_BASE_URL must be an absolute http(s) URL such as https://news.example.com (got '\(raw)')")
            }
        }

        let flush = parseNumber(env["NEWSDESK_VIEW_FLUSH_SECONDS"], default: 5, name: "NEWSDESK_VIEW_FLUSH_SECONDS", range: 0.05...3600, into: &problems)
        let cacheMB = parseNumber(env["NEWSDESK_PAGE_CACHE_MB"], default: 64, name: "NEWSDESK_PAGE_CACHE_MB", range: 0...65536, into: &problems)

        var smtpURL: String?
        if let raw = env["NEWSDESK_SMTP_URL"], !raw.isEmpty {
            do {
                _ = try SMTPConfiguration.parse(url: raw)
                smtpURL = raw
            } catch {
                problems.append("NEWSDESK_SMTP_URL is not usable: \(error) (expected smtp://user:pass@host:587 or smtps://host:465)")
            }
        }
        let drain = parseNumber(env["NEWSDESK_DRAIN_SECONDS"], default: 5, name: "NEWSDESK_DRAIN_SECONDS", range: 0...600, into: &problems)
        let perIP = parseNumber(env["NEWSDESK_COMMENTS_PER_IP_MINUTE"], default: 30, name: "NEWSDESK_COMMENTS_PER_IP_MINUTE", range: 1...1_000_000, into: &problems)
        var proxies = TrustedProxies.loopback
        if let raw = env["NEWSDESK_TRUSTED_PROXIES"] {
            switch TrustedProxies.parse(raw) {
            case .success(let parsed): proxies = parsed
            case .failure(let bad):
                problems.append("NEWSDESK_TRUSTED_PROXIES must list addresses or CIDR blocks separated by commas, e.g. 127.0.0.1, 10.0.0.0/8 (cannot read '\(bad)')")
            }
        }
        let mailFrom = env["NEWSDESK_MAIL_FROM"].flatMap { $0.isEmpty ? nil : $0 } ?? "Newsdesk <no-reply@newsdesk.test>"
        if Mailbox.parse(mailFrom) == nil {
            problems.append("NEWSDESK_MAIL_FROM must look like 'Name <address@example.com>' (got '\(mailFrom)')")
        }

        let resources = env["NEWSDESK_RESOURCES"].flatMap { $0.isEmpty ? nil : $0 } ?? defaultResourcesDirectory()
        if !FileManager.default.fileExists(atPath: resources + "/Resources/Views") {
            problems.append("templates not found under \(resources)/Resources/Views; set NEWSDESK_RESOURCES to the folder that holds Resources/ and Public/")
        }

        var key: UInt64 = 0
        var secret: [UInt8] = []
        if problems.isEmpty {
            do {
                try FileManager.default.createDirectory(at: dataURL, withIntermediateDirectories: true)
                key = try loadOrCreateKey(in: dataURL)
                secret = try loadOrCreateSecret(in: dataURL)
            } catch {
                problems.append("data folder \(dataURL.path) is not writable: \(error)")
            }
        }
        guard problems.isEmpty else { throw Invalid(problems: problems) }
        var config = Config(
            dataDirectory: dataURL.path, store: store, baseURL: baseURL, resourcesDirectory: resources,
            shortCodeKey: key, viewFlushInterval: flush, pageCacheBytes: Int(cacheMB * 1_048_576),
            smtpURL: smtpURL, mailFrom: mailFrom, secretKey: secret
        )
        config.commentsPerIPMinute = Int(perIP)
        config.drainSeconds = drain
        config.trustedProxies = proxies
        (config.openIDProviders, config.openIDProblems) = OpenIDProviderConfig.fromEnvironment(env)
        return config
    }

    /// The folder of this package, known at compile time: lets `swift run newsdesk` find its templates from
    /// any working directory.
    static func defaultResourcesDirectory() -> String {
        let cwd = FileManager.default.currentDirectoryPath
        if FileManager.default.fileExists(atPath: cwd + "/Resources/Views") { return cwd }
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }  // App -> Newsdesk -> Sources -> package root
        return url.path
    }

    private static func parseNumber(
        _ raw: String?, default value: Double, name: String, range: ClosedRange<Double>, into problems: inout [String]
    ) -> Double {
        guard let raw, !raw.isEmpty else { return value }
        guard let number = Double(raw), range.contains(number) else {
            problems.append("\(name) must be a number between \(range.lowerBound) and \(range.upperBound) (got '\(raw)')")
            return value
        }
        return number
    }

    private static func loadOrCreateSecret(in dir: URL) throws -> [UInt8] {
        let file = dir.appendingPathComponent("secret.key")
        if let data = try? Data(contentsOf: file), data.count == 32 { return Array(data) }
        var rng = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &rng) }
        try Data(bytes).write(to: file, options: .atomic)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        return bytes
    }

    private static func loadOrCreateKey(in dir: URL) throws -> UInt64 {
        let file = dir.appendingPathComponent("shortcode.key")
        if let text = try? String(contentsOf: file, encoding: .utf8),
           let key = UInt64(text.trimmingCharacters(in: .whitespacesAndNewlines), radix: 16) {
            return key
        }
        let key = UInt64.random(in: 1...UInt64.max)
        try String(key, radix: 16).write(to: file, atomically: true, encoding: .utf8)
        return key
    }
}
