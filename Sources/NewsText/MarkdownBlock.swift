/// The block structure of an article body, before inline parsing.
indirect enum MarkdownBlock: Equatable {
    case paragraph(String)
    case heading(level: Int, text: String)
    case rule
    case quote([MarkdownBlock])
    case list(MarkdownList)
    case code(String)
    case embed(EmbedReference)
}

struct MarkdownList: Equatable {
    var ordered: Bool
    var start: Int
    /// Tight lists (no blank lines between items) render item paragraphs without `<p>`.
    var tight: Bool
    var items: [[MarkdownBlock]]
}
