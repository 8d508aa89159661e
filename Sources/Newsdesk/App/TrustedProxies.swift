import Foundation
import Vapor

/// The proxies whose `X-Forwarded-For` and `X-Forwarded-Proto` headers count (`NEWSDESK_TRUSTED_PROXIES`:
/// addresses and CIDR blocks, IPv4 or IPv6; loopback by default). From any other peer those headers are ignored,
/// so a client cannot claim another address or HTTPS.
struct TrustedProxies: Sendable, Equatable {
    struct Block: Sendable, Equatable {
        let bytes: [UInt8]
        let prefixLength: Int

        func contains(_ address: [UInt8]) -> Bool {
            guard address.count == bytes.count else { return false }
            var remaining = prefixLength
            for (a, b) in zip(address, bytes) {
                if remaining <= 0 { return true }
                let mask: UInt8 = remaining >= 8 ? 0xFF : ~(0xFF >> UInt8(remaining))
                if a & mask != b & mask { return false }
                remaining -= 8
            }
            return true
        }
    }

    let blocks: [Block]

    static let loopback = TrustedProxies(blocks: [Block(bytes: [127, 0, 0, 0], prefixLength: 8),
                                                  Block(bytes: Array(repeating: 0, count: 15) + [1], prefixLength: 128)])

    /// Parses `"127.0.0.1, 10.0.0.0/8, ::1"`; nil with the bad entry when one does not parse.
    static func parse(_ list: String) -> Result<TrustedProxies, String> {
        var blocks: [Block] = []
        for raw in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !raw.isEmpty {
            let parts = raw.split(separator: "/", maxSplits: 1).map(String.init)
            guard let bytes = Self.bytes(of: parts[0]) else { return .failure(raw) }
            let bits = bytes.count * 8
            let length = parts.count == 2 ? Int(parts[1]) : bits
            guard let length, (0...bits).contains(length) else { return .failure(raw) }
            blocks.append(Block(bytes: bytes, prefixLength: length))
        }
        return .success(TrustedProxies(blocks: blocks))
    }

    func trusts(_ address: String) -> Bool {
        guard let bytes = Self.bytes(of: address) else { return false }
        return blocks.contains { $0.contains(bytes) }
    }

    /// The client's address: the peer, or — when the peer is a trusted proxy — the last address in
    /// `X-Forwarded-For` that is not itself a trusted proxy.
    func clientAddress(peer: String?, forwardedFor: [String]) -> String {
        guard let peer else { return "unknown" }
        guard trusts(peer) else { return peer }
        let chain = forwardedFor.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
        for hop in chain.reversed() where !hop.isEmpty {
            guard Self.bytes(of: hop) != nil else { return peer }  // garbage in the header: trust nothing of it
            if !trusts(hop) { return hop }
        }
        return chain.first(where: { Self.bytes(of: $0) != nil }) ?? peer
    }

    static func bytes(of address: String) -> [UInt8]? {
        var text = address
        if text.hasPrefix("[") && text.hasSuffix("]") { text = String(text.dropFirst().dropLast()) }
        if let zone = text.firstIndex(of: "%") { text = String(text[..<zone]) }
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 {
            return withUnsafeBytes(of: v4.s_addr) { Array($0) }
        }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 {
            let raw = withUnsafeBytes(of: v6) { Array($0) }
            // An IPv4-mapped IPv6 address (::ffff:a.b.c.d) is that IPv4 address.
            if raw[0..<10].allSatisfy({ $0 == 0 }) && raw[10] == 0xFF && raw[11] == 0xFF { return Array(raw[12..<16]) }
            return raw
        }
        return nil
    }
}

extension Request {
    /// The client address for rate limits and throttles (see `TrustedProxies`).
    var clientIP: String {
        newsdesk.config.trustedProxies.clientAddress(peer: remoteAddress?.ipAddress, forwardedFor: headers[.xForwardedFor])
    }

    /// Whether the browser reached us over HTTPS: the configured base URL says so, or a trusted proxy does.
    var isHTTPS: Bool {
        let config = newsdesk.config
        if config.baseURL?.hasPrefix("https://") == true { return true }
        // The header first: most requests have none, and the peer's address is a string built for the check.
        guard headers.first(name: .xForwardedProto)?.lowercased() == "https" else { return false }
        guard let peer = remoteAddress?.ipAddress else { return false }
        return config.trustedProxies.trusts(peer)
    }
}
