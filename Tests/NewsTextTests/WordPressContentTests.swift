import Testing
@testable import NewsText

/// WordPress post content -> article Markdown, one construct per row.
struct WordPressContentTests {
    /// Pictures with attachment 10 (or the harbour file) are in the library as photo 7.
    static func library(_ image: WordPressImage) -> String? {
        if image.attachmentID == 10 || image.src.hasSuffix("/harbour.jpg") { return "7" }
        return nil
    }

    @Test(arguments: [
        // Classic editor: wpautop paragraphs and line breaks.
        ("One.\n\nTwo.", "One.\n\nTwo."),
        ("Line one\nline two", "Line one\\\nline two"),
        ("<p>Hello <strong>bold</strong> and <em>soft</em></p>", "Hello **bold** and *soft*"),
        ("<p>Hello<b> spaced </b>word</p>", "Hello **spaced** word"),
        ("<h2>What next</h2>\nText", "## What next\n\nText"),
        ("<h3>Sub <em>head</em></h3>", "### Sub *head*"),
        // Links: web, mail and site paths kept; scripts and other schemes lose the link, keep the words.
        ("<a href=\"https://example.com/a_(b)\">site</a>", "[site](https://example.com/a_%28b%29)"),
        ("<a href=\"javascript:alert(1)\">bad</a> link", "bad link"),
        ("<a href=\"/about/\">About</a>", "[About](/about/)"),
        ("<a href=\"mailto:desk@example.com\">mail us</a>", "[mail us](mailto:desk@example.com)"),
        // Lists and quotes.
        ("<ul>\n<li>One</li>\n<li>Two</li>\n</ul>", "- One\n\n- Two"),
        ("<ol><li>First</li><li>Second</li></ol>", "1. First\n\n2. Second"),
        ("<ul><li>Outer<ul><li>Inner</li></ul></li></ul>", "- Outer\n\n  - Inner"),
        ("<blockquote><p>Quoted</p><p>Twice</p></blockquote>", "> Quoted\n>\n> Twice"),
        // Dropped: scripts, styles, forms, comments, unknown wrappers unwrapped.
        ("<script>alert('x')</script><style>p{}</style>Safe", "Safe"),
        ("<div class=\"x\"><span style=\"color:red\">Red</span></div>", "Red"),
        ("Before<!--more-->After", "BeforeAfter"),
        ("<form><input name=q><button>Go</button></form>Text", "Text"),
        // Markdown characters in text stay text.
        ("Prices *rise* by 5% in [June]", "Prices \\*rise\\* by 5% in \\[June\\]"),
        ("# not a heading", "\\# not a heading"),
        ("1. not a list", "1\\. not a list"),
        ("{{image:3}}", "\\{\\{image:3\\}\\}"),
        ("Fish &amp; chips &#8211; &laquo;ok&raquo;", "Fish \\& chips – «ok»"),
        // Code.
        ("<pre><code>let x = 1 &lt; 2</code></pre>", "```\nlet x = 1 < 2\n```"),
        ("Use <code>a*b</code> here", "Use `a*b` here"),
        // Block editor markup.
        ("<!-- wp:paragraph -->\n<p>Block text</p>\n<!-- /wp:paragraph -->", "Block text"),
        ("<!-- wp:heading {\"level\":3} -->\n<h3 class=\"wp-block-heading\">Head</h3>\n<!-- /wp:heading -->", "### Head"),
        ("<!-- wp:separator -->\n<hr class=\"wp-block-separator\"/>\n<!-- /wp:separator -->", "---"),
        // Pictures: in the library -> an image block, elsewhere -> a link, unknown attachments dropped.
        ("<p><img class=\"wp-image-10\" src=\"https://x.example/a.jpg\" alt=\"A\"></p>", "{{image:7}}"),
        ("<img src=\"https://x.example/wp-content/uploads/harbour.jpg\">", "{{image:7}}"),
        ("<img src=\"https://cdn.example/other.png\" alt=\"Chart\">", "[Chart](https://cdn.example/other.png)"),
        ("<figure class=\"wp-block-image\"><img src=\"https://x.example/a.jpg\" class=\"wp-image-10\"/><figcaption>Cap</figcaption></figure>", "{{image:7}}"),
        ("<figure><img src=\"https://cdn.example/b.jpg\" alt=\"B\"/><figcaption>Caption kept</figcaption></figure>",
         "[B](https://cdn.example/b.jpg)\n\nCaption kept"),
        // Shortcodes.
        ("[caption id=\"attachment_10\" width=\"300\"]<img src=\"https://x.example/z.jpg\" /> The harbour[/caption]", "{{image:7}}"),
        ("[caption id=\"attachment_99\"]<img src=\"https://x.example/z.jpg\" alt=\"Z\" /> Lost photo[/caption]",
         "[Z](https://x.example/z.jpg)\n\nLost photo"),
        ("[gallery ids=\"10,99\"]", "{{image:7}}"),
        ("[embed]https://www.youtube.com/watch?v=abc[/embed]", "[https://www.youtube.com/watch?v=abc](https://www.youtube.com/watch?v=abc)"),
        ("[youtube https://youtu.be/abc]", "[https://youtu.be/abc](https://youtu.be/abc)"),
        ("[sic] and [1]", "\\[sic\\] and \\[1\\]"),
        ("[contact-form-7 id=\"3\"]Text", "\\[contact-form-7 id=\"3\"\\]Text"),
        // Embeds.
        ("<figure class=\"wp-block-embed\"><div class=\"wp-block-embed__wrapper\">\nhttps://vimeo.com/1\n</div></figure>",
         "[https://vimeo.com/1](https://vimeo.com/1)"),
        ("<iframe src=\"https://www.youtube.com/embed/abc\"></iframe>", "[https://www.youtube.com/embed/abc](https://www.youtube.com/embed/abc)"),
        ("<iframe src=\"javascript:alert(1)\"></iframe>Text", "Text"),
        // Multilingual text.
        ("<p>Сегодня в гавани открылся <em>новый</em> причал.</p>", "Сегодня в гавани открылся *новый* причал."),
        ("<p>«Это праздник», — сказал мэр.</p>", "«Это праздник», — сказал мэр."),
    ])
    func convertsWordPressContent(_ html: String, _ markdown: String) {
        #expect(WordPressContent.markdown(from: html, imageKey: Self.library) == markdown)
    }

    @Test(arguments: [
        ("My grandfather worked there.<br />\nIt smells of tar &amp; coffee.", "My grandfather worked there.\nIt smells of tar & coffee."),
        ("<p>Наконец-то!</p>\n<p>Ждали три года.</p>", "Наконец-то!\n\nЖдали три года."),
        ("Buy <a href=\"https://spam.example\">here</a><script>x</script>", "Buy here"),
        ("2 * 3 = 6 and a_b", "2 * 3 = 6 and a_b"),
    ])
    func turnsCommentsIntoPlainText(_ html: String, _ text: String) {
        #expect(WordPressContent.plainText(fromComment: html) == text)
    }

    @Test func rendersSafelyThroughTheArticleRenderer() {
        let hostile = "<p onclick=\"x()\">Hi <a href=\"https://ok.example\" onmouseover=\"x()\">there</a></p><script>alert(1)</script>"
            + "<img src=x onerror=alert(1)><svg><script>alert(2)</script></svg>"
        let html = ArticleMarkdown.render(WordPressContent.markdown(from: hostile), related: [:], images: [:])
        #expect(!html.contains("<script"))
        #expect(!html.contains("onclick"))
        #expect(!html.contains("onerror"))
        #expect(!html.contains("onmouseover"))
        #expect(html.contains("<a href=\"https://ok.example\""))
    }
}
