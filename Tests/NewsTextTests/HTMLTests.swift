import Testing
@testable import NewsText

struct HTMLTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("a & b", "a &amp; b"),
        ("<script>", "&lt;script&gt;"),
        ("\"double\" 'single'", "&quot;double&quot; &#39;single&#39;"),
        ("Ünïcödé — ok", "Ünïcödé — ok"),
        ("&amp;", "&amp;amp;"),
        ("bell\u{7}\ttab\nline", "bell\ttab\nline"),
        ("del\u{7F} c1\u{85}\u{9F} kept\u{A0}\u{100}", "del c1 kept\u{A0}\u{100}"),
        ("\r\n", "\r\n"),
        ("👩‍👩‍👧 <é>", "👩‍👩‍👧 &lt;é&gt;"),
        ("tail&", "tail&amp;"),
        ("", ""),
    ])
    func escapesTheFiveSpecialCharacters(_ input: String, _ expected: String) {
        #expect(HTML.escape(input) == expected)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var html: String
        var sanitized: String
        var testDescription: String { html.debugDescription }
    }

    static let sanitizing: [Case] = [
        Case(html: "<p>Hello <strong>world</strong></p>", sanitized: "<p>Hello <strong>world</strong></p>"),
        Case(html: "<P CLASS=\"x\">Upper</P>", sanitized: "<p>Upper</p>"),
        Case(html: "<b>b</b><i>i</i><em>em</em><code>c</code>", sanitized: "<b>b</b><i>i</i><em>em</em><code>c</code>"),
        Case(html: "<script>alert(1)</script>ok", sanitized: "ok"),
        Case(html: "<SCRIPT type=x>alert('<p>')</SCRIPT >ok", sanitized: "ok"),
        Case(html: "<style>p{color:red}</style><p>x</p>", sanitized: "<p>x</p>"),
        Case(html: "<iframe src=\"https://evil\">inner</iframe>after", sanitized: "after"),
        Case(html: "<script>never closed <p>text", sanitized: ""),
        Case(html: "<div><span>unwrapped</span></div>", sanitized: "unwrapped"),
        Case(html: "<p onclick=\"alert(1)\" style=\"x\">t</p>", sanitized: "<p>t</p>"),
        Case(html: "<a href=\"https://e.com\" onclick=\"x\" target=\"_blank\">l</a>", sanitized: "<a href=\"https://e.com\" rel=\"nofollow noopener\">l</a>"),
        Case(html: "<a href=\"/rel\" rel=\"author\">r</a>", sanitized: "<a href=\"/rel\" rel=\"nofollow noopener\">r</a>"),
        Case(html: "<a href=\"mailto:a@b.c\">m</a>", sanitized: "<a href=\"mailto:a@b.c\" rel=\"nofollow noopener\">m</a>"),
        Case(html: "<a href=\"javascript:alert(1)\">j</a>", sanitized: "j"),
        Case(html: "<a href=\" JaVaScRiPt:alert(1)\">j</a>", sanitized: "j"),
        Case(html: "<a href=\"java&#x09;script:alert(1)\">j</a>", sanitized: "j"),
        Case(html: "<a href=\"&#106;avascript:alert(1)\">j</a>", sanitized: "j"),
        Case(html: "<a href=\"java\nscript:alert(1)\">j</a>", sanitized: "j"),
        Case(html: "<a href=\"data:text/html,x\">d</a>", sanitized: "d"),
        Case(html: "<a>no href</a>", sanitized: "no href"),
        Case(html: "<a href=\" /a b \">s</a>", sanitized: "<a href=\"/a%20b\" rel=\"nofollow noopener\">s</a>"),
        Case(html: "<a href='/x?a=1&amp;b=2'>q</a>", sanitized: "<a href=\"/x?a=1&amp;b=2\" rel=\"nofollow noopener\">q</a>"),
        Case(html: "<img src=\"/i.jpg\" alt=\"A &quot;b&quot;\" width=\"10\" height=\"20\" onerror=\"alert(1)\">", sanitized: "<img src=\"/i.jpg\" alt=\"A &quot;b&quot;\" width=\"10\" height=\"20\">"),
        Case(html: "<img src=x onerror=alert(1)>", sanitized: "<img src=\"x\">"),
        Case(html: "<img src=\"javascript:alert(1)\">", sanitized: ""),
        Case(html: "<img src=\"data:image/svg+xml;base64,AAAA\">", sanitized: ""),
        Case(html: "<img src=\"mailto:x@y.z\">", sanitized: ""),
        Case(html: "<img src=\"/a.jpg\" width=\"100%\">", sanitized: "<img src=\"/a.jpg\">"),
        Case(html: "<a href=\"/x\" title=\"\" onmouseover=\"alert(1)\"\">y</a>", sanitized: "<a href=\"/x\" rel=\"nofollow noopener\">y</a>"),
        Case(html: "<p>unclosed <strong>bold", sanitized: "<p>unclosed <strong>bold</strong></p>"),
        Case(html: "</p>stray</strong>", sanitized: "stray"),
        Case(html: "<strong><em>mis</strong>nested</em>", sanitized: "<strong><em>mis</em></strong>nested"),
        Case(html: "<p>one<p>two", sanitized: "<p>one</p><p>two</p>"),
        Case(html: "<p>para<ul><li>x</ul>", sanitized: "<p>para</p><ul><li>x</li></ul>"),
        Case(html: "<strong>bold<blockquote>q</blockquote>", sanitized: "<strong>bold</strong><blockquote>q</blockquote>"),
        Case(html: "<ul><li>a<li>b</ul>", sanitized: "<ul><li>a</li><li>b</li></ul>"),
        Case(html: "<ul>text</ul>", sanitized: "<ul><li>text</li></ul>"),
        Case(html: "<li>orphan</li>", sanitized: "orphan"),
        Case(html: "<figure><img src=\"/f.jpg\" alt=\"f\"><figcaption>Cap</figcaption></figure>", sanitized: "<figure><img src=\"/f.jpg\" alt=\"f\"><figcaption>Cap</figcaption></figure>"),
        Case(html: "<figcaption>orphan caption</figcaption>", sanitized: "orphan caption"),
        Case(html: "<h1>Top</h1><h2>Two</h2><h5>Five</h5>", sanitized: "Top<h2>Two</h2>Five"),
        Case(html: "<pre><code>a < b &amp;&amp; c</code></pre>", sanitized: "<pre><code>a &lt; b &amp;&amp; c</code></pre>"),
        Case(html: "a<br>b<br/>c<hr>", sanitized: "a<br>b<br>c<hr>"),
        Case(html: "<!-- comment <script>x</script> -->visible", sanitized: "visible"),
        Case(html: "<!DOCTYPE html>doc", sanitized: "doc"),
        Case(html: "1 < 2 && 3 > 2", sanitized: "1 &lt; 2 &amp;&amp; 3 &gt; 2"),
        Case(html: "&lt;script&gt; stays text", sanitized: "&lt;script&gt; stays text"),
        Case(html: "<p title=\"x\"", sanitized: ""),
        Case(html: "<a href=\"/a\"><a href=\"/b\">nested</a></a>", sanitized: "<a href=\"/a\" rel=\"nofollow noopener\"></a><a href=\"/b\" rel=\"nofollow noopener\">nested</a>"),
        Case(html: "<svg><script>alert(1)</script></svg>ok", sanitized: "ok"),
        Case(html: "<scr<script>x</script>ipt>alert(1)</script>", sanitized: "xipt&gt;alert(1)"),
        Case(html: "\"quotes\" and 'apos'", sanitized: "&quot;quotes&quot; and &#39;apos&#39;"),
    ]

    @Test(arguments: sanitizing)
    func sanitizerKeepsOnlyAllowListedMarkup(_ c: Case) {
        #expect(HTML.sanitize(c.html) == c.sanitized)
    }

    @Test(arguments: [
        String(repeating: "<b>", count: 20_000),
        String(repeating: "<p><ul>", count: 10_000),
        String(repeating: "<a href=/x>", count: 10_000) + String(repeating: "</a>", count: 10_000),
        String(repeating: "<", count: 100_000),
        String(repeating: "<!--", count: 20_000),
        String(repeating: "<script>", count: 10_000),
        String(repeating: "<a href=\"", count: 10_000),
    ])
    func sanitizerOutputStaysBalancedOnHostileInput(_ html: String) {
        let out = HTML.sanitize(html)
        for tag in ["p", "b", "a", "ul", "li"] {
            let opens = out.components(separatedBy: "<\(tag)>").count + out.components(separatedBy: "<\(tag) ").count - 2
            #expect(opens == out.components(separatedBy: "</\(tag)>").count - 1, "unbalanced <\(tag)>")
        }
        #expect(!out.contains("<script"))
    }
}
