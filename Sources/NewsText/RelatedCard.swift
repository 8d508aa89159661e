/// A related story shown as a card where `{{related:KEY}}` stands in an article body.
public struct RelatedCard: Sendable, Equatable {
    public var url: String
    public var title: String
    /// Shown as the kicker above the title.
    public var section: String?
    public var imageURL: String?
    public var imageAlt: String
    /// Without the "©": the card adds it ("Reuters / Jane Doe" -> "© Reuters / Jane Doe").
    public var credit: String?

    public init(
        url: String, title: String, section: String? = nil, imageURL: String? = nil, imageAlt: String = "",
        credit: String? = nil
    ) {
        self.url = url
        self.title = title
        self.section = section
        self.imageURL = imageURL
        self.imageAlt = imageAlt
        self.credit = credit
    }
}
