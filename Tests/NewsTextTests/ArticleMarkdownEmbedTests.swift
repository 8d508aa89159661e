import Testing
@testable import NewsText

struct ArticleMarkdownEmbedTests {
    static let related = [
        "budget": RelatedCard(
            url: "/politics/budget-2026", title: "Budget: what changes", section: "Politics",
            imageURL: "https://img.example.com/b.jpg", imageAlt: "Parliament", credit: "Reuters / Jane Doe"),
        "bare": RelatedCard(url: "/x", title: "Bare <card>"),
        "evil": RelatedCard(url: "javascript:alert(1)", title: "Evil"),
        "quotes": RelatedCard(
            url: "/q?a=1&b=\"2\"", title: "\"Quoted\" & 'single'", section: "<Opinion>",
            imageURL: "data:image/png;base64,AAAA", imageAlt: "\" onerror=\"alert(1)", credit: "<AP>"),
    ]

    static let images = [
        "flood": InlineImage(
            url: "/media/flood.jpg", alt: "Flooded street", caption: "Water reached the square.",
            credit: "AFP / Max Roe", width: 1200, height: 800),
        "plain": InlineImage(url: "https://cdn.example.com/p.jpg", alt: "", width: 640, height: 480),
        "creditOnly": InlineImage(url: "/c.jpg", alt: "C", credit: "Staff", width: 10, height: 20),
        "unsized": InlineImage(url: "/u.jpg", alt: "U", caption: " ", width: 0, height: 0),
        "xss": InlineImage(
            url: "/i.jpg\" onerror=\"alert(1)", alt: "<script>", caption: "a < b", width: 1, height: 1),
    ]

    struct Case: CustomTestStringConvertible, Sendable {
        var markdown: String
        var html: String
        var testDescription: String { markdown.debugDescription }
    }

    static let cases: [Case] = [
        Case(
            markdown: "Before\n\n{{related:budget}}\n\nAfter",
            html: "<p>Before</p>\n<aside class=\"related-card\"><a href=\"/politics/budget-2026\">"
                + "<img src=\"https://img.example.com/b.jpg\" alt=\"Parliament\" loading=\"lazy\" width=\"320\" height=\"180\">"
                + "<span class=\"related-card__text\"><span class=\"related-card__kicker\">Politics</span>"
                + "<span class=\"related-card__title\">Budget: what changes</span></span></a>"
                + "<small class=\"related-card__credit\">© Reuters / Jane Doe</small></aside>\n<p>After</p>"),
        Case(
            markdown: "{{related:bare}}",
            html: "<aside class=\"related-card\"><a href=\"/x\"><span class=\"related-card__text\">"
                + "<span class=\"related-card__title\">Bare &lt;card&gt;</span></span></a></aside>"),
        Case(
            markdown: "{{related:quotes}}",
            html: "<aside class=\"related-card\"><a href=\"/q?a=1&amp;b=&quot;2&quot;\"><span class=\"related-card__text\">"
                + "<span class=\"related-card__kicker\">&lt;Opinion&gt;</span>"
                + "<span class=\"related-card__title\">&quot;Quoted&quot; &amp; &#39;single&#39;</span></span></a>"
                + "<small class=\"related-card__credit\">© &lt;AP&gt;</small></aside>"),
        Case(markdown: "{{related:evil}}", html: ""),
        Case(markdown: "A\n\n{{related:missing}}\n\nB", html: "<p>A</p>\n<p>B</p>"),
        Case(markdown: "{{image:missing}}", html: ""),
        Case(
            markdown: "{{image:flood}}",
            html: "<figure class=\"body-figure\"><img src=\"/media/flood.jpg\" alt=\"Flooded street\" width=\"1200\" height=\"800\" loading=\"lazy\">"
                + "<figcaption>Water reached the square. <span class=\"credit\">© AFP / Max Roe</span></figcaption></figure>"),
        Case(
            markdown: "{{image:plain}}",
            html: "<figure class=\"body-figure\"><img src=\"https://cdn.example.com/p.jpg\" alt=\"\" width=\"640\" height=\"480\" loading=\"lazy\"></figure>"),
        Case(
            markdown: "{{image:creditOnly}}",
            html: "<figure class=\"body-figure\"><img src=\"/c.jpg\" alt=\"C\" width=\"10\" height=\"20\" loading=\"lazy\">"
                + "<figcaption><span class=\"credit\">© Staff</span></figcaption></figure>"),
        Case(
            markdown: "{{image:xss}}",
            html: "<figure class=\"body-figure\"><img src=\"/i.jpg&quot;%20onerror=&quot;alert(1)\" alt=\"&lt;script&gt;\" width=\"1\" height=\"1\" loading=\"lazy\">"
                + "<figcaption>a &lt; b</figcaption></figure>"),
        Case(markdown: "  {{ image : plain }}  ", html: "<figure class=\"body-figure\"><img src=\"https://cdn.example.com/p.jpg\" alt=\"\" width=\"640\" height=\"480\" loading=\"lazy\"></figure>"),
        Case(markdown: "Text\n{{related:bare}}\nmore", html: "<p>Text</p>\n<aside class=\"related-card\"><a href=\"/x\"><span class=\"related-card__text\"><span class=\"related-card__title\">Bare &lt;card&gt;</span></span></a></aside>\n<p>more</p>"),
        Case(markdown: "See {{related:bare}} inline", html: "<p>See {{related:bare}} inline</p>"),
        Case(markdown: "{{related:bad key}}", html: "<p>{{related:bad key}}</p>"),
        Case(markdown: "{{video:bare}}", html: "<p>{{video:bare}}</p>"),
        Case(markdown: "{{Related:bare}}", html: "<aside class=\"related-card\"><a href=\"/x\"><span class=\"related-card__text\"><span class=\"related-card__title\">Bare &lt;card&gt;</span></span></a></aside>"),
        Case(markdown: "{{image:unsized}}", html: "<figure class=\"body-figure\"><img src=\"/u.jpg\" alt=\"U\" loading=\"lazy\"></figure>"),
        Case(markdown: "- {{image:unsized}}", html: "<ul>\n<li><figure class=\"body-figure\"><img src=\"/u.jpg\" alt=\"U\" loading=\"lazy\"></figure></li>\n</ul>"),
        Case(markdown: "```\n{{image:unsized}}\n```", html: "<pre><code>{{image:unsized}}</code></pre>"),
    ]

    @Test(arguments: cases)
    func rendersResolvedEmbedsAndDropsMissingOnes(_ c: Case) {
        #expect(ArticleMarkdown.render(c.markdown, related: Self.related, images: Self.images) == c.html)
    }

    @Test func listsReferencesInDocumentOrderOnce() {
        let markdown = """
            {{image:top}}

            Text {{related:inline}} is not an embed.

            {{related:a}}
            > {{related:quoted}}

            - {{image:listed}}

            {{image:top}}
            {{related:a}}
            {{related:b_2-x}}
            """
        #expect(ArticleMarkdown.references(in: markdown) == [
            .image("top"), .related("a"), .related("quoted"), .image("listed"), .related("b_2-x"),
        ])
    }

    @Test func referencesOfTextWithoutEmbedsAreEmpty() {
        #expect(ArticleMarkdown.references(in: "Just *text*.\n\n## Heading").isEmpty)
    }
}
