/// Article bodies: journalists' Markdown to sanitized HTML, with related-story cards and images as blocks.
public enum ArticleMarkdown {
    /// The embeds named in `markdown`, in document order, each once.
    public static func references(in markdown: String) -> [EmbedReference] {
        Parsed(markdown).references
    }

    /// Renders `markdown` as HTML5. Raw HTML in the source is escaped, never passed through; links other than
    /// http, https, mailto and relative ones become plain text; embeds whose key is not in the dictionaries are
    /// dropped.
    public static func render(
        _ markdown: String, related: [String: RelatedCard] = [:], images: [String: InlineImage] = [:]
    ) -> String {
        Parsed(markdown).render(related: related, images: images)
    }

    /// A body parsed once, for a page that needs its embeds, its HTML and its plain text (parsing was a twentieth of
    /// an article page's CPU when each of them parsed the body again).
    public struct Parsed {
        let blocks: [MarkdownBlock]

        public init(_ markdown: String) {
            blocks = MarkdownBlockParser.parse(markdown)
        }

        /// The embeds, in document order, each once.
        public var references: [EmbedReference] {
            ArticleMarkdown.references(in: blocks)
        }

        /// The HTML, as `ArticleMarkdown.render` gives it.
        public func render(related: [String: RelatedCard] = [:], images: [String: InlineImage] = [:]) -> String {
            ArticleHTMLRenderer(related: related, images: images).render(blocks)
        }

        /// The text without markup, as `PlainText.fromMarkdown` gives it.
        public var plainText: String {
            PlainText.text(of: blocks)
        }
    }

    static func references(in blocks: [MarkdownBlock]) -> [EmbedReference] {
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
        collect(blocks)
        return found
    }
}
