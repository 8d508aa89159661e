import Foundation

/// A link found in a comment: written out (`https://…`, `www.…`, `example.com/…`) or obfuscated (`example dot com`).
struct FoundLink: Sendable, Equatable {
    var start: Int
    var end: Int
    /// Lower-cased host without `www.`.
    var host: String
    /// Lower-cased path and query ("" when none).
    var path: String
    var obfuscated: Bool

    /// The registrable domain: the last two labels, three under second-level public suffixes (co.uk, com.au).
    var domain: String {
        let labels = host.split(separator: ".")
        guard labels.count > 2 else { return host }
        let second = labels[labels.count - 2]
        let take = ["co", "com", "org", "net", "gov", "ac", "edu", "msk", "spb"].contains(second) ? 3 : 2
        return labels.suffix(take).joined(separator: ".")
    }

    var isIPAddress: Bool { host.split(separator: ".").count == 4 && host.allSatisfy { $0.isNumber || $0 == "." } }

    func isAllowed(by allowed: Set<String>) -> Bool {
        if allowed.contains(host) || allowed.contains(domain) { return true }
        return allowed.contains { host.hasSuffix("." + $0) }
    }
}

enum LinkExtractor {
    /// Top-level domains accepted for bare (scheme-less) links. Kept to common ones so that "e.g." or "end.So" are not links.
    static let bareTLDs: Set<String> = [
        "com", "net", "org", "info", "biz", "io", "co", "me", "tv", "ru", "su", "рф", "ua", "by", "kz", "uk", "de",
        "fr", "es", "it", "pl", "nl", "eu", "us", "ca", "au", "xyz", "top", "club", "online", "site", "shop", "store",
        "app", "dev", "ly", "gl", "gd", "cc", "ws", "in", "cn", "link", "click", "live", "pro", "win", "bid", "loan",
        "vip", "fun", "icu", "buzz", "today", "life", "world", "news", "ch", "at", "be", "se", "no", "fi", "dk", "cz",
        "pt", "br", "mx", "ar", "jp", "kr", "tk", "ml", "ga", "cf", "gq", "gov", "edu", "mil", "ai", "gg", "to", "im",
    ]
    static let shortHosts: Set<String> = ["t.me", "t.co", "x.com", "g.co", "j.mp", "v.gd", "u.to", "s.id", "t.ly", "g.page"]
    /// Words after "dot com" that mean the era, not a link ("the dot com bubble").
    static let dotComEra = HashTable(set: ["bubble", "boom", "bust", "crash", "era", "mania", "days", "company",
                                              "companies", "startups", "startup", "billionaire", "billionaires", "stocks"].map(WordHash.of))
    static let dotWords = HashTable(set: ["dot", "точка", "punto", "punkt", "point"].map(WordHash.of))

    @inline(__always)
    static func isHostChar(_ v: UInt32) -> Bool {
        (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || v == 0x2D || (v >= 0x430 && v <= 0x44F)
    }

    @inline(__always)
    static func isURLChar(_ s: Unicode.Scalar, _ kind: CharKind) -> Bool {
        if kind == .space || kind == .newline || kind == .emoji { return false }
        switch s.value {
        case 0x22, 0x3C, 0x3E, 0xAB, 0xBB, 0x201C, 0x201D, 0x60: return false
        default: return true
        }
    }

    static func find(_ scan: TextScan) -> [FoundLink] {
        var links: [FoundLink] = []
        let n = scan.count
        let f = scan.folded
        // Every written-out link has a dot between host characters, so only those dots are examined: most words
        // are never looked at twice.
        var j = 1, resume = 0
        while j + 1 < n {
            guard f[j] == 0x2E, isHostChar(f[j - 1]), isHostChar(f[j + 1]) else { j += 1; continue }
            var h = j - 1
            while h > 0 && (isHostChar(f[h - 1]) || f[h - 1] == 0x2E) { h -= 1 }
            var start = h
            if h >= 3 && f[h - 1] == 0x2F && f[h - 2] == 0x2F && f[h - 3] == 0x3A {   // "scheme://host"
                var s = h - 3
                while s > 0 && f[s - 1] >= 0x61 && f[s - 1] <= 0x7A { s -= 1 }
                start = s
            }
            // A link starts at a word boundary, not after '@' (e-mail) or '/' (inside a path).
            let glued = start > 0 && (isHostChar(f[start - 1]) || f[start - 1] == 0x2E || f[start - 1] == 0x40 || f[start - 1] == 0x2F)
            if start >= resume && !glued, let link = explicit(scan, f, at: start) ?? bare(scan, f, at: start) {
                links.append(link)
                resume = link.end
                j = max(link.end, j + 1)
                continue
            }
            var e = j + 1
            while e < n && (isHostChar(f[e]) || f[e] == 0x2E) { e += 1 }
            j = e
        }
        links.append(contentsOf: obfuscated(scan, skipping: links))
        links.sort { $0.start < $1.start }
        return links
    }

    private static func hasPrefix(_ f: [UInt32], _ i: Int, _ p: [UInt32]) -> Bool {
        guard i + p.count <= f.count else { return false }
        for k in 0..<p.count where f[i + k] != p[k] { return false }
        return true
    }

    private static let schemes: [[UInt32]] = ["https://", "http://", "ftp://", "hxxp://", "hxxps://"].map { $0.unicodeScalars.map(\.value) }
    private static let www: [UInt32] = "www.".unicodeScalars.map(\.value)

    /// Extends a link from its host start over host, then path, trimming trailing punctuation.
    private static func finish(_ scan: TextScan, linkStart: Int, hostStart: Int, obfuscated: Bool) -> FoundLink? {
        let f = scan.folded, n = scan.count
        var j = hostStart
        while j < n && (isHostChar(f[j]) || (f[j] == 0x2E && j + 1 < n && isHostChar(f[j + 1]))) { j += 1 }
        var host = scan.foldedString(hostStart..<j)
        if host.hasPrefix("www.") { host.removeFirst(4) }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && !$0.hasPrefix("-") }) else { return nil }
        // Optional port, then path.
        var end = j
        if end < n && (f[end] == 0x3A || f[end] == 0x2F || f[end] == 0x3F || f[end] == 0x23) {
            if f[end] == 0x3A && !(end + 1 < n && scan.kinds[end + 1] == .digit) {
                // "example.com: great site" — a colon not followed by a port ends the link.
            } else {
                while end < n && isURLChar(scan.scalars[end], scan.kinds[end]) { end += 1 }
            }
        }
        while end > j, let last = Unicode.Scalar(f[end - 1]), ".,;:!?)]}'’".unicodeScalars.contains(last) { end -= 1 }
        let path = end > j ? scan.foldedString(j..<end) : ""
        return FoundLink(start: linkStart, end: end, host: host, path: path, obfuscated: obfuscated)
    }

    private static func explicit(_ scan: TextScan, _ f: [UInt32], at i: Int) -> FoundLink? {
        let c = f[i]
        guard c == 0x68 || c == 0x66 || c == 0x77 else { return nil }   // h, f, w
        for scheme in schemes where hasPrefix(f, i, scheme) {
            let hostStart = i + scheme.count
            guard hostStart < f.count, isHostChar(f[hostStart]) else { return nil }
            return finish(scan, linkStart: i, hostStart: hostStart, obfuscated: scheme[1] == 0x78)
        }
        if hasPrefix(f, i, www) { return finish(scan, linkStart: i, hostStart: i, obfuscated: false) }
        return nil
    }

    private static func bare(_ scan: TextScan, _ f: [UInt32], at i: Int) -> FoundLink? {
        let n = f.count
        guard isHostChar(f[i]) else { return nil }
        // Quick reject: a bare domain needs a dot followed by a host character within the run.
        var j = i, sawDot = false
        while j < n && (isHostChar(f[j]) || f[j] == 0x2E) {
            if f[j] == 0x2E && j + 1 < n && isHostChar(f[j + 1]) { sawDot = true }
            j += 1
        }
        guard sawDot, let link = finish(scan, linkStart: i, hostStart: i, obfuscated: false) else { return nil }
        let labels = link.host.split(separator: ".")
        guard let tld = labels.last, bareTLDs.contains(String(tld)) else { return nil }
        // Initials and abbreviations ("u.s.", "e.g.") are not domains: the name part needs two characters,
        // except for a few well-known one-letter hosts.
        guard let name = labels.dropLast().last, name.count >= 2 || shortHosts.contains(link.host) else { return nil }
        // Numbers with a dot ("3.5") or version strings are not domains.
        guard labels.dropLast().contains(where: { $0.contains(where: { $0.isLetter }) }) else { return nil }
        // The host must be written in one case style: "end.Then" (a missing space) is not a link.
        let raw = scan.string(link.start..<min(link.end, link.start + link.host.unicodeScalars.count + 4))
        if let dot = raw.firstIndex(of: "."), raw[raw.index(after: dot)...].first?.isUppercase == true,
           raw[..<dot].last?.isLowercase == true { return nil }
        return link
    }

    /// "example dot com", "example [dot] com", "example (.) com", "example . com".
    private static func obfuscated(_ scan: TextScan, skipping found: [FoundLink]) -> [FoundLink] {
        var out: [FoundLink] = []
        let tokens = scan.tokens
        guard tokens.count >= 2 else { return out }
        let taken = SpanSet(found.map { $0.start..<$0.end })
        let stop = StopWords.all, dots = dotWords
        for i in 0..<(tokens.count - 1) {
            let name = tokens[i]
            guard name.letters + name.digits >= 2, !stop.contains(name.hash) else { continue }
            if taken.contains(name.start) { continue }
            var tldIndex = i + 1
            let gapStart = name.end
            var gapEnd = tokens[i + 1].start
            // Cheap test first: the next word is "dot" or the gap holds a full stop.
            let dotWord = dots.contains(tokens[i + 1].hash)
            guard dotWord || (gapStart..<gapEnd).contains(where: { scan.folded[$0] == 0x2E }) else { continue }
            if dotWord {
                // "dot" may be wrapped: [dot] (dot) {dot}
                guard i + 2 < tokens.count else { continue }
                tldIndex = i + 2
                let between = scan.string(gapStart..<tokens[i + 1].start) + scan.string(tokens[i + 1].end..<tokens[i + 2].start)
                guard between.allSatisfy({ " []().{}<>".contains($0) }) else { continue }
                gapEnd = tokens[i + 2].start
            } else {
                let between = scan.string(gapStart..<gapEnd)
                let trimmed = between.filter { $0 != " " }
                // "the end. It was" is a sentence, not a link: a plain dot needs spaces on both sides.
                let spaced = trimmed == "." && between.hasPrefix(" ") && between.hasSuffix(" ")
                guard spaced || trimmed == "(.)" || trimmed == "[.]" || trimmed == "{.}" else { continue }
            }
            let tld = tokens[tldIndex]
            let tldText = scan.foldedString(tld.start..<tld.end)
            guard bareTLDs.contains(tldText), tldText.count >= 2 else { continue }
            if scan.kinds[tld.start] == .letter, Chars.isUpper(scan.scalars[tld.start]), tldIndex == i + 1 { continue }
            if tldIndex + 1 < tokens.count, dotComEra.contains(tokens[tldIndex + 1].hash) { continue }
            let host = scan.foldedString(name.start..<name.end) + "." + tldText
            guard host.unicodeScalars.allSatisfy({ isHostChar($0.value) || $0 == "." }) else { continue }
            out.append(FoundLink(start: name.start, end: tld.end, host: host, path: "", obfuscated: true))
        }
        return out
    }
}
