/// Turns parsed blocks into HTML; one block per line, no trailing newline.
struct ArticleHTMLRenderer {
    var related: [String: RelatedCard]
    var images: [String: InlineImage]

    func render(_ blocks: [MarkdownBlock], tight: Bool = false) -> String {
        blocks.compactMap { render($0, tight: tight) }.joined(separator: "\n")
    }

    private func render(_ block: MarkdownBlock, tight: Bool) -> String? {
        switch block {
        case .paragraph(let text):
            let inline = MarkdownInline(text).html()
            return tight ? inline : "<p>\(inline)</p>"
        case .heading(let level, let text):
            let inline = MarkdownInline(text).html()
            return inline.isEmpty ? nil : "<h\(level)>\(inline)</h\(level)>"
        case .rule:
            return "<hr>"
        case .quote(let inner):
            return inner.isEmpty ? "<blockquote></blockquote>" : "<blockquote>\n\(render(inner))\n</blockquote>"
        case .list(let list):
            let tag = list.ordered ? "ol" : "ul"
            let start = list.ordered && list.start != 1 ? " start=\"\(list.start)\"" : ""
            let items = list.items.map { "<li>\(render($0, tight: list.tight))</li>" }
            return "<\(tag)\(start)>\n\(items.joined(separator: "\n"))\n</\(tag)>"
        case .code(let code):
            return "<pre><code>\(HTML.escape(code))</code></pre>"
        case .embed(.related(let key)):
            return related[key].flatMap(card)
        case .embed(.image(let key)):
            return images[key].flatMap(figure)
        }
    }

    private func card(_ card: RelatedCard) -> String? {
        guard let href = URLPolicy.clean(card.url, for: .link) else { return nil }
        var html = "<aside class=\"related-card\"><a href=\"\(HTML.escape(href))\">"
        if let src = card.imageURL.flatMap({ URLPolicy.clean($0, for: .image) }) {
            html += "<img src=\"\(HTML.escape(src))\" alt=\"\(HTML.escape(card.imageAlt))\" loading=\"lazy\""
                + " width=\"320\" height=\"180\">"
        }
        html += "<span class=\"related-card__text\">"
        if let section = nonBlank(card.section) {
            html += "<span class=\"related-card__kicker\">\(HTML.escape(section))</span>"
        }
        html += "<span class=\"related-card__title\">\(HTML.escape(card.title))</span></span></a>"
        if let credit = nonBlank(card.credit) {
            html += "<small class=\"related-card__credit\">© \(HTML.escape(credit))</small>"
        }
        return html + "</aside>"
    }

    private func figure(_ image: InlineImage) -> String? {
        guard let src = URLPolicy.clean(image.url, for: .image) else { return nil }
        var html = "<figure class=\"body-figure\"><img src=\"\(HTML.escape(src))\" alt=\"\(HTML.escape(image.alt))\""
        if image.width > 0, image.height > 0 {
            html += " width=\"\(image.width)\" height=\"\(image.height)\""
        }
        html += " loading=\"lazy\">"
        let caption = nonBlank(image.caption).map(HTML.escape)
        let credit = nonBlank(image.credit).map { "<span class=\"credit\">© \(HTML.escape($0))</span>" }
        let parts = [caption, credit].compactMap { $0 }
        if !parts.isEmpty {
            html += "<figcaption>\(parts.joined(separator: " "))</figcaption>"
        }
        return html + "</figure>"
    }

    private func nonBlank(_ s: String?) -> String? {
        guard let s, s.contains(where: { !$0.isWhitespace }) else { return nil }
        return s
    }
}
