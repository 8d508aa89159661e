/// Walks WordPress HTML once, tag by tag, writing Markdown blocks. Lists and quotes are containers that prefix the
/// lines of the blocks inside them; inline marks (links, emphasis) wrap their text when they close.
struct WordPressConverter {
    private let s: [Unicode.Scalar]
    private var i = 0
    private let imageKey: (WordPressImage) -> String?

    private var lines: [String] = []
    /// The paragraph being written (Markdown) and its plain text (to spot a bare URL, which becomes a link).
    private var inline = ""
    private var inlineRaw = ""
    /// Whether the paragraph was opened by a tag (`<p>`, `<h2>`...) rather than by loose text (`wpautop` style).
    private var explicitBlock = false
    private var heading = 0
    private var marks: [(name: String, start: String.Index, href: String?)] = []
    private var containers: [Container] = []
    /// Inside a `<figure>` whose picture went into the library, its caption is the library's: the figcaption is dropped.
    private var figureAttachment: Int?
    private var figureHasLibraryImage = false
    private var inFigcaption = false

    private enum Container {
        case quote
        case list(ordered: Bool, count: Int)
        case item(marker: String, used: Bool)
    }

    static let skipped: Set<String> = ["script", "style", "noscript", "object", "form", "button", "select",
                                       "textarea", "svg", "canvas", "template", "head", "title", "math", "audio", "video"]
    static let blockTags: Set<String> = ["p", "div", "section", "article", "header", "footer", "aside", "nav", "main",
                                         "table", "tbody", "thead", "tfoot", "tr", "dl", "dt", "dd", "address", "center",
                                         "details", "summary", "figcaption", "caption"]

    init(html: String, imageKey: @escaping (WordPressImage) -> String?) {
        self.s = Array(html.unicodeScalars)
        self.imageKey = imageKey
    }

    mutating func run() -> String {
        while i < s.count {
            if s[i] == "<", let tag = readTag() {
                handle(tag)
            } else if s[i] == "<" {
                text(consumeText(single: true))
            } else {
                text(consumeText(single: false))
            }
        }
        flush()
        while let last = lines.last, last.trimmingCharacters(in: .whitespaces).isEmpty || last == ">" { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    // MARK: Reading

    private struct Tag {
        var name: String
        var closing: Bool
        var attrs: [String: String]
    }

    private mutating func consumeText(single: Bool) -> String {
        var raw = String.UnicodeScalarView()
        if single { raw.append(s[i]); i += 1 }
        while i < s.count, s[i] != "<" {
            if s[i] == "&", let (decoded, end) = HTMLEntities.decode(s, at: i) {
                raw.append(contentsOf: decoded.unicodeScalars)
                i = end
            } else {
                raw.append(s[i])
                i += 1
            }
        }
        return String(raw)
    }

    /// A tag, a comment or a declaration at `i`; nil (nothing consumed) when `<` starts no markup.
    private mutating func readTag() -> Tag? {
        let start = i
        guard i + 1 < s.count else { return nil }
        if s[i + 1] == "!" || s[i + 1] == "?" {
            let isComment = i + 3 < s.count && s[i + 2] == "-" && s[i + 3] == "-"
            let end = isComment ? Shortcodes.find(Array("-->".unicodeScalars), in: s, from: i + 4).map { $0 + 3 }
                                : Shortcodes.find([">"], in: s, from: i).map { $0 + 1 }
            i = end ?? s.count
            return Tag(name: "!", closing: false, attrs: [:])
        }
        var j = i + 1
        var closing = false
        if s[j] == "/" { closing = true; j += 1 }
        guard j < s.count, s[j].isASCII, s[j].properties.isAlphabetic else { return nil }
        var name = ""
        while j < s.count, s[j].isASCII, s[j].properties.isAlphabetic || ("0"..."9").contains(s[j]) || s[j] == "-" {
            name.unicodeScalars.append(s[j])
            j += 1
        }
        var attrs: [String: String] = [:]
        while j < s.count, s[j] != ">" {
            if s[j] == "\"" || s[j] == "'" {
                let quote = s[j]
                j += 1
                while j < s.count, s[j] != quote { j += 1 }
                j += 1
                continue
            }
            guard s[j].properties.isAlphabetic || s[j] == "-" || s[j] == "_" || s[j] == ":" else { j += 1; continue }
            var key = ""
            while j < s.count, !" \t\n\r=>/".unicodeScalars.contains(s[j]) { key.unicodeScalars.append(s[j]); j += 1 }
            while j < s.count, s[j] == " " { j += 1 }
            guard j < s.count, s[j] == "=" else { attrs[key.lowercased()] = ""; continue }
            j += 1
            while j < s.count, s[j] == " " { j += 1 }
            var value = String.UnicodeScalarView()
            if j < s.count, s[j] == "\"" || s[j] == "'" {
                let quote = s[j]
                j += 1
                while j < s.count, s[j] != quote { value.append(s[j]); j += 1 }
                j += 1
            } else {
                while j < s.count, !" \t\n\r>".unicodeScalars.contains(s[j]) { value.append(s[j]); j += 1 }
            }
            attrs[key.lowercased()] = Self.decodeEntities(String(value))
        }
        guard j < s.count else { i = start; return nil }
        i = j + 1
        return Tag(name: name.lowercased(), closing: closing, attrs: attrs)
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let u = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var k = 0
        while k < u.count {
            if u[k] == "&", let (decoded, end) = HTMLEntities.decode(u, at: k) {
                out.append(contentsOf: decoded.unicodeScalars)
                k = end
            } else {
                out.append(u[k])
                k += 1
            }
        }
        return String(out)
    }

    /// Skips everything up to the matching end tag of `name` (for scripts, styles and the like).
    private mutating func skipContent(of name: String) {
        let needle = Array("</\(name)".unicodeScalars)
        var k = i
        while k + needle.count <= s.count {
            if s[k] == "<", String(String.UnicodeScalarView(s[k..<(k + needle.count)])).lowercased() == "</\(name)" {
                i = Shortcodes.find([">"], in: s, from: k).map { $0 + 1 } ?? s.count
                return
            }
            k += 1
        }
        i = s.count
    }

    // MARK: Tags

    private mutating func handle(_ tag: Tag) {
        let name = tag.name
        if name == "!" { return }
        if Self.skipped.contains(name) {
            if !tag.closing { skipContent(of: name) }
            return
        }
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            flush()
            if !tag.closing {
                heading = Int(String(name.dropFirst())) ?? 2
                explicitBlock = true
            }
        case "br":
            if !inline.trimmingCharacters(in: .whitespaces).isEmpty { inline += "\\\n"; inlineRaw += "\n" }
        case "hr":
            flush()
            emit("---")
        case "ul", "ol":
            flush()
            if tag.closing {
                if case .item = containers.last { containers.removeLast() }
                if case .list = containers.last { containers.removeLast() }
            } else {
                let start = Int(tag.attrs["start"] ?? "") ?? 1
                containers.append(.list(ordered: name == "ol", count: max(0, start - 1)))
            }
        case "li":
            flush()
            if case .item = containers.last { containers.removeLast() }
            guard !tag.closing else { return }
            if case .list(let ordered, let count)? = containers.last {
                containers[containers.count - 1] = .list(ordered: ordered, count: count + 1)
                containers.append(.item(marker: ordered ? "\(count + 1). " : "- ", used: false))
            } else {
                containers.append(.list(ordered: false, count: 1))
                containers.append(.item(marker: "- ", used: false))
            }
        case "blockquote":
            flush()
            if tag.closing {
                while let last = containers.popLast() { if case .quote = last { break } }
            } else {
                containers.append(.quote)
            }
        case "pre":
            if !tag.closing { preformatted() }
        case "figure":
            flush()
            figureAttachment = tag.closing ? nil : tag.attrs["data-wp-attachment"].flatMap { Int($0) }
            figureHasLibraryImage = false
        case "figcaption":
            flush()
            inFigcaption = !tag.closing
            if tag.closing { inFigcaption = false }
        case "img":
            image(tag.attrs)
        case "iframe", "embed":
            if let src = tag.attrs["src"], URLCheck.isWebLink(src) {
                flush()
                emit("[\(Self.escape(src))](\(Self.destination(src)))")
            }
            if name == "iframe" && !tag.closing { skipContent(of: name) }
        case "a":
            if tag.closing { closeMark("a") } else { marks.append(("a", inline.endIndex, tag.attrs["href"] ?? "")) }
        case "strong", "b":
            if tag.closing { closeMark("**") } else { marks.append(("**", inline.endIndex, nil)) }
        case "em", "i", "cite":
            if tag.closing { closeMark("*") } else { marks.append(("*", inline.endIndex, nil)) }
        case "code", "kbd", "samp":
            if tag.closing { closeMark("`") } else { marks.append(("`", inline.endIndex, nil)) }
        case "td", "th", "dd":
            if !tag.closing, !inline.isEmpty { inline += " " ; inlineRaw += " " }
        default:
            if Self.blockTags.contains(name) {
                flush()
                explicitBlock = !tag.closing
            }
        }
    }

    private mutating func closeMark(_ name: String) {
        let markName = name == "a" ? "a" : name
        guard let index = marks.lastIndex(where: { $0.name == markName }) else { return }
        let mark = marks[index]
        marks.removeSubrange(index...)
        guard mark.start <= inline.endIndex else { return }
        let inner = String(inline[mark.start...])
        let trimmed = inner.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.hasSuffix("\\") else { return }
        let lead = inner.prefix { $0 == " " }
        let trail = inner.hasSuffix(" ") ? " " : ""
        let wrapped: String
        switch name {
        case "a":
            guard let href = mark.href, URLCheck.isSafeHref(href) else { return }
            wrapped = "[\(trimmed)](\(Self.destination(href)))"
        case "`":
            // The escaped text inside a code span would show its backslashes: unescape it and pick a fence.
            let plain = Self.unescape(trimmed)
            let fence = plain.contains("`") ? "`` " : "`"
            wrapped = fence + plain + String(fence.reversed())
        default:
            wrapped = name + trimmed + name
        }
        inline.replaceSubrange(mark.start..., with: String(lead) + wrapped + trail)
    }

    private mutating func image(_ attrs: [String: String]) {
        let src = attrs["src"] ?? ""
        let alt = (attrs["alt"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        var id = attrs["data-wp-attachment"].flatMap { Int($0) } ?? attrs["data-id"].flatMap { Int($0) }
        if id == nil, let cls = attrs["class"] {
            id = cls.split(separator: " ").first { $0.hasPrefix("wp-image-") }.flatMap { Int($0.dropFirst(9)) }
        }
        if id == nil { id = figureAttachment }
        let picture = WordPressImage(src: src, attachmentID: id, alt: alt)
        if let key = imageKey(picture) {
            flush(keepMarks: true)
            emit("{{image:\(key)}}")
            figureHasLibraryImage = true
            return
        }
        guard URLCheck.isWebLink(src) else { return }
        let label = alt.isEmpty ? "Photo" : alt
        append(markdown: "[\(Self.escape(label))](\(Self.destination(src)))", raw: label)
    }

    private mutating func preformatted() {
        flush()
        // The text up to </pre>, tags inside (such as <code>) dropped, references decoded.
        var body = ""
        while i < s.count {
            if s[i] == "<", let tag = readTag() {
                if tag.name == "pre", tag.closing { break }
                continue
            }
            body += consumeText(single: s[i] == "<")
        }
        let fence = body.contains("```") ? "~~~~" : "```"
        let trimmed = body.trimmingCharacters(in: .newlines)
        if !trimmed.isEmpty { emit(fence + "\n" + trimmed + "\n" + fence) }
    }

    // MARK: Text

    private mutating func text(_ raw: String) {
        if inFigcaption, figureHasLibraryImage { return }
        if explicitBlock || heading > 0 || inFigcaption {
            appendText(collapsing: raw)
            return
        }
        // Loose text is written as WordPress's `wpautop` reads it: a blank line ends a paragraph, a newline breaks a line.
        let normalized = raw.replacingOccurrences(of: "\r\n", with: "\n")
        let paragraphs = normalized.components(separatedBy: "\n\n")
        for (n, paragraph) in paragraphs.enumerated() {
            if n > 0 { flush(keepMarks: true) }
            let lineParts = paragraph.split(separator: "\n", omittingEmptySubsequences: false)
            for (m, part) in lineParts.enumerated() {
                if m > 0, !inline.trimmingCharacters(in: .whitespaces).isEmpty, !inline.hasSuffix("\\\n"),
                   !part.trimmingCharacters(in: .whitespaces).isEmpty {
                    inline += "\\\n"
                    inlineRaw += "\n"
                }
                appendText(collapsing: String(part))
            }
        }
    }

    private mutating func appendText(collapsing raw: String) {
        var collapsed = ""
        var space = false
        for c in raw {
            if c.isWhitespace && c != "\u{00A0}" {
                space = true
            } else {
                if space, !(collapsed.isEmpty && (inline.isEmpty || inline.hasSuffix(" ") || inline.hasSuffix("\n"))) { collapsed += " " }
                space = false
                collapsed.append(c)
            }
        }
        if space, !collapsed.isEmpty || !(inline.isEmpty || inline.hasSuffix(" ") || inline.hasSuffix("\n")) { collapsed += " " }
        append(markdown: Self.escape(collapsed), raw: collapsed)
    }

    private mutating func append(markdown: String, raw: String) {
        inline += markdown
        inlineRaw += raw
    }

    /// Writes the paragraph or heading being built as a block.
    private mutating func flush(keepMarks: Bool = false) {
        var body = inline.trimmingCharacters(in: .whitespaces)
        while body.hasSuffix("\\\n") || body.hasSuffix("\\") && !body.hasSuffix("\\\\") {
            body = String(body.dropLast(body.hasSuffix("\\\n") ? 2 : 1)).trimmingCharacters(in: .whitespaces)
        }
        let raw = inlineRaw.trimmingCharacters(in: .whitespacesAndNewlines)
        if !body.isEmpty {
            if URLCheck.isWebLink(raw), !body.contains("](") {
                emit("[\(Self.escape(raw))](\(Self.destination(raw)))")
            } else if heading > 0 {
                emit(String(repeating: "#", count: heading) + " " + body.replacingOccurrences(of: "\\\n", with: " "))
            } else {
                emit(Self.protectLineStarts(body))
            }
        }
        inline = ""
        inlineRaw = ""
        heading = 0
        if keepMarks {
            marks = marks.map { ($0.name, inline.startIndex, $0.href) }
        } else {
            marks = []
            explicitBlock = false
        }
    }

    /// Appends a block under the open containers, a blank line before it.
    private mutating func emit(_ block: String) {
        let restPrefix = containers.map { c -> String in
            switch c {
            case .quote: return "> "
            case .list: return ""
            case .item(let marker, _): return String(repeating: " ", count: marker.count)
            }
        }.joined()
        if !lines.isEmpty {
            var separator = restPrefix
            while separator.hasSuffix(" ") { separator.removeLast() }
            // Between items of one list a plain blank line keeps them one list.
            lines.append(separator)
        }
        var firstPrefix = ""
        for (n, c) in containers.enumerated() {
            switch c {
            case .quote: firstPrefix += "> "
            case .list: break
            case .item(let marker, let used):
                if used {
                    firstPrefix += String(repeating: " ", count: marker.count)
                } else {
                    firstPrefix += marker
                    containers[n] = .item(marker: marker, used: true)
                }
            }
        }
        for (n, line) in block.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            lines.append((n == 0 ? firstPrefix : restPrefix) + line)
        }
    }

    // MARK: Markdown escaping

    static let escaped: Set<Character> = ["\\", "*", "_", "[", "]", "`", "<", "&", "{", "}"]

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            if escaped.contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    static func unescape(_ text: String) -> String {
        var out = ""
        var pending = false
        for c in text {
            if pending { out.append(c); pending = false } else if c == "\\" { pending = true } else { out.append(c) }
        }
        return out
    }

    /// Text that would start a heading, quote, list or rule at the start of a line is escaped.
    static func protectLineStarts(_ block: String) -> String {
        block.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let t = String(line)
            guard let first = t.first else { return t }
            if "#>=|~".contains(first) { return "\\" + t }
            if "-+".contains(first), t.count == 1 || t.dropFirst().first == " " || t.allSatisfy({ $0 == first }) { return "\\" + t }
            let digits = t.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, let after = t.dropFirst(digits.count).first, after == "." || after == ")" {
                return String(digits) + "\\" + String(t.dropFirst(digits.count))
            }
            return t
        }.joined(separator: "\n")
    }

    /// A link destination the Markdown parser reads back whole: spaces and parentheses percent-encoded.
    static func destination(_ url: String) -> String {
        var out = ""
        for c in url {
            switch c {
            case " ": out += "%20"
            case "(": out += "%28"
            case ")": out += "%29"
            case "<": out += "%3C"
            case ">": out += "%3E"
            default: out.append(c)
            }
        }
        return out
    }
}
