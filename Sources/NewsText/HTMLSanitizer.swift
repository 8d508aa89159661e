/// A single-pass allow-list sanitizer: tokenizes like a lenient browser and re-emits only allowed elements,
/// keeping a stack of open elements so the output is always balanced and properly nested.
struct HTMLSanitizer {
    private static let void: Set<String> = ["br", "hr", "img"]
    private static let inline: Set<String> = ["strong", "b", "em", "i", "a", "code"]
    private static let block: Set<String> = ["p", "ul", "ol", "blockquote", "h2", "h3", "h4", "figure", "pre", "hr"]
    private static let phrasingOnly: Set<String> = ["p", "h2", "h3", "h4", "pre"]
    private static let lists: Set<String> = ["ul", "ol"]
    /// Elements removed together with everything inside them.
    private static let dropped: Set<String> = [
        "script", "style", "iframe", "noscript", "template", "textarea", "title", "xmp", "noembed", "noframes",
        "object", "svg", "math", "select", "head",
    ]
    /// Deeper nesting is unwrapped: it keeps stack work bounded on hostile input.
    private static let maxDepth = 64

    private let s: [Unicode.Scalar]
    private var i = 0
    private var out = ""
    private var stack: [String] = []

    init(_ html: String) {
        s = Array(html.unicodeScalars)
    }

    mutating func run() -> String {
        out.reserveCapacity(s.count)
        var text = ""
        while i < s.count {
            let c = s[i]
            if c == "<", let tag = readMarkup() {
                emitText(&text)
                handle(tag)
            } else if c == "&", let (decoded, end) = HTMLEntities.decode(s, at: i) {
                text += decoded
                i = end
            } else {
                text.unicodeScalars.append(c)
                i += 1
            }
        }
        emitText(&text)
        while let open = stack.popLast() { out += "</\(open)>" }
        return out
    }

    // MARK: Tokenizing

    private struct Tag {
        var name: String
        var isEnd: Bool
        var attributes: [String: String]
    }

    /// At a "<": consumes a tag, comment or declaration. Returns nil (consuming nothing) when the "<" is text,
    /// and an empty-named tag for markup that produces no output.
    private mutating func readMarkup() -> Tag? {
        let next = i + 1 < s.count ? s[i + 1] : " "
        if next == "!" || next == "?" {
            if next == "!", i + 3 < s.count, s[i + 2] == "-", s[i + 3] == "-" {
                i = find("-->", from: i + 4).map { $0 + 3 } ?? s.count
            } else {
                i = s[(i + 2)...].firstIndex(of: ">").map { $0 + 1 } ?? s.count
            }
            return Tag(name: "", isEnd: false, attributes: [:])
        }
        let isEnd = next == "/"
        let nameStart = i + (isEnd ? 2 : 1)
        guard nameStart < s.count, s[nameStart].isASCII, s[nameStart].properties.isAlphabetic else { return nil }
        var j = nameStart
        var name = ""
        while j < s.count, !isSpace(s[j]), s[j] != "/", s[j] != ">" {
            name.unicodeScalars.append(s[j])
            j += 1
        }
        i = j
        guard let attributes = readAttributes() else { return Tag(name: "", isEnd: false, attributes: [:]) }
        return Tag(name: name.lowercased(), isEnd: isEnd, attributes: attributes)
    }

    /// Reads attributes up to and including ">". A tag cut off by the end of input is dropped (nil), as browsers do.
    private mutating func readAttributes() -> [String: String]? {
        var attributes: [String: String] = [:]
        while i < s.count {
            while i < s.count, isSpace(s[i]) || s[i] == "/" { i += 1 }
            guard i < s.count else { break }
            if s[i] == ">" {
                i += 1
                return attributes
            }
            var name = ""
            repeat {
                name.unicodeScalars.append(s[i])
                i += 1
            } while i < s.count && !isSpace(s[i]) && s[i] != "/" && s[i] != ">" && s[i] != "="
            while i < s.count, isSpace(s[i]) { i += 1 }
            var value = ""
            if i < s.count, s[i] == "=" {
                i += 1
                while i < s.count, isSpace(s[i]) { i += 1 }
                value = readAttributeValue()
            }
            let key = name.lowercased()
            if attributes[key] == nil { attributes[key] = value }
        }
        i = s.count
        return nil
    }

    private mutating func readAttributeValue() -> String {
        var raw: ArraySlice<Unicode.Scalar>
        if i < s.count, s[i] == "\"" || s[i] == "'" {
            let quote = s[i]
            let end = s[(i + 1)...].firstIndex(of: quote) ?? s.count
            raw = s[min(i + 1, s.count)..<end]
            i = min(end + 1, s.count)
        } else {
            let start = i
            while i < s.count, !isSpace(s[i]), s[i] != ">" { i += 1 }
            raw = s[start..<i]
        }
        return decodeEntities(Array(raw))
    }

    private func decodeEntities(_ raw: [Unicode.Scalar]) -> String {
        var value = ""
        var k = 0
        while k < raw.count {
            if raw[k] == "&", let (decoded, end) = HTMLEntities.decode(raw, at: k) {
                value += decoded
                k = end
            } else {
                value.unicodeScalars.append(raw[k])
                k += 1
            }
        }
        return value
    }

    /// Skips a dropped element's content, up to and including its end tag (or to the end of input).
    private mutating func skipContent(of name: String) {
        let closing = Array("</\(name)".unicodeScalars)
        var k = i
        while let hit = find(closing, from: k, caseInsensitive: true) {
            let after = hit + closing.count
            if after >= s.count || isSpace(s[after]) || s[after] == ">" || s[after] == "/" {
                i = s[after...].firstIndex(of: ">").map { $0 + 1 } ?? s.count
                return
            }
            k = hit + 1
        }
        i = s.count
    }

    private func find(_ needle: String, from start: Int) -> Int? {
        find(Array(needle.unicodeScalars), from: start, caseInsensitive: false)
    }

    private func find(_ needle: [Unicode.Scalar], from start: Int, caseInsensitive: Bool) -> Int? {
        guard !needle.isEmpty, start + needle.count <= s.count else { return nil }
        var k = start
        while k + needle.count <= s.count {
            var matched = true
            for (offset, n) in needle.enumerated() {
                let c = s[k + offset]
                if c != n, !(caseInsensitive && c.isASCII && n.isASCII
                    && Character(c).lowercased() == Character(n).lowercased()) {
                    matched = false
                    break
                }
            }
            if matched { return k }
            k += 1
        }
        return nil
    }

    private func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}"
    }

    // MARK: Tree building

    private mutating func handle(_ tag: Tag) {
        guard !tag.name.isEmpty else { return }
        if tag.isEnd {
            close(tag.name)
        } else if Self.dropped.contains(tag.name) {
            skipContent(of: tag.name)
        } else {
            open(tag)
        }
    }

    private mutating func emitText(_ text: inout String) {
        defer { text = "" }
        guard !text.isEmpty else { return }
        if let top = stack.last, Self.lists.contains(top),
           text.unicodeScalars.contains(where: { !isSpace($0) }) {
            push("li", markup: "<li>")
        }
        out += HTML.escape(text)
    }

    private mutating func open(_ tag: Tag) {
        let name = tag.name
        guard Self.void.contains(name) || Self.inline.contains(name) || Self.block.contains(name)
            || name == "li" || name == "figcaption" else { return }
        guard let markup = markup(for: tag) else { return }
        if name == "li", !stack.contains(where: { Self.lists.contains($0) }) { return }
        if Self.block.contains(name) || name == "li" || name == "figcaption" {
            prepareForBlock()
        }
        switch name {
        case "li":
            while let top = stack.last, !Self.lists.contains(top) { pop() }
        case "figcaption":
            guard stack.last == "figure" else { return }
        case "a":
            if stack.contains("a") { close("a") }
        default:
            break
        }
        if name != "li", let top = stack.last, Self.lists.contains(top) {
            push("li", markup: "<li>")
        }
        if Self.void.contains(name) {
            out += markup
        } else {
            push(name, markup: markup)
        }
    }

    /// Block content may not sit inside inline elements or phrasing-only blocks (p, headings, pre): close them,
    /// as an HTML parser would.
    private mutating func prepareForBlock() {
        while let top = stack.last, Self.inline.contains(top) { pop() }
        if let index = stack.lastIndex(where: { Self.phrasingOnly.contains($0) }) {
            while stack.count > index { pop() }
        }
    }

    private mutating func push(_ name: String, markup: String) {
        guard stack.count < Self.maxDepth else { return }
        stack.append(name)
        out += markup
    }

    private mutating func pop() {
        if let name = stack.popLast() { out += "</\(name)>" }
    }

    private mutating func close(_ name: String) {
        guard let index = stack.lastIndex(of: name) else { return }
        while stack.count > index { pop() }
    }

    private func markup(for tag: Tag) -> String? {
        switch tag.name {
        case "a":
            guard let href = tag.attributes["href"].flatMap({ URLPolicy.clean($0, for: .link) }) else { return nil }
            return "<a href=\"\(HTML.escape(href))\" rel=\"nofollow noopener\">"
        case "img":
            guard let src = tag.attributes["src"].flatMap({ URLPolicy.clean($0, for: .image) }) else { return nil }
            var markup = "<img src=\"\(HTML.escape(src))\""
            if let alt = tag.attributes["alt"] { markup += " alt=\"\(HTML.escape(alt))\"" }
            for key in ["width", "height"] {
                if let value = tag.attributes[key], (1...5).contains(value.count), value.allSatisfy(\.isASCIIDigit) {
                    markup += " \(key)=\"\(value)\""
                }
            }
            return markup + ">"
        default:
            return "<\(tag.name)>"
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
