/// Article bodies: journalists' Markdown to sanitized HTML, with related-story cards and images as blocks.
public enum ArticleMarkdown {
    /// The embeds named in `markdown`, in document order, each once.
    public static func references(in markdown: String) -> [EmbedReference] {
        var seen = Set<EmbedReference>()
        var found: [EmbedReference] = []
        func collect(_ blocks: [MarkdownBlock]) {
            for block in blocks {
                switch block {
                case .embed(let reference):
                    if seen.insert(reference).inserted { found.append(reference) }
                case .quote(let inner):
                    collect(inner)
                case .list(let list):
                    list.items.forEach(collect)
                case .paragraph, .heading, .rule, .code:
                    break
                }
            }
        }
        collect(MarkdownBlockParser.parse(markdown))
        return found
    }

    /// Renders `markdown` as HTML5. Raw HTML in the source is escaped, never passed through; links other than
    /// http, https, mailto and relative ones become plain text; embeds whose key is not in the dictionaries are
    /// dropped.
    public static func render(
        _ markdown: String, related: [String: RelatedCard] = [:], images: [String: InlineImage] = [:]
    ) -> String {
        let renderer = ArticleHTMLRenderer(related: related, images: images)
        return renderer.render(MarkdownBlockParser.parse(markdown))
    }
}
