import Testing
@testable import NewsText

struct ArticleMarkdownSafetyTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var markdown: String
        var html: String
        var testDescription: String { markdown.debugDescription }
    }

    static let attacks: [Case] = [
        Case(markdown: "<script>alert(1)</script>", html: "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"),
        Case(markdown: "<img src=x onerror=alert(1)>", html: "<p>&lt;img src=x onerror=alert(1)&gt;</p>"),
        Case(markdown: "<b>bold?</b>", html: "<p>&lt;b&gt;bold?&lt;/b&gt;</p>"),
        Case(markdown: "[click](javascript:alert(1))", html: "<p>click</p>"),
        Case(markdown: "[click](JavaScript:alert(1))", html: "<p>click</p>"),
        Case(markdown: "[click](java\\\tscript:alert(1))", html: "<p>[click](java\\\tscript:alert(1))</p>"),
        Case(markdown: "[click](&#106;avascript:alert(1))", html: "<p>click</p>"),
        Case(markdown: "[click](data:text/html;base64,PHNjcmlwdD4=)", html: "<p>click</p>"),
        Case(markdown: "[click](vbscript:msgbox)", html: "<p>click</p>"),
        Case(markdown: "[x](/a\"onmouseover=\"alert(1))", html: "<p><a href=\"/a&quot;onmouseover=&quot;alert(1)\">x</a></p>"),
        Case(markdown: "[x](<https://e.com/a b>)", html: "<p><a href=\"https://e.com/a%20b\" rel=\"nofollow noopener\">x</a></p>"),
        Case(markdown: "`<script>`", html: "<p><code>&lt;script&gt;</code></p>"),
        Case(markdown: "<javascript:alert(1)>", html: "<p>&lt;javascript:alert(1)&gt;</p>"),
        Case(markdown: "<https://x.com/\"onmouseover=alert(1)>", html: "<p><a href=\"https://x.com/&quot;onmouseover=alert(1)\" rel=\"nofollow noopener\">https://x.com/&quot;onmouseover=alert(1)</a></p>"),
        Case(markdown: "control\u{1}char &#1;", html: "<p>controlchar </p>"),
        Case(markdown: "## <i>heading</i>", html: "<h2>&lt;i&gt;heading&lt;/i&gt;</h2>"),
        Case(markdown: "- <iframe src=x>", html: "<ul>\n<li>&lt;iframe src=x&gt;</li>\n</ul>"),
        Case(markdown: "\"quotes\" & 'apostrophes'", html: "<p>&quot;quotes&quot; &amp; &#39;apostrophes&#39;</p>"),
        Case(markdown: "&lt;script&gt;", html: "<p>&lt;script&gt;</p>"),
    ]

    @Test(arguments: attacks)
    func neverPassesMarkupOrScriptURLsThrough(_ c: Case) {
        #expect(ArticleMarkdown.render(c.markdown) == c.html)
    }

    struct Hostile: CustomTestStringConvertible, Sendable {
        var markdown: String
        var testDescription: String { "\(markdown.prefix(12).debugDescription)… (\(markdown.count) characters)" }
    }

    static let pathological: [String] = [
        String(repeating: "*", count: 100_000),
        String(repeating: "_", count: 100_000),
        String(repeating: "[", count: 100_000),
        String(repeating: "]", count: 100_000),
        String(repeating: "`", count: 100_000),
        String(repeating: "[a](", count: 25_000),
        String(repeating: "[](", count: 30_000) + String(repeating: ")", count: 30_000),
        String(repeating: "*a", count: 50_000),
        String(repeating: "**a ", count: 25_000),
        String(repeating: "*", count: 50_000) + "a" + String(repeating: "*", count: 50_000),
        String(repeating: "_a *b ", count: 20_000),
        String(repeating: ">", count: 100_000),
        String(repeating: "> ", count: 50_000) + "deep",
        String(repeating: "- ", count: 50_000) + "deep",
        String(repeating: "- a\n", count: 20_000),
        String(repeating: "  ", count: 10_000) + "- x",
        String(repeating: "`a", count: 50_000),
        (1...3000).map { String(repeating: "`", count: $0 % 50 + 1) + "x" }.joined(),
        String(repeating: "&#", count: 50_000),
        String(repeating: "<a href=", count: 10_000),
        String(repeating: "{{related:", count: 10_000),
        String(repeating: "\\", count: 100_000),
        String(repeating: "a\n", count: 50_000),
    ]

    @Test(arguments: pathological.map(Hostile.init))
    func survivesPathologicalInputWithBalancedOutput(_ hostile: Hostile) {
        let markdown = hostile.markdown
        let html = ArticleMarkdown.render(markdown)
        for tag in ["p", "em", "strong", "a", "code", "ul", "li", "blockquote"] {
            #expect(html.components(separatedBy: "<\(tag)>").count + html.components(separatedBy: "<\(tag) ").count - 2
                == html.components(separatedBy: "</\(tag)>").count - 1, "unbalanced <\(tag)>")
        }
        #expect(!html.contains("<script"))
        _ = PlainText.fromMarkdown(markdown)
        _ = ArticleMarkdown.references(in: markdown)
    }

    @Test func deeplyNestedEmphasisRendersEveryMarker() {
        let markdown = String(repeating: "*", count: 20_000) + "x" + String(repeating: "*", count: 20_000)
        let html = ArticleMarkdown.render(markdown)
        #expect(html.hasPrefix("<p><strong><strong>"))
        #expect(html.hasSuffix("</strong></strong></p>"))
        #expect(html.components(separatedBy: "<strong>").count - 1 == 10_000)
    }
}
