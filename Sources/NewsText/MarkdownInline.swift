/// Inline Markdown (code spans, links, emphasis, breaks, escapes, character references) parsed into a small tree.
///
/// Follows CommonMark's delimiter-stack algorithm, including its "openers bottom" optimisation, so the work stays
/// linear on hostile input (runs of `*`, `[`, backticks). Nodes live in one array linked by index, which makes
/// wrapping a run of siblings into an emphasis or link O(1), and rendering walks the tree without recursion.
struct MarkdownInline {
    enum Kind {
        case root, text, delimiterRun, softBreak, hardBreak, code, emphasis, strong, link, unlinked
    }

    struct Node {
        var kind: Kind
        var text = ""
        var count = 0
        var next = -1
        var prev = -1
        var first = -1
        var last = -1
    }

    private struct Delimiter {
        var node: Int
        var char: Unicode.Scalar
        var originalCount: Int
        var canOpen: Bool
        var canClose: Bool
        var prev: Int
        var next: Int
    }

    private struct Bracket {
        var node: Int
    }

    private let s: [Unicode.Scalar]
    private var i = 0
    private(set) var nodes = [Node(kind: .root)]
    private var delimiters: [Delimiter] = []
    private var delimiterTop = -1
    private var brackets: [Bracket] = []
    /// Brackets below this index may no longer open a link (no links inside links).
    private var activeBracketFloor = 0
    private var pending = ""
    private let codeRuns: [Int: [Int]]

    init(_ text: String) {
        s = Array(text.unicodeScalars)
        var runs: [Int: [Int]] = [:]
        var k = 0
        while k < s.count {
            guard s[k] == "`" else {
                k += 1
                continue
            }
            let start = k
            while k < s.count, s[k] == "`" { k += 1 }
            runs[k - start, default: []].append(start)
        }
        codeRuns = runs
        parse()
    }

    // MARK: Parsing

    private mutating func parse() {
        while i < s.count {
            switch s[i] {
            case "\\": backslash()
            case "\n": lineBreak()
            case "`": codeSpan()
            case "*", "_": delimiterRun()
            case "[":
                flush()
                brackets.append(Bracket(node: append(Node(kind: .text, text: "["))))
                i += 1
            case "]": closeBracket()
            case "<": autolink()
            case "&":
                if let (decoded, end) = HTMLEntities.decode(s, at: i) {
                    pending += decoded
                    i = end
                } else {
                    pending += "&"
                    i += 1
                }
            default:
                pending.unicodeScalars.append(s[i])
                i += 1
            }
        }
        flush()
        processEmphasis(above: 0)
    }

    private mutating func backslash() {
        if i + 1 < s.count, s[i + 1] == "\n" {
            flush()
            append(Node(kind: .hardBreak))
            i += 2
            skipSpaces()
        } else if i + 1 < s.count, Self.isASCIIPunctuation(s[i + 1]) {
            pending.unicodeScalars.append(s[i + 1])
            i += 2
        } else {
            pending += "\\"
            i += 1
        }
    }

    /// Two or more spaces before a newline make a hard break; otherwise the newline is a soft break.
    private mutating func lineBreak() {
        var spaces = 0
        while pending.unicodeScalars.last == " " {
            pending.unicodeScalars.removeLast()
            spaces += 1
        }
        flush()
        append(Node(kind: spaces >= 2 ? .hardBreak : .softBreak))
        i += 1
        skipSpaces()
    }

    private mutating func skipSpaces() {
        while i < s.count, s[i] == " " || s[i] == "\t" { i += 1 }
    }

    private mutating func codeSpan() {
        var j = i
        while j < s.count, s[j] == "`" { j += 1 }
        let length = j - i
        guard let close = nextCodeRun(length: length, after: j) else {
            pending += String(repeating: "`", count: length)
            i = j
            return
        }
        var content = ""
        content.unicodeScalars.append(contentsOf: s[j..<close].map { $0 == "\n" ? " " : $0 })
        if content.count >= 2, content.first == " ", content.last == " ", content.contains(where: { $0 != " " }) {
            content = String(content.dropFirst().dropLast())
        }
        flush()
        append(Node(kind: .code, text: content))
        i = close + length
    }

    private func nextCodeRun(length: Int, after position: Int) -> Int? {
        guard let starts = codeRuns[length] else { return nil }
        var low = 0
        var high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] < position { low = mid + 1 } else { high = mid }
        }
        return low < starts.count ? starts[low] : nil
    }

    private mutating func delimiterRun() {
        let char = s[i]
        var j = i
        while j < s.count, s[j] == char { j += 1 }
        let before: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
        let after: Unicode.Scalar? = j < s.count ? s[j] : nil
        let leftFlanking = !Self.isSpace(after)
            && (!Self.isPunctuation(after) || Self.isSpace(before) || Self.isPunctuation(before))
        let rightFlanking = !Self.isSpace(before)
            && (!Self.isPunctuation(before) || Self.isSpace(after) || Self.isPunctuation(after))
        let canOpen: Bool
        let canClose: Bool
        if char == "*" {
            canOpen = leftFlanking
            canClose = rightFlanking
        } else {
            canOpen = leftFlanking && (!rightFlanking || Self.isPunctuation(before))
            canClose = rightFlanking && (!leftFlanking || Self.isPunctuation(after))
        }
        flush()
        let node = append(Node(kind: .delimiterRun, text: String(char), count: j - i))
        if canOpen || canClose {
            let index = delimiters.count
            delimiters.append(Delimiter(
                node: node, char: char, originalCount: j - i, canOpen: canOpen, canClose: canClose,
                prev: delimiterTop, next: -1))
            if delimiterTop >= 0 { delimiters[delimiterTop].next = index }
            delimiterTop = index
        }
        i = j
    }

    private mutating func closeBracket() {
        flush()
        guard let opener = brackets.popLast() else {
            pending += "]"
            i += 1
            return
        }
        let isActive = brackets.count >= activeBracketFloor
        activeBracketFloor = min(activeBracketFloor, brackets.count)
        guard isActive, let (destination, end) = linkDestination(from: i + 1) else {
            pending += "]"
            i += 1
            return
        }
        processEmphasis(above: opener.node)
        let href = URLPolicy.clean(destination, for: .link)
        wrap(after: opener.node, before: -1, kind: href == nil ? .unlinked : .link, text: href ?? "")
        nodes[opener.node].text = ""
        activeBracketFloor = brackets.count
        i = end
    }

    /// `<https://…>` and `<mailto:…>` become links; anything else in angle brackets stays (escaped) text.
    private mutating func autolink() {
        var j = i + 1
        var target = ""
        while j < s.count, j - i <= 2048, s[j] != ">", s[j] != "<", s[j].value > 0x20 {
            target.unicodeScalars.append(s[j])
            j += 1
        }
        let lowered = target.lowercased()
        guard j < s.count, s[j] == ">",
              ["http://", "https://", "mailto:"].contains(where: { lowered.hasPrefix($0) && lowered.count > $0.count }),
              let href = URLPolicy.clean(target, for: .link)
        else {
            pending += "<"
            i += 1
            return
        }
        flush()
        let anchor = append(Node(kind: .text))
        append(Node(kind: .text, text: lowered.hasPrefix("mailto:") ? String(target.dropFirst(7)) : target))
        wrap(after: anchor, before: -1, kind: .link, text: href)
        activeBracketFloor = brackets.count
        i = j + 1
    }

    /// Parses `(destination "optional title")` starting at `start`; returns the destination and the index after ")".
    private func linkDestination(from start: Int) -> (String, Int)? {
        guard start < s.count, s[start] == "(" else { return nil }
        var k = start + 1
        skipBlank(&k)
        let parsed = k < s.count && s[k] == "<" ? angleDestination(from: k) : bareDestination(from: k)
        guard let (destination, afterDestination) = parsed else { return nil }
        k = afterDestination
        skipBlank(&k)
        if k > afterDestination, k < s.count, let close = Self.titleCloser(s[k]) {
            var j = k + 1
            while j < s.count, s[j] != close, j - k < 1000 { j += 1 }
            guard j < s.count, s[j] == close else { return nil }
            k = j + 1
            skipBlank(&k)
        }
        guard k < s.count, s[k] == ")" else { return nil }
        var url = ""
        var d = 0
        while d < destination.count {
            if destination[d] == "&", let (decoded, end) = HTMLEntities.decode(destination, at: d) {
                url += decoded
                d = end
            } else {
                url.unicodeScalars.append(destination[d])
                d += 1
            }
        }
        // Writers often leave the scheme off; as a relative link it would point into our own site.
        if url.lowercased().hasPrefix("www.") { url = "https://" + url }
        return (url, k + 1)
    }

    /// `<destination with spaces>`: ends at ">" on the same line.
    private func angleDestination(from start: Int) -> ([Unicode.Scalar], Int)? {
        var destination: [Unicode.Scalar] = []
        var k = start + 1
        while k < s.count, s[k] != ">" {
            guard s[k] != "\n", s[k] != "<" else { return nil }
            destination.append(s[k])
            k += 1
        }
        return k < s.count ? (destination, k + 1) : nil
    }

    /// A destination without spaces. Nested parentheses are bounded, so a scan never runs far past its own text.
    private func bareDestination(from start: Int) -> ([Unicode.Scalar], Int)? {
        var destination: [Unicode.Scalar] = []
        var k = start
        var depth = 0
        while k < s.count {
            let c = s[k]
            if c == "\\", k + 1 < s.count, Self.isASCIIPunctuation(s[k + 1]) {
                destination.append(s[k + 1])
                k += 2
                continue
            }
            if c.value <= 0x20 || c.value == 0x7F { break }
            if c == "(" {
                depth += 1
                guard depth <= 8 else { return nil }
            } else if c == ")" {
                if depth == 0 { break }
                depth -= 1
            }
            destination.append(c)
            k += 1
        }
        return depth == 0 ? (destination, k) : nil
    }

    private func skipBlank(_ k: inout Int) {
        var newlines = 0
        while k < s.count, s[k] == " " || s[k] == "\t" || (s[k] == "\n" && newlines == 0) {
            if s[k] == "\n" { newlines += 1 }
            k += 1
        }
    }

    private static func titleCloser(_ c: Unicode.Scalar) -> Unicode.Scalar? {
        switch c {
        case "\"": "\""
        case "'": "'"
        case "(": ")"
        default: nil
        }
    }

    // MARK: Emphasis

    /// CommonMark's "process emphasis" over the delimiters whose nodes come after `bottomNode`.
    private mutating func processEmphasis(above bottomNode: Int) {
        var closer = delimiterTop
        while closer >= 0, delimiters[closer].prev >= 0, delimiters[delimiters[closer].prev].node > bottomNode {
            closer = delimiters[closer].prev
        }
        if closer >= 0, delimiters[closer].node <= bottomNode { closer = -1 }
        var openersBottom = [Int](repeating: -1, count: 12)
        while closer >= 0 {
            let c = delimiters[closer]
            guard c.canClose else {
                closer = c.next
                continue
            }
            let key = (c.char == "*" ? 0 : 6) + (c.canOpen ? 3 : 0) + c.originalCount % 3
            var opener = c.prev
            var found = false
            while opener >= 0, delimiters[opener].node > bottomNode, opener != openersBottom[key] {
                let o = delimiters[opener]
                if o.char == c.char, o.canOpen {
                    let oddMatch = (c.canOpen || o.canClose) && (o.originalCount + c.originalCount) % 3 == 0
                        && !(o.originalCount % 3 == 0 && c.originalCount % 3 == 0)
                    if !oddMatch {
                        found = true
                        break
                    }
                }
                opener = o.prev
            }
            if found {
                closer = match(opener: opener, closer: closer)
            } else {
                openersBottom[key] = c.prev
                let next = c.next
                if !c.canOpen { unlink(closer) }
                closer = next
            }
        }
        var top = delimiterTop
        while top >= 0, delimiters[top].node > bottomNode { top = delimiters[top].prev }
        delimiterTop = top
        if top >= 0 { delimiters[top].next = -1 }
    }

    /// Wraps the nodes between a matched opener and closer; returns the closer to continue with.
    private mutating func match(opener: Int, closer: Int) -> Int {
        let openerNode = delimiters[opener].node
        let closerNode = delimiters[closer].node
        let used = nodes[openerNode].count >= 2 && nodes[closerNode].count >= 2 ? 2 : 1
        nodes[openerNode].count -= used
        nodes[closerNode].count -= used
        wrap(after: openerNode, before: closerNode, kind: used == 2 ? .strong : .emphasis, text: "")
        delimiters[opener].next = closer
        delimiters[closer].prev = opener
        if nodes[openerNode].count == 0 { unlink(opener) }
        if nodes[closerNode].count == 0 {
            let next = delimiters[closer].next
            unlink(closer)
            return next
        }
        return closer
    }

    private mutating func unlink(_ d: Int) {
        let (prev, next) = (delimiters[d].prev, delimiters[d].next)
        if prev >= 0 { delimiters[prev].next = next }
        if next >= 0 { delimiters[next].prev = prev }
        if delimiterTop == d { delimiterTop = prev }
    }

    // MARK: Tree

    private mutating func flush() {
        guard !pending.isEmpty else { return }
        append(Node(kind: .text, text: pending))
        pending = ""
    }

    @discardableResult
    private mutating func append(_ node: Node) -> Int {
        var node = node
        let index = nodes.count
        node.prev = nodes[0].last
        if nodes[0].last >= 0 { nodes[nodes[0].last].next = index } else { nodes[0].first = index }
        nodes[0].last = index
        nodes.append(node)
        return index
    }

    /// Moves the top-level siblings strictly between `a` and `b` (b == -1: to the end) into a new container.
    private mutating func wrap(after a: Int, before b: Int, kind: Kind, text: String) {
        let index = nodes.count
        var container = Node(kind: kind, text: text)
        let firstInner = nodes[a].next
        if firstInner != b {
            let lastInner = b >= 0 ? nodes[b].prev : nodes[0].last
            container.first = firstInner
            container.last = lastInner
            nodes[firstInner].prev = -1
            nodes[lastInner].next = -1
        }
        container.prev = a
        container.next = b
        nodes.append(container)
        nodes[a].next = index
        if b >= 0 { nodes[b].prev = index } else { nodes[0].last = index }
    }

    // MARK: Character classes

    private static func isSpace(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return true }
        return c.properties.isWhitespace
    }

    private static func isPunctuation(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        switch c.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    static func isASCIIPunctuation(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: true
        default: false
        }
    }
}
