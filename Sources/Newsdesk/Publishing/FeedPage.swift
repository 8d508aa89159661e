import Foundation

/// Builds a list of stories page by page: All news, a section, a tag.
enum FeedPage {
    /// What the list is of and where it lives.
    struct Listing: Sendable {
        let heading: String
        /// Above the heading ("Tags"), if anything.
        let kicker: String?
        let current: PageContext.Current?
        /// The list's address at a cursor (nil: the first page).
        let link: @Sendable (_ cursor: String?) -> String
    }

    static func build(_ ctx: PageContext, listing: Listing, page: Page<ArticleSummary>, cursor: FeedCursor?) -> FeedPageModel {
        FeedPageModel(
            layout: ctx.layout(title: listing.heading, canonicalPath: listing.link(cursor?.token), current: listing.current),
            heading: listing.heading, kicker: listing.kicker,
            items: page.items.map { ReaderContext.card($0, edition: ctx.edition) },
            nextURL: page.nextCursor.map { listing.link($0.token) },
            firstURL: cursor == nil ? nil : listing.link(nil))
    }
}
