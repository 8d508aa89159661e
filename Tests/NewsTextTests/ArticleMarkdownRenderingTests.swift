import Testing
@testable import NewsText

struct ArticleMarkdownRenderingTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var markdown: String
        var html: String
        var testDescription: String { markdown.debugDescription }
    }

    static let blocks: [Case] = [
        Case(markdown: "Hello world", html: "<p>Hello world</p>"),
        Case(markdown: "One\n\nTwo", html: "<p>One</p>\n<p>Two</p>"),
        Case(markdown: "line one\nline two", html: "<p>line one\nline two</p>"),
        Case(markdown: "## Section", html: "<h2>Section</h2>"),
        Case(markdown: "### Sub ###", html: "<h3>Sub</h3>"),
        Case(markdown: "#### Small", html: "<h4>Small</h4>"),
        Case(markdown: "# Title becomes h2", html: "<h2>Title becomes h2</h2>"),
        Case(markdown: "###### Deep", html: "<h4>Deep</h4>"),
        Case(markdown: "#hashtag", html: "<p>#hashtag</p>"),
        Case(markdown: "Text\n## Heading", html: "<p>Text</p>\n<h2>Heading</h2>"),
        Case(markdown: "---", html: "<hr>"),
        Case(markdown: "Above\n---\nBelow", html: "<p>Above</p>\n<hr>\n<p>Below</p>"),
        Case(markdown: "* * *", html: "<hr>"),
        Case(markdown: "> Quoted\n> still quoted", html: "<blockquote>\n<p>Quoted\nstill quoted</p>\n</blockquote>"),
        Case(markdown: "> One\n>\n> Two", html: "<blockquote>\n<p>One</p>\n<p>Two</p>\n</blockquote>"),
        Case(markdown: "> Lazy\ncontinuation", html: "<blockquote>\n<p>Lazy\ncontinuation</p>\n</blockquote>"),
        Case(markdown: "> outer\n> > inner", html: "<blockquote>\n<p>outer</p>\n<blockquote>\n<p>inner</p>\n</blockquote>\n</blockquote>"),
        Case(markdown: "- a\n- b", html: "<ul>\n<li>a</li>\n<li>b</li>\n</ul>"),
        Case(markdown: "* a\n* b", html: "<ul>\n<li>a</li>\n<li>b</li>\n</ul>"),
        Case(markdown: "1. one\n2. two", html: "<ol>\n<li>one</li>\n<li>two</li>\n</ol>"),
        Case(markdown: "3. three\n4. four", html: "<ol start=\"3\">\n<li>three</li>\n<li>four</li>\n</ol>"),
        Case(markdown: "- a\n\n- b", html: "<ul>\n<li><p>a</p></li>\n<li><p>b</p></li>\n</ul>"),
        Case(markdown: "- a\n  - b\n- c", html: "<ul>\n<li>a\n<ul>\n<li>b</li>\n</ul></li>\n<li>c</li>\n</ul>"),
        Case(markdown: "Intro:\n- a\n- b", html: "<p>Intro:</p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>"),
        Case(markdown: "- a\n\nAfter", html: "<ul>\n<li>a</li>\n</ul>\n<p>After</p>"),
        Case(markdown: "- a\n1. b", html: "<ul>\n<li>a</li>\n</ul>\n<ol>\n<li>b</li>\n</ol>"),
        Case(markdown: "In\n2026. was a year", html: "<p>In\n2026. was a year</p>"),
        Case(markdown: "```\nlet x = 1 < 2\n```", html: "<pre><code>let x = 1 &lt; 2</code></pre>"),
        Case(markdown: "Windows\r\nline\r\n\r\nends", html: "<p>Windows\nline</p>\n<p>ends</p>"),
        Case(markdown: "", html: ""),
        Case(markdown: "\n\n   \n", html: ""),
    ]

    @Test(arguments: blocks)
    func rendersBlocks(_ c: Case) {
        #expect(ArticleMarkdown.render(c.markdown) == c.html)
    }

    static let inlines: [Case] = [
        Case(markdown: "*em* and _em_", html: "<p><em>em</em> and <em>em</em></p>"),
        Case(markdown: "**strong** and __strong__", html: "<p><strong>strong</strong> and <strong>strong</strong></p>"),
        Case(markdown: "***both***", html: "<p><em><strong>both</strong></em></p>"),
        Case(markdown: "**bold *and em* inside**", html: "<p><strong>bold <em>and em</em> inside</strong></p>"),
        Case(markdown: "snake_case_name stays", html: "<p>snake_case_name stays</p>"),
        Case(markdown: "2 * 3 * 4", html: "<p>2 * 3 * 4</p>"),
        Case(markdown: "*unterminated emphasis", html: "<p>*unterminated emphasis</p>"),
        Case(markdown: "**unterminated strong", html: "<p>**unterminated strong</p>"),
        Case(markdown: "a `code <b>` span", html: "<p>a <code>code &lt;b&gt;</code> span</p>"),
        Case(markdown: "`` with ` tick ``", html: "<p><code>with ` tick</code></p>"),
        Case(markdown: "`unclosed code", html: "<p>`unclosed code</p>"),
        Case(markdown: "`*not em*`", html: "<p><code>*not em*</code></p>"),
        Case(markdown: "[Site](https://example.com)", html: "<p><a href=\"https://example.com\" rel=\"nofollow noopener\">Site</a></p>"),
        Case(markdown: "[About](/about)", html: "<p><a href=\"/about\">About</a></p>"),
        Case(markdown: "[Mail](mailto:desk@example.com)", html: "<p><a href=\"mailto:desk@example.com\">Mail</a></p>"),
        Case(markdown: "[**Bold** link](/x)", html: "<p><a href=\"/x\"><strong>Bold</strong> link</a></p>"),
        Case(markdown: "[Wiki](https://en.wikipedia.org/wiki/Foo_(bar))", html: "<p><a href=\"https://en.wikipedia.org/wiki/Foo_(bar)\" rel=\"nofollow noopener\">Wiki</a></p>"),
        Case(markdown: "[t](/x \"Title\")", html: "<p><a href=\"/x\">t</a></p>"),
        Case(markdown: "[t](www.example.com/a)", html: "<p><a href=\"https://www.example.com/a\" rel=\"nofollow noopener\">t</a></p>"),
        Case(markdown: "[t](<a b.html> 'title')", html: "<p><a href=\"a%20b.html\">t</a></p>"),
        Case(markdown: "[t](/a\\)b)", html: "<p><a href=\"/a)b\">t</a></p>"),
        Case(markdown: "[a?b](/s?q=1&t=2)", html: "<p><a href=\"/s?q=1&amp;t=2\">a?b</a></p>"),
        Case(markdown: "[not a link] here", html: "<p>[not a link] here</p>"),
        Case(markdown: "[unclosed](/x", html: "<p>[unclosed](/x</p>"),
        Case(markdown: "[outer [inner](/i) text](/o)", html: "<p>[outer <a href=\"/i\">inner</a> text](/o)</p>"),
        Case(markdown: "[](/empty) link", html: "<p> link</p>"),
        Case(markdown: "See <https://example.com/a?b=1&c=2>.", html: "<p>See <a href=\"https://example.com/a?b=1&amp;c=2\" rel=\"nofollow noopener\">https://example.com/a?b=1&amp;c=2</a>.</p>"),
        Case(markdown: "<mailto:desk@example.com>", html: "<p><a href=\"mailto:desk@example.com\">desk@example.com</a></p>"),
        Case(markdown: "<ftp://example.com>", html: "<p>&lt;ftp://example.com&gt;</p>"),
        Case(markdown: "a <b> c", html: "<p>a &lt;b&gt; c</p>"),
        Case(markdown: "line  \nbreak", html: "<p>line<br>\nbreak</p>"),
        Case(markdown: "line\\\nbreak", html: "<p>line<br>\nbreak</p>"),
        Case(markdown: "trailing spaces   ", html: "<p>trailing spaces</p>"),
        Case(markdown: "\\*literal\\*", html: "<p>*literal*</p>"),
        Case(markdown: "Fish &amp; chips &mdash; &#169;", html: "<p>Fish &amp; chips — ©</p>"),
        Case(markdown: "AT&T & co", html: "<p>AT&amp;T &amp; co</p>"),
    ]

    @Test(arguments: inlines)
    func rendersInlineMarkup(_ c: Case) {
        #expect(ArticleMarkdown.render(c.markdown) == c.html)
    }
}
