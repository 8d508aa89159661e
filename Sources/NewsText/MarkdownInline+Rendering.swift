extension MarkdownInline {
    /// The inline HTML: every text escaped; http(s) links carry rel="nofollow noopener".
    func html() -> String {
        var out = ""
        walk { node, entering in
            switch node.kind {
            case .root, .unlinked: break
            case .text: out += HTML.escape(node.text)
            case .delimiterRun: out += String(repeating: node.text, count: node.count)
            case .softBreak: out += "\n"
            case .hardBreak: out += "<br>\n"
            case .code: out += "<code>\(HTML.escape(node.text))</code>"
            case .emphasis: out += entering ? "<em>" : "</em>"
            case .strong: out += entering ? "<strong>" : "</strong>"
            case .link where node.first < 0:
                break
            case .link:
                if entering {
                    let rel = URLPolicy.isExternal(node.text) ? " rel=\"nofollow noopener\"" : ""
                    out += "<a href=\"\(HTML.escape(node.text))\"\(rel)>"
                } else {
                    out += "</a>"
                }
            }
        }
        return out
    }

    /// The words without markup; breaks become spaces.
    func plainText() -> String {
        var out = ""
        walk { node, entering in
            switch node.kind {
            case .text, .code: out += node.text
            case .delimiterRun: out += String(repeating: node.text, count: node.count)
            case .softBreak, .hardBreak: out += " "
            case .root, .unlinked, .emphasis, .strong, .link: break
            }
        }
        return out
    }

    /// Depth-first, without recursion: emphasis can nest thousands deep on hostile input.
    private func walk(_ visit: (Node, _ entering: Bool) -> Void) {
        var current = nodes[0].first
        var parents: [Int] = []
        while true {
            if current < 0 {
                guard let parent = parents.popLast() else { return }
                visit(nodes[parent], false)
                current = nodes[parent].next
                continue
            }
            let node = nodes[current]
            visit(node, true)
            switch node.kind {
            case .emphasis, .strong, .link, .unlinked:
                parents.append(current)
                current = node.first
            default:
                current = node.next
            }
        }
    }
}
