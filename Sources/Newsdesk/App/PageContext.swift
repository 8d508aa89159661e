import Foundation

/// What every page shows besides its own content: the edition and its chrome, the viewer, the forms' token and the
/// time. Controllers gather it (`PageContext.load`) and hand it to page builders, which are pure functions of it and
/// of the data the services loaded, so every page can be built and snapshot-tested without a request or a database.
struct PageContext: Sendable {
    let edition: EditionInfo
    /// Every edition, for the edition switcher.
    let editions: [EditionInfo]
    /// The edition's sections, for the navigation.
    let sections: [SectionRef]
    /// Scheme and host for absolute addresses (canonical, Open Graph, share links).
    let origin: String
    /// The signed-in member; nil on pages shared by anonymous readers.
    let viewer: Member?
    /// The token this page's forms carry; nil on pages without forms (anonymous pages set no cookie).
    let csrf: String?
    let now: Date

    /// Which navigation item the page belongs to.
    enum Current: Equatable, Sendable {
        case front, allNews, multimedia, live
        case section(String)
    }

    static let siteName = "Newsdesk"

    /// The page chrome: title, navigation, edition switcher, the member's corner and the site's common links.
    func layout(title: String, description: String? = nil, canonicalPath: String? = nil, current: Current? = nil,
                og: OpenGraph? = nil, jsonLD: String? = nil) -> LayoutModel {
        let s = edition.strings
        let p = edition.pathPrefix
        var nav = [NavItem(label: s.text("allNews"), url: Paths.allNews(p), current: current == .allNews),
                   NavItem(label: LiveStrings.for(language: edition.language).live, url: LivePaths.live(p), current: current == .live)]
        for section in sections {
            nav.append(NavItem(label: section.name, url: Paths.section(p, section.slug), current: current == .section(section.slug)))
        }
        nav.append(NavItem(label: s.text("multimedia"), url: Paths.multimedia(p), current: current == .multimedia))
        let switcher = editions.map {
            EditionLink(code: $0.code, name: $0.name, url: Paths.front($0.pathPrefix), language: $0.language, current: $0.id == edition.id)
        }
        var model = LayoutModel(
            lang: edition.language, siteName: Self.siteName, editionName: edition.name,
            title: current == .front ? "\(Self.siteName) — \(edition.name)" : "\(title) — \(Self.siteName)",
            description: description ?? s.text("siteDescription", ["site": Self.siteName]),
            canonicalURL: canonicalPath.map { origin + $0 }, homeURL: Paths.front(p), nav: nav,
            editions: switcher, strings: s, clock: PageCache.clockMarker, og: og, jsonLD: jsonLD,
            year: Calendar(identifier: .gregorian).component(.year, from: now),
            member: viewer.map {
                MemberBadge(greeting: s.text("hello", ["name": $0.displayName]), displayName: $0.displayName,
                            avatar: $0.avatarPath, initial: String($0.displayName.prefix(1)).uppercased(), isAdmin: $0.role == .admin,
                            isDesk: ModerationService.desk.contains($0.role), isNewsroom: NewsroomService.writers.contains($0.role))
            },
            csrf: viewer == nil ? nil : csrf)
        model.search = SearchPage.box(edition)
        model.feeds = [
            FeedLinkModel(type: "application/rss+xml", title: "\(Self.siteName) \(edition.name) (RSS)", url: Paths.rss(p)),
            FeedLinkModel(type: "application/atom+xml", title: "\(Self.siteName) \(edition.name) (Atom)", url: Paths.atom(p)),
            FeedLinkModel(type: "application/feed+json", title: "\(Self.siteName) \(edition.name) (JSON Feed)", url: Paths.jsonFeed(p)),
        ]
        if case .section(let slug) = current, let section = sections.first(where: { $0.slug == slug }) {
            model.feeds.append(FeedLinkModel(type: "application/rss+xml", title: "\(Self.siteName) \(edition.name): \(section.name) (RSS)",
                                             url: Paths.sectionRSS(p, slug)))
        }
        model.dir = s.text("dir")
        model.utcOffsetMinutes = edition.timeZone.secondsFromGMT(for: now) / 60
        model.links = .in(p)
        return model
    }

    /// The token for a form; pages with forms are loaded with one.
    var formToken: String { csrf ?? "" }
}
