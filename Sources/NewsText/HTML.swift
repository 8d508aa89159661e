/// HTML escaping and allow-list sanitizing for text that ends up in pages.
public enum HTML {
    /// Escapes `& < > " '` so the result is safe both as element text and inside a quoted attribute value.
    /// Control characters other than tab, newline and carriage return, which HTML forbids, are dropped.
    public static func escape(_ s: String) -> String {
        var s = s
        // Most values (names, titles, addresses) need nothing changed: one pass over the bytes finds out, and
        // then the string itself is the answer, without a copy.
        let escaped: String? = s.withUTF8 { bytes in
            guard let first = firstToChange(bytes) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 32)
            out.append(contentsOf: bytes[..<first])
            var i = first
            while i < bytes.count {
                let b = bytes[i]
                switch b {
                case 0x26: out.append(contentsOf: "&amp;".utf8)
                case 0x3C: out.append(contentsOf: "&lt;".utf8)
                case 0x3E: out.append(contentsOf: "&gt;".utf8)
                case 0x22: out.append(contentsOf: "&quot;".utf8)
                case 0x27: out.append(contentsOf: "&#39;".utf8)
                case 0x09, 0x0A, 0x0D: out.append(b)
                case 0x00...0x1F, 0x7F: break
                // U+0080...U+009F (C1 controls) are C2 80...C2 9F in UTF-8: dropped like the C0 controls.
                case 0xC2 where i + 1 < bytes.count && (0x80...0x9F).contains(bytes[i + 1]): i += 1
                default: out.append(b)
                }
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
        return escaped ?? s
    }

    /// The offset of the first byte `escape` changes, or nil when the text goes out as it is.
    private static func firstToChange(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        while i < bytes.count {
            switch bytes[i] {
            case 0x26, 0x3C, 0x3E, 0x22, 0x27, 0x7F: return i
            case 0x09, 0x0A, 0x0D: break
            case 0x00...0x1F: return i
            case 0xC2 where i + 1 < bytes.count && (0x80...0x9F).contains(bytes[i + 1]): return i
            default: break
            }
            i += 1
        }
        return nil
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
