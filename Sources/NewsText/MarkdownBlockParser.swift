/// Splits article Markdown into blocks, line by line.
///
/// A deliberately small dialect: ATX headings, `---` rules (never setext headings), `>` quotes, `-`/`*`/`+` and
/// `1.` lists, fenced code, paragraphs, and embed lines. No indented code blocks (journalists indent by accident)
/// and no raw HTML blocks (HTML is always text). Containers nest at most `maxDepth` deep; deeper markers are text.
enum MarkdownBlockParser {
    static let maxDepth = 12

    static func parse(_ markdown: String) -> [MarkdownBlock] {
        var lines: [String] = []
        var line = ""
        var previousWasCR = false
        for scalar in markdown.unicodeScalars {
            if scalar == "\n" || scalar == "\r" {
                if !(scalar == "\n" && previousWasCR) {
                    lines.append(expandingLeadingTabs(line))
                    line = ""
                }
                previousWasCR = scalar == "\r"
                continue
            }
            previousWasCR = false
            line.unicodeScalars.append(scalar == "\u{0}" ? "\u{FFFD}" : scalar)
        }
        lines.append(expandingLeadingTabs(line))
        return parse(lines[...], depth: 0)
    }

    private static func parse(_ lines: ArraySlice<String>, depth: Int) -> [MarkdownBlock] {
        var blocks: [MarkdownBlock] = []
        var i = lines.startIndex
        while i < lines.endIndex {
            let line = lines[i]
            if isBlank(line) {
                i += 1
            } else if let fence = fence(line) {
                i = parseCode(lines, from: i, fence: fence, into: &blocks)
            } else if let embed = EmbedReference(line: Substring(line)) {
                blocks.append(.embed(embed))
                i += 1
            } else if let (level, text) = heading(line) {
                blocks.append(.heading(level: level, text: text))
                i += 1
            } else if isRule(line) {
                blocks.append(.rule)
                i += 1
            } else if depth < maxDepth, quoteContent(line) != nil {
                i = parseQuote(lines, from: i, depth: depth, into: &blocks)
            } else if depth < maxDepth, let marker = listMarker(line) {
                i = parseList(lines, from: i, first: marker, depth: depth, into: &blocks)
            } else {
                i = parseParagraph(lines, from: i, depth: depth, into: &blocks)
            }
        }
        return blocks
    }

    private static func parseParagraph(
        _ lines: ArraySlice<String>, from start: Int, depth: Int, into blocks: inout [MarkdownBlock]
    ) -> Int {
        var text = [lines[start].trimmingLeadingSpaces()]
        var i = start + 1
        while i < lines.endIndex, !isBlank(lines[i]), !interrupts(lines[i], depth: depth) {
            text.append(lines[i].trimmingLeadingSpaces())
            i += 1
        }
        var joined = text.joined(separator: "\n")
        while joined.last == " " { joined.removeLast() }
        blocks.append(.paragraph(joined))
        return i
    }

    private static func parseQuote(
        _ lines: ArraySlice<String>, from start: Int, depth: Int, into blocks: inout [MarkdownBlock]
    ) -> Int {
        var inner: [String] = []
        var i = start
        while i < lines.endIndex {
            if let content = quoteContent(lines[i]) {
                inner.append(content)
            } else if !isBlank(lines[i]), let last = inner.last, !isBlank(last), !interrupts(lines[i], depth: depth) {
                inner.append(lines[i])
            } else {
                break
            }
            i += 1
        }
        blocks.append(.quote(parse(inner[...], depth: depth + 1)))
        return i
    }

    private static func parseList(
        _ lines: ArraySlice<String>, from start: Int, first: ListMarker, depth: Int,
        into blocks: inout [MarkdownBlock]
    ) -> Int {
        var items: [[String]] = []
        var current = [first.content]
        var indent = first.contentIndent
        var tight = true
        var sawBlank = false
        var i = start + 1
        while i < lines.endIndex {
            let line = lines[i]
            if isBlank(line) {
                sawBlank = true
                current.append("")
            } else if leadingSpaces(line) >= indent {
                if sawBlank { tight = false }
                current.append(String(line.dropFirst(indent)))
                sawBlank = false
            } else if !isRule(line), let marker = listMarker(line), marker.ordered == first.ordered {
                if sawBlank { tight = false }
                items.append(current)
                current = [marker.content]
                indent = marker.contentIndent
                sawBlank = false
            } else if sawBlank || interrupts(line, depth: depth) {
                break
            } else {
                current.append(line.trimmingLeadingSpaces())
            }
            i += 1
        }
        items.append(current)
        let parsed = items.map { item in
            var item = item[...]
            while let last = item.last, isBlank(last) { item = item.dropLast() }
            return parse(item, depth: depth + 1)
        }
        blocks.append(.list(MarkdownList(ordered: first.ordered, start: first.start, tight: tight, items: parsed)))
        return i
    }

    private static func parseCode(
        _ lines: ArraySlice<String>, from start: Int, fence: Fence, into blocks: inout [MarkdownBlock]
    ) -> Int {
        var code: [String] = []
        var i = start + 1
        while i < lines.endIndex {
            let line = lines[i]
            i += 1
            if let closing = self.fence(line), closing.char == fence.char, closing.length >= fence.length,
               closing.info.isEmpty {
                break
            }
            let strip = min(fence.indent, leadingSpaces(line))
            code.append(String(line.dropFirst(strip)))
        }
        blocks.append(.code(code.joined(separator: "\n")))
        return i
    }

    // MARK: Line classification

    /// Lines that end a paragraph without a blank line. Ordered lists interrupt only when they start at 1, so a
    /// wrapped line starting "2026. " stays text.
    private static func interrupts(_ line: String, depth: Int) -> Bool {
        if fence(line) != nil || EmbedReference(line: Substring(line)) != nil || heading(line) != nil
            || isRule(line) {
            return true
        }
        guard depth < maxDepth else { return false }
        if quoteContent(line) != nil { return true }
        if let marker = listMarker(line), !marker.content.isEmpty, !marker.ordered || marker.start == 1 {
            return true
        }
        return false
    }

    static func isBlank(_ line: String) -> Bool {
        line.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" }
    }

    private static func leadingSpaces(_ line: String) -> Int {
        var count = 0
        for scalar in line.unicodeScalars {
            guard scalar == " " else { break }
            count += 1
        }
        return count
    }

    private static func heading(_ line: String) -> (Int, String)? {
        let indent = leadingSpaces(line)
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        let hashes = rest.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let afterHashes = rest.dropFirst(hashes)
        guard afterHashes.isEmpty || afterHashes.first == " " || afterHashes.first == "\t" else { return nil }
        var text = afterHashes.trimmingSpaces()
        let closing = text.reversed().prefix { $0 == "#" }.count
        if closing > 0, closing == text.count || text.dropLast(closing).last == " " {
            text = String(text.dropLast(closing)).trimmingSpaces()
        }
        return (min(max(hashes, 2), 4), text)
    }

    private static func isRule(_ line: String) -> Bool {
        guard leadingSpaces(line) <= 3 else { return false }
        let marks = line.filter { $0 != " " && $0 != "\t" }
        guard marks.count >= 3, let first = marks.first, first == "-" || first == "*" || first == "_" else {
            return false
        }
        return marks.allSatisfy { $0 == first }
    }

    private static func quoteContent(_ line: String) -> String? {
        let indent = leadingSpaces(line)
        guard indent <= 3 else { return nil }
        var rest = line.dropFirst(indent)
        guard rest.first == ">" else { return nil }
        rest = rest.dropFirst()
        if rest.first == " " { rest = rest.dropFirst() }
        return String(rest)
    }

    private struct ListMarker {
        var ordered: Bool
        var start: Int
        var contentIndent: Int
        var content: String
    }

    private static func listMarker(_ line: String) -> ListMarker? {
        let indent = leadingSpaces(line)
        guard indent <= 3 else { return nil }
        let rest = Array(line.unicodeScalars.dropFirst(indent))
        var width = 0
        var ordered = false
        var start = 1
        if let first = rest.first, first == "-" || first == "*" || first == "+" {
            width = 1
        } else {
            let digits = rest.prefix { ("0"..."9").contains($0) }
            guard (1...9).contains(digits.count), digits.count < rest.count,
                  rest[digits.count] == "." || rest[digits.count] == ")" else { return nil }
            ordered = true
            start = Int(String(String.UnicodeScalarView(digits))) ?? 1
            width = digits.count + 1
        }
        let afterMarker = rest[width...]
        guard afterMarker.isEmpty || afterMarker.first == " " else { return nil }
        var spaces = afterMarker.prefix { $0 == " " }.count
        if spaces > 4 || spaces == afterMarker.count { spaces = 1 }
        var content = ""
        content.unicodeScalars.append(contentsOf: afterMarker.dropFirst(spaces))
        return ListMarker(ordered: ordered, start: start, contentIndent: indent + width + spaces, content: content)
    }

    private struct Fence {
        var char: Character
        var length: Int
        var indent: Int
        var info: String
    }

    private static func fence(_ line: String) -> Fence? {
        let indent = leadingSpaces(line)
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        guard let char = rest.first, char == "`" || char == "~" else { return nil }
        let length = rest.prefix { $0 == char }.count
        guard length >= 3 else { return nil }
        let info = rest.dropFirst(length).trimmingSpaces()
        if char == "`", info.contains("`") { return nil }
        return Fence(char: char, length: length, indent: indent, info: info)
    }

    private static func expandingLeadingTabs(_ line: String) -> String {
        guard line.unicodeScalars.first == "\t" || line.hasPrefix(" ") && line.contains("\t") else { return line }
        var out = ""
        var column = 0
        var index = line.unicodeScalars.startIndex
        while index < line.unicodeScalars.endIndex {
            let scalar = line.unicodeScalars[index]
            if scalar == "\t" {
                let width = 4 - column % 4
                out += String(repeating: " ", count: width)
                column += width
            } else if scalar == " " {
                out += " "
                column += 1
            } else {
                break
            }
            index = line.unicodeScalars.index(after: index)
        }
        out.unicodeScalars.append(contentsOf: line.unicodeScalars[index...])
        return out
    }
}
