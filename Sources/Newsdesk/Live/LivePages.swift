import Foundation
import NewsText

/// The words of live pages in an edition's language.
struct LiveStrings: Encodable, Sendable, Equatable {
    let live: String
    let badge: String
    let heading: String
    let runningNow: String
    let latest: String
    let keyEvents: String
    let keyEvent: String
    let pinned: String
    let updated: String
    let ended: String
    let newUpdates: String
    let olderEntries: String
    let latestEntries: String
    let noEntries: String
    let nothingYet: String
    let liveBlog: String
    let by: String

    /// From the interface catalogue (`live.*` keys of `Data/Locales`).
    static func `for`(language: String) -> LiveStrings {
        let t = UIStrings.for(language: language)
        return LiveStrings(
            live: t.text("live.live"),
            badge: t.text("live.badge"),
            heading: t.text("live.heading"),
            runningNow: t.text("live.runningNow"),
            latest: t.text("live.latest"),
            keyEvents: t.text("live.keyEvents"),
            keyEvent: t.text("live.keyEvent"),
            pinned: t.text("live.pinned"),
            updated: t.text("live.updated"),
            ended: t.text("live.ended"),
            newUpdates: t.text("live.newUpdates"),
            olderEntries: t.text("live.olderEntries"),
            latestEntries: t.text("live.latestEntries"),
            noEntries: t.text("live.noEntries"),
            nothingYet: t.text("live.nothingYet"),
            liveBlog: t.text("live.liveBlog"),
            by: t.text("live.by"))
    }
}

struct LiveRelatedModel: Encodable, Sendable {
    let title: String
    let url: String
}

struct LiveEntryModel: Encodable, Sendable {
    let id: Int
    let anchor: String
    let time: String
    let iso: String
    let authorName: String
    let html: String
    let keyEvent: Bool
    let pinned: Bool
    let updated: Bool
    let image: ImageModel?
    let related: LiveRelatedModel?
}

struct LiveKeyEventModel: Encodable, Sendable {
    let id: Int
    let time: String
    let iso: String
    let text: String
    let url: String
}

/// The live part of a live blog's article page.
struct LiveBlogModel: Encodable, Sendable {
    let strings: LiveStrings
    /// Nil once coverage has ended: the page does not stream.
    let streamURL: String?
    let ended: Bool
    let keyEvents: [LiveKeyEventModel]
    let pinned: LiveEntryModel?
    let entries: [LiveEntryModel]
    /// The next page of older entries (without JavaScript).
    let olderURL: String?
    /// Back to the latest entries, on an older page.
    let latestURL: String?
    var script = LivePages.script
}

struct LiveFeedItemModel: Encodable, Sendable {
    let type: String
    let title: String
    let url: String
    let kicker: String
    let summary: String
    let time: String
    let iso: String
    let live: Bool
}

struct LivePageModel: Encodable, Sendable {
    let layout: LayoutModel
    let strings: LiveStrings
    let running: [CardModel]
    let items: [LiveFeedItemModel]
    let streamURL: String
    var script = LivePages.script
}

/// What a live blog's page shows, as the services returned it.
struct LiveBlogContent: Sendable {
    var blog: LiveBlogRef
    var slug: String
    var entries: [LiveEntryView]
    var next: Int?
    var keyEvents: [LiveEntryView]
    var pinned: LiveEntryView?
    /// The page shows older entries (a cursor was given).
    var isOlderPage: Bool
    /// The newest event id when the page was built: its stream starts after it.
    var lastEventID: Int
}

/// Builds the live part of a live blog's page and the `/live` page.
enum LivePages {
    /// Loaded by live pages only, so other pages carry no script they do not use.
    static let script = Paths.asset("live.js")

    static func blog(_ ctx: PageContext, _ c: LiveBlogContent) -> LiveBlogModel {
        let e = ctx.edition
        let p = e.pathPrefix
        let strings = LiveStrings.for(language: e.language)
        let stream = c.blog.ended ? nil : SiteRoute.apiLiveEntriesStream.path(String(c.blog.id), query: ["last_event_id": String(c.lastEventID)])
        return LiveBlogModel(
            strings: strings, streamURL: stream, ended: c.blog.ended,
            keyEvents: c.keyEvents.map {
                LiveKeyEventModel(id: $0.id, time: EditionClock.shortTime($0.publishedAt, zone: e.timeZone),
                                  iso: EditionClock.iso8601($0.publishedAt, zone: e.timeZone),
                                  text: PlainText.excerpt(PlainText.fromMarkdown($0.textMarkdown), maxLength: 120),
                                  url: "#entry-\($0.id)")
            },
            pinned: c.pinned.map { entry($0, edition: e) }, entries: c.entries.map { entry($0, edition: e) },
            olderURL: c.next.map { LivePaths.olderEntries(p, slug: c.slug, before: FeedCursor(seconds: 0, id: $0).token) },
            latestURL: c.isOlderPage ? Paths.article(p, c.slug, fragment: "live-entries") : nil)
    }

    static func entry(_ v: LiveEntryView, edition e: EditionInfo) -> LiveEntryModel {
        LiveEntryModel(
            id: v.id, anchor: "entry-\(v.id)", time: EditionClock.shortTime(v.publishedAt, zone: e.timeZone),
            iso: EditionClock.iso8601(v.publishedAt, zone: e.timeZone), authorName: v.authorName, html: v.textHTML,
            keyEvent: v.keyEvent, pinned: v.pinned, updated: v.updatedAt != nil, image: ReaderContext.image(v.media),
            related: v.related.map { LiveRelatedModel(title: $0.title, url: Paths.article(e.pathPrefix, $0.slug)) })
    }

    /// `/live`: the live blogs running now, then the newest articles and entries, newest first.
    static func page(_ ctx: PageContext, running: [ArticleSummary], latest: [LiveJSON.FeedItem], lastEventID: Int) -> LivePageModel {
        let e = ctx.edition
        let strings = LiveStrings.for(language: e.language)
        let iso = ISO8601DateFormatter()
        let items = latest.map { item -> LiveFeedItemModel in
            let date = iso.date(from: item.publishedAt) ?? ctx.now
            return LiveFeedItemModel(
                type: item.type, title: item.title, url: item.url, kicker: item.type == "entry" ? strings.liveBlog : (item.section ?? ""),
                summary: item.summary, time: EditionClock.shortTime(date, zone: e.timeZone), iso: item.publishedAt, live: item.live)
        }
        return LivePageModel(
            layout: ctx.layout(title: strings.heading, canonicalPath: LivePaths.live(e.pathPrefix), current: .live),
            strings: strings, running: running.map { ReaderContext.card($0, edition: e) }, items: items,
            streamURL: LivePaths.feedStream(edition: e.code, after: lastEventID))
    }
}
