/// A block embed named in an article body: `{{related:KEY}}` or `{{image:KEY}}`.
public enum EmbedReference: Hashable, Sendable {
    case related(String)
    case image(String)

    /// Parses a whole line such as `{{related:budget-2026}}`; blanks around it and inside the braces are tolerated,
    /// and the kind is case-insensitive. The key is kept as written.
    init?(line: Substring) {
        var body = line.trimmingSpaces()
        guard body.hasPrefix("{{"), body.hasSuffix("}}"), body.count >= 4 else { return nil }
        body = String(body.dropFirst(2).dropLast(2))
        let parts = body.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let kind = parts[0].trimmingSpaces().lowercased()
        let key = parts[1].trimmingSpaces()
        guard !key.isEmpty, key.unicodeScalars.allSatisfy(Self.isKeyScalar) else { return nil }
        switch kind {
        case "related": self = .related(key)
        case "image": self = .image(key)
        default: return nil
        }
    }

    private static func isKeyScalar(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "_" || c == "-"
    }
}
