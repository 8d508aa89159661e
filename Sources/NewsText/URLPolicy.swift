/// Which URLs may appear in `href` and `src` attributes.
enum URLPolicy {
    enum Use {
        case link
        case image

        var schemes: Set<String> {
            switch self {
            case .link: ["http", "https", "mailto"]
            case .image: ["http", "https"]
            }
        }
    }

    /// Returns the URL as it should be written (surrounding blanks and embedded tabs/newlines removed, as browsers
    /// do before resolving; inner spaces as %20), or nil when its scheme is not allowed for `use` (javascript:,
    /// data:, vbscript:, …) or it holds control characters.
    static func clean(_ raw: String, for use: Use) -> String? {
        var scalars = Array(raw.unicodeScalars)
        while let first = scalars.first, first.value <= 0x20 { scalars.removeFirst() }
        while let last = scalars.last, last.value <= 0x20 { scalars.removeLast() }
        scalars.removeAll { $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard !scalars.isEmpty, !scalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return nil }
        var url = ""
        for scalar in scalars {
            if scalar == " " { url += "%20" } else { url.unicodeScalars.append(scalar) }
        }
        guard let scheme = scheme(of: scalars) else { return url }
        return use.schemes.contains(scheme) ? url : nil
    }

    /// True for absolute http(s) and protocol-relative URLs: the ones that leave the site.
    static func isExternal(_ url: String) -> Bool {
        let scalars = Array(url.unicodeScalars)
        if scalars.count >= 2, scalars[0] == "/" || scalars[0] == "\\", scalars[1] == "/" || scalars[1] == "\\" {
            return true
        }
        return scheme(of: scalars).map { $0 == "http" || $0 == "https" } ?? false
    }

    /// The lowercased scheme, nil for a relative reference. A malformed scheme comes back as "" (never allowed).
    private static func scheme(of scalars: [Unicode.Scalar]) -> String? {
        guard let colon = scalars.firstIndex(of: ":") else { return nil }
        if scalars[..<colon].contains(where: { $0 == "/" || $0 == "?" || $0 == "#" || $0 == "\\" }) { return nil }
        let name = scalars[..<colon]
        guard let first = name.first, first.isASCII, first.properties.isAlphabetic,
              name.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)
                  || $0 == "+" || $0 == "-" || $0 == ".") })
        else { return "" }
        var out = ""
        out.unicodeScalars.append(contentsOf: name)
        return out.lowercased()
    }
}
