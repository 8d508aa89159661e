/// An image placed in an article body by `{{image:KEY}}`.
public struct InlineImage: Sendable, Equatable {
    public var url: String
    public var alt: String
    public var caption: String?
    /// Without the "©": the figure adds it.
    public var credit: String?
    public var width: Int
    public var height: Int

    public init(url: String, alt: String, caption: String? = nil, credit: String? = nil, width: Int, height: Int) {
        self.url = url
        self.alt = alt
        self.caption = caption
        self.credit = credit
        self.width = width
        self.height = height
    }
}
