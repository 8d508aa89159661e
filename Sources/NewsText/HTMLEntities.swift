/// Decoding of HTML character references (`&amp;`, `&#233;`, `&#xE9;`), shared by the sanitizer and Markdown.
enum HTMLEntities {
    /// The named references writers actually use; unknown names stay literal text.
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "mdash": "\u{2014}", "ndash": "\u{2013}", "hellip": "\u{2026}", "laquo": "\u{00AB}", "raquo": "\u{00BB}",
        "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "sbquo": "\u{201A}",
        "bdquo": "\u{201E}", "copy": "\u{00A9}", "reg": "\u{00AE}", "trade": "\u{2122}", "euro": "\u{20AC}",
        "pound": "\u{00A3}", "yen": "\u{00A5}", "cent": "\u{00A2}", "deg": "\u{00B0}", "middot": "\u{00B7}",
        "bull": "\u{2022}", "times": "\u{00D7}", "divide": "\u{00F7}", "shy": "\u{00AD}", "thinsp": "\u{2009}",
        "ensp": "\u{2002}", "emsp": "\u{2003}", "minus": "\u{2212}", "plusmn": "\u{00B1}", "sect": "\u{00A7}",
        "para": "\u{00B6}", "frac12": "\u{00BD}", "frac14": "\u{00BC}", "frac34": "\u{00BE}",
    ]

    /// Decodes the reference that starts at `start` (which holds "&").
    /// Returns the decoded text and the index just past the ";", or nil when there is no valid reference.
    static func decode(_ s: [Unicode.Scalar], at start: Int) -> (text: String, end: Int)? {
        var i = start + 1
        guard i < s.count else { return nil }
        if s[i] == "#" {
            i += 1
            var radix: UInt32 = 10
            if i < s.count, s[i] == "x" || s[i] == "X" {
                radix = 16
                i += 1
            }
            var value: UInt32 = 0
            var digits = 0
            while i < s.count, let d = digitValue(s[i], radix: radix) {
                guard digits < 8 else { return nil }
                value = value * radix + d
                digits += 1
                i += 1
            }
            guard digits > 0, i < s.count, s[i] == ";" else { return nil }
            let scalar = Unicode.Scalar(value).flatMap { $0.value == 0 ? nil : $0 } ?? "\u{FFFD}"
            return (String(Character(scalar)), i + 1)
        }
        var name = ""
        while i < s.count, name.unicodeScalars.count < 10, s[i].isASCII, s[i].properties.isAlphabetic
                || ("0"..."9").contains(s[i]) {
            name.unicodeScalars.append(s[i])
            i += 1
        }
        guard i < s.count, s[i] == ";", let text = named[name] else { return nil }
        return (text, i + 1)
    }

    private static func digitValue(_ c: Unicode.Scalar, radix: UInt32) -> UInt32? {
        switch c.value {
        case 0x30...0x39: return c.value - 0x30
        case 0x41...0x46 where radix == 16: return c.value - 0x41 + 10
        case 0x61...0x66 where radix == 16: return c.value - 0x61 + 10
        default: return nil
        }
    }
}
