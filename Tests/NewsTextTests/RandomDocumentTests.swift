import Testing
@testable import NewsText

/// Random documents built from the characters that matter to the parsers: whatever the mix, the output must be
/// sound HTML with no script vector. Seeds are fixed, so a failure reproduces.
struct RandomDocumentTests {
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let markdownPieces = [
        "*", "**", "***", "_", "__", "`", "``", "[", "]", "(", ")", "](", "](/x)", "](https://e.com)",
        "](javascript:alert(1))", "](<a b>)", "<", ">", "<script>", "</p>", "<https://e.com>", "&", "&amp;", "&#x3C;",
        "\n", "\n\n", "  \n", "\\", "\\\n", "> ", "\n> ", "- ", "\n- ", "\n  - ", "1. ", "\n2. ", "## ", "\n### ",
        "\n---\n", "\n```\n", "\n{{related:a}}\n", "\n{{image:b}}\n", "{{related:a}}", "word", " ", "\"", "'",
        " onerror=", "é", "x", "\t", "\n    ",
    ]

    static let htmlPieces = [
        "<p>", "</p>", "<ul>", "</ul>", "<ol>", "<li>", "</li>", "<b>", "</b>", "<em>", "</strong>", "<strong>",
        "<a href=\"/x\">", "<a href=\"javascript:x\">", "</a>", "<img src=x onerror=alert(1)>", "<br>", "<hr>",
        "<h2>", "</h2>", "<blockquote>", "</blockquote>", "<figure>", "<figcaption>", "</figure>", "<pre>",
        "<code>", "</code>", "<script>", "</script>", "<style>", "<div>", "</div>", "<!--", "-->", "<", ">", "&",
        "&lt;", "\"", "'", "text", " ", "\n", "<a href='", "' onclick='x'>", "<iframe>", "<svg>", "</svg>",
    ]

    static func document(from pieces: [String], seed: UInt64) -> String {
        var generator = Generator(state: seed)
        let count = Int.random(in: 1...80, using: &generator)
        return (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    static let related = ["a": RelatedCard(url: "/r", title: "R", section: "S", imageURL: "/i.jpg", credit: "C")]
    static let images = ["b": InlineImage(url: "/b.jpg", alt: "B", caption: "Cap", credit: "Cr", width: 3, height: 2)]

    @Test(arguments: UInt64(0)..<8)
    func renderedMarkdownIsAlwaysSoundHTML(_ batch: UInt64) {
        for seed in (batch * 250)..<((batch + 1) * 250) {
            let markdown = Self.document(from: Self.markdownPieces, seed: seed)
            let html = ArticleMarkdown.render(markdown, related: Self.related, images: Self.images)
            #expect(HTMLStructure.problems(in: html).isEmpty, "\(markdown.debugDescription)\n->\n\(html)")
            _ = PlainText.fromMarkdown(markdown)
        }
    }

    @Test(arguments: UInt64(0)..<8)
    func sanitizedHTMLIsAlwaysSound(_ batch: UInt64) {
        for seed in (batch * 250)..<((batch + 1) * 250) {
            let input = Self.document(from: Self.htmlPieces, seed: seed)
            let html = HTML.sanitize(input)
            #expect(HTMLStructure.problems(in: html).isEmpty, "\(input.debugDescription)\n->\n\(html)")
            #expect(HTML.sanitize(html) == html, "sanitizing twice changes \(input.debugDescription)")
        }
    }
}
