import Foundation

/// What an import found and did: counts per kind and every item skipped or in trouble, with its WordPress id.
struct ImportReport: Sendable, Equatable {
    struct Note: Sendable, Equatable, CustomStringConvertible {
        var kind: String
        var wordpressID: String
        var message: String
        var description: String { "\(kind) \(wordpressID): \(message)" }
    }

    /// Ordered counts: "articles created", "comments published", ...
    private(set) var counts: [String: Int] = [:]
    private(set) var order: [String] = []
    var skipped: [Note] = []
    var problems: [Note] = []

    mutating func add(_ key: String, _ n: Int = 1) {
        if counts[key] == nil { order.append(key) }
        counts[key, default: 0] += n
    }

    subscript(_ key: String) -> Int { counts[key] ?? 0 }

    mutating func skip(_ kind: String, _ id: Int, _ why: String) { skipped.append(Note(kind: kind, wordpressID: String(id), message: why)) }
    mutating func problem(_ kind: String, _ id: Int, _ what: String) { problems.append(Note(kind: kind, wordpressID: String(id), message: what)) }

    var text: String {
        var lines = order.map { "  \($0): \(counts[$0] ?? 0)" }
        if !skipped.isEmpty {
            lines.append("skipped (\(skipped.count)):")
            lines += skipped.map { "  \($0)" }
        }
        if !problems.isEmpty {
            lines.append("problems (\(problems.count)):")
            lines += problems.map { "  \($0)" }
        }
        return lines.joined(separator: "\n")
    }
}

/// How WordPress values become Newsdesk ones; pure, so each rule is tested alone.
enum WordPressMapping {
    enum PostFate: Equatable {
        case article(ArticleStatus)
        case notImported(String)
    }

    /// publish -> published at its time (a future one schedules), future -> scheduled, draft/pending/auto-draft ->
    /// draft; private and trash (and anything else) are not imported.
    static func fate(status: String, publishedAt: Date?, now: Date) -> PostFate {
        switch status {
        case "publish":
            if let at = publishedAt, at > now { return .article(.scheduled) }
            return .article(.published)
        case "future":
            if let at = publishedAt, at > now { return .article(.scheduled) }
            return .article(.published)
        case "draft", "pending", "auto-draft", "inherit": return .article(.draft)
        case "private": return .notImported("private")
        case "trash": return .notImported("trash")
        default: return .notImported("status '\(status)'")
        }
    }

    enum CommentFate: Equatable {
        case comment(CommentStatus)
        case notImported(String)
    }

    static func fate(comment c: WXR.Comment) -> CommentFate {
        if !c.type.isEmpty, c.type != "comment" { return .notImported(c.type) }
        switch c.approved {
        case "1", "approve", "approved": return .comment(.published)
        case "0", "hold", "unapproved": return .comment(.pending)
        case "spam": return .notImported("spam")
        case "trash", "post-trashed": return .notImported("trash")
        default: return .notImported("status '\(c.approved)'")
        }
    }

    /// "2024-05-01 09:30:00" in UTC (the `_gmt` fields) or in `zone`; WordPress writes "0000-00-00 00:00:00" for none.
    static func date(_ text: String, zone: TimeZone) -> Date? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == " " || $0 == ":" || $0 == "T" }).compactMap { Int($0) }
        guard parts.count >= 5, parts[0] > 0, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        var c = DateComponents()
        c.year = parts[0]; c.month = parts[1]; c.day = parts[2]; c.hour = parts[3]; c.minute = parts[4]
        c.second = parts.count > 5 ? parts[5] : 0
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.date(from: c)
    }

    /// A post's time: the `_gmt` one when WordPress wrote it, else the local one read in the edition's zone.
    static func time(gmt: String, local: String, zone: TimeZone) -> Date? {
        date(gmt, zone: .gmt) ?? date(local, zone: zone)
    }

    /// WordPress keeps non-ASCII slugs percent-encoded (`%d0%bf%d1%80...`); links show them decoded.
    static func decodedSlug(_ raw: String) -> String {
        (raw.removingPercentEncoding ?? raw).lowercased()
    }

    /// The date part of a date-based permalink ("2024/05/01") from the post's local time.
    static func permalinkDate(_ local: String) -> String? {
        let parts = local.split(separator: " ").first?.split(separator: "-") ?? []
        guard parts.count == 3 else { return nil }
        return parts.joined(separator: "/")
    }

    /// `wp-content/uploads/2024/05/photo.jpg` inside the uploads copy, from the attachment's URL or `_wp_attached_file`.
    static func uploadPath(attachmentURL: String, attachedFile: String?) -> String? {
        if let f = attachedFile?.trimmingCharacters(in: .whitespaces), !f.isEmpty, !f.hasPrefix("/"), !f.contains("..") {
            return f
        }
        guard let range = attachmentURL.range(of: "/uploads/") else { return nil }
        let rest = String(attachmentURL[range.upperBound...]).removingPercentEncoding ?? ""
        guard !rest.isEmpty, !rest.contains("..") else { return nil }
        return rest
    }

    /// An image URL without WordPress's size suffix (`photo-300x200.jpg` -> `photo.jpg`) and scheme, for matching
    /// the pictures in post content to their attachments.
    static func imageKey(_ url: String) -> String {
        var u = url.lowercased()
        if let q = u.firstIndex(where: { $0 == "?" || $0 == "#" }) { u = String(u[..<q]) }
        if let scheme = u.range(of: "://") { u = String(u[scheme.upperBound...]) }
        if let dot = u.lastIndex(of: "."), let dash = u[..<dot].lastIndex(of: "-") {
            let size = u[u.index(after: dash)..<dot]
            let dims = size.split(separator: "x")
            if dims.count == 2, dims.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) {
                u = String(u[..<dash]) + String(u[dot...])
            }
        }
        return u
    }

    /// The photographer's credit WordPress stores in `_wp_attachment_metadata` (PHP-serialised `image_meta`).
    static func credit(fromMetadata serialized: String) -> String? {
        guard let key = serialized.range(of: "s:6:\"credit\";s:") else { return nil }
        let rest = serialized[key.upperBound...]
        guard let colon = rest.firstIndex(of: ":"), let length = Int(rest[..<colon]), length > 0 else { return nil }
        let start = rest.index(colon, offsetBy: 2, limitedBy: rest.endIndex) ?? rest.endIndex
        let bytes = Array(rest[start...].utf8.prefix(length))
        let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }

    /// Likes a plugin kept on a comment, when there is such a field.
    static func likes(_ meta: [String: String]) -> Int {
        for key in ["likes", "_likes", "comment_likes", "wpdiscuz_votes", "_comment_like_count"] {
            if let n = meta[key].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) { return max(0, n) }
        }
        return 0
    }

    /// A short, stable fingerprint of what was imported (FNV-1a, 64 bits): equal text, equal checksum.
    static func checksum(_ parts: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            hash ^= 0xff
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }

    /// A member's e-mail address from a comment; a comment without one gets a stable address that cannot receive mail,
    /// one per name.
    static func commenterEmail(_ c: WXR.Comment) -> String {
        let email = c.email.trimmingCharacters(in: .whitespaces).lowercased()
        if UserService.looksLikeEmail(email) { return email }
        let name = c.author.trimmingCharacters(in: .whitespaces)
        let local = name.isEmpty ? "anonymous" : "wp-\(checksum([name.lowercased()]))"
        return "\(local)@wordpress-import.invalid"
    }
}
