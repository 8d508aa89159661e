/// A strict checker for the HTML this module emits: balanced tags, HTML5 content rules that matter here, and no
/// script vectors. Returns the problems found, none when the markup is sound.
enum HTMLStructure {
    private static let void: Set = ["br", "hr", "img"]
    private static let flow: Set = [
        "p", "ul", "ol", "li", "blockquote", "h2", "h3", "h4", "figure", "figcaption", "pre", "hr", "aside",
    ]
    private static let phrasingOnly: Set = [
        "p", "h2", "h3", "h4", "pre", "em", "strong", "b", "i", "a", "code", "span", "small",
    ]
    private static let known: Set = void.union(flow).union(phrasingOnly)

    static func problems(in html: String) -> [String] {
        var problems: [String] = []
        var stack: [String] = []
        let s = Array(html.unicodeScalars)
        var i = 0
        var text = ""
        while i < s.count {
            guard s[i] == "<" else {
                if s[i] == ">" { problems.append("raw > in text") }
                text.unicodeScalars.append(s[i])
                i += 1
                continue
            }
            if let top = stack.last, top == "ul" || top == "ol", text.contains(where: { !$0.isWhitespace }) {
                problems.append("text directly in <\(top)>")
            }
            text = ""
            guard let end = s[i...].firstIndex(of: ">") else {
                problems.append("unterminated tag")
                break
            }
            var tag = ""
            tag.unicodeScalars.append(contentsOf: s[(i + 1)..<end])
            i = end + 1
            if tag.hasPrefix("/") {
                let name = String(tag.dropFirst())
                if stack.last != name { problems.append("</\(name)> closes <\(stack.last ?? "nothing")>") }
                if !stack.isEmpty { stack.removeLast() }
                continue
            }
            let name = String(tag.prefix { $0 != " " })
            problems += attributeProblems(String(tag.dropFirst(name.count)), in: name)
            if !known.contains(name) { problems.append("unexpected <\(name)>") }
            if let parent = stack.last {
                if flow.contains(name), stack.contains(where: phrasingOnly.contains) {
                    problems.append("<\(name)> inside phrasing content")
                }
                if (parent == "ul" || parent == "ol") != (name == "li") { problems.append("<\(name)> in <\(parent)>") }
                if name == "a", stack.contains("a") { problems.append("nested <a>") }
            } else if name == "li" {
                problems.append("<li> outside a list")
            }
            if !void.contains(name) { stack.append(name) }
        }
        if !stack.isEmpty { problems.append("unclosed \(stack)") }
        return problems
    }

    private static func attributeProblems(_ attributes: String, in tag: String) -> [String] {
        var problems: [String] = []
        var rest = Substring(attributes)
        while let eq = rest.firstIndex(of: "=") {
            let name = rest[..<eq].filter { $0 != " " }.lowercased()
            if name.hasPrefix("on") || name == "style" { problems.append("attribute \(name) on <\(tag)>") }
            guard rest[rest.index(after: eq)...].first == "\"",
                  let close = rest[rest.index(eq, offsetBy: 2)...].firstIndex(of: "\"") else {
                problems.append("unquoted attribute on <\(tag)>")
                return problems
            }
            let value = rest[rest.index(eq, offsetBy: 2)..<close].lowercased()
                .filter { !$0.isWhitespace }
            if (name == "href" || name == "src"), value.hasPrefix("javascript") || value.hasPrefix("data:")
                || value.hasPrefix("vbscript") {
                problems.append("script URL in \(name)")
            }
            if value.contains("<") { problems.append("raw < in attribute") }
            rest = rest[rest.index(after: close)...]
        }
        return problems
    }
}
