/// HTML escaping and allow-list sanitizing for text that ends up in pages.
public enum HTML {
    /// Escapes `& < > " '` so the result is safe both as element text and inside a quoted attribute value.
    /// Control characters other than tab, newline and carriage return, which HTML forbids, are dropped.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case "\u{0}"..."\u{1F}", "\u{7F}"..."\u{9F}": break
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Reduces untrusted rich text to an allow-listed, well-formed subset of HTML.
    ///
    /// Kept: p, br, strong, b, em, i, a (href http/https/mailto/relative; rel is always "nofollow noopener"),
    /// ul, ol, li, blockquote, h2, h3, h4, figure, figcaption, img (src http/https/relative, alt, width, height),
    /// code, pre, hr. Script-like elements (script, style, iframe, …) are removed with their content; any other
    /// element is unwrapped and its text kept, escaped. Every other attribute is dropped.
    public static func sanitize(_ html: String) -> String {
        var sanitizer = HTMLSanitizer(html)
        return sanitizer.run()
    }
}
