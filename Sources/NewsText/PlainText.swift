/// Plain-text views of article text: for excerpts, meta descriptions, search and reading time.
/// Results are unescaped text; escape them when writing HTML.
public enum PlainText {
    /// The words of `markdown` without markup: no emphasis markers, link targets, embeds or rules.
    /// Blocks are separated by a blank line, list items by a newline.
    public static func fromMarkdown(_ markdown: String) -> String {
        text(of: MarkdownBlockParser.parse(markdown))
    }

    static func text(of blocks: [MarkdownBlock]) -> String {
        text(of: blocks, separator: "\n\n")
    }

    /// Whitespace collapsed; when longer than `maxLength` characters, cut at the last word boundary that fits
    /// and ended with "…" (the result, "…" included, is never longer than `maxLength`).
    public static func excerpt(_ text: String, maxLength: Int = 200) -> String {
        guard maxLength > 0 else { return "" }
        let words = text.split(whereSeparator: \.isWhitespace)
        var length = -1
        var fitting = 0
        for word in words {
            length += 1 + word.count
            if length <= maxLength - 1 { fitting += 1 }
            if length > maxLength { break }
        }
        if length <= maxLength { return words.joined(separator: " ") }
        var cut = fitting > 0
            ? words.prefix(fitting).joined(separator: " ")
            : String(words.first?.prefix(maxLength - 1) ?? "")
        while let last = cut.last, last.isPunctuation && last != "?" && last != "!" || last == " " {
            cut.removeLast()
        }
        return cut + "…"
    }

    /// Words: whitespace-separated runs that contain at least one letter or digit.
    /// Read by scalars, ASCII without a property lookup: it runs on every article render (reading time), and
    /// splitting into `Character`s first was a sixtieth of one.
    public static func wordCount(_ text: String) -> Int {
        var count = 0
        // Whether the current run of non-whitespace has already been counted.
        var counted = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let space: Bool
            let wordy: Bool
            if v < 0x80 {
                space = v == 0x20 || (v >= 0x09 && v <= 0x0D)
                wordy = (v >= 0x30 && v <= 0x39) || ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A)
            } else {
                let p = scalar.properties
                space = p.isWhitespace
                wordy = !space && (p.isAlphabetic || p.numericType != nil)
            }
            if space {
                counted = false
            } else if wordy && !counted {
                count += 1
                counted = true
            }
        }
        return count
    }

    /// Minutes to read, rounded up, at least 1.
    public static func readingMinutes(_ text: String, wordsPerMinute: Int = 230) -> Int {
        let pace = wordsPerMinute > 0 ? wordsPerMinute : 230
        return max(1, (wordCount(text) + pace - 1) / pace)
    }

    private static func text(of blocks: [MarkdownBlock], separator: String) -> String {
        blocks.compactMap { block -> String? in
            switch block {
            case .paragraph(let text), .heading(_, let text):
                return MarkdownInline(text).plainText()
            case .quote(let inner):
                return text(of: inner, separator: separator)
            case .list(let list):
                return list.items.map { text(of: $0, separator: "\n") }.joined(separator: "\n")
            case .code(let code):
                return code
            case .rule, .embed:
                return nil
            }
        }
        .filter { !$0.isEmpty }
        .joined(separator: separator)
    }
}
