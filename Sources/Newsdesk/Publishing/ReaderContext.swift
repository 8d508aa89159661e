import Fluent
import Foundation
import Vapor

/// What every reader page shares: which edition the address belongs to, and the page chrome.
enum ReaderContext {
    static let siteName = "Newsdesk"

    /// `/:edition/...` routes name the edition; the others are the default edition's.
    static func edition(_ req: Request) async throws -> EditionInfo {
        let editions = req.newsdesk.editions
        if let code = req.parameters.get("edition") {
            guard let edition = try await editions.edition(code: code, on: req.db), !edition.isDefault else {
                throw Abort(.notFound)
            }
            return edition
        }
        guard let edition = try await editions.defaultEdition(on: req.db) else { throw Abort(.notFound) }
        return edition
    }

    /// For error pages: the edition whose prefix starts the path, else the default.
    static func edition(forPath path: String, on req: Request) async throws -> EditionInfo {
        let first = path.split(separator: "/").first.map(String.init) ?? ""
        let editions = req.newsdesk.editions
        if let e = try await editions.edition(code: first, on: req.db), !e.isDefault { return e }
        if let e = try await editions.defaultEdition(on: req.db) { return e }
        return EditionInfo(id: 0, code: "en", name: siteName, language: "en", timeZone: .gmt, isDefault: true)
    }

    enum Current: Equatable {
        case front, allNews, multimedia
        case section(String)
    }

    static func layout(
        _ req: Request, edition: EditionInfo, title: String, description: String?, canonicalPath: String?,
        current: Current?, og: OpenGraph? = nil, jsonLD: String? = nil
    ) async throws -> LayoutModel {
        let s = edition.strings
        let p = edition.pathPrefix
        var nav = [NavItem(label: s.allNews, url: Paths.allNews(p), current: current == .allNews)]
        if edition.id != 0 {
            for section in try await req.newsdesk.articles.sections(edition: edition.id, on: req.db) {
                nav.append(NavItem(label: section.name, url: Paths.section(p, section.slug), current: current == .section(section.slug)))
            }
        }
        nav.append(NavItem(label: s.multimedia, url: Paths.multimedia(p), current: current == .multimedia))
        let editions = try await req.newsdesk.editions.all(on: req.db).map {
            EditionLink(code: $0.code, name: $0.name, url: Paths.front($0.pathPrefix), language: $0.language, current: $0.id == edition.id)
        }
        let pageTitle = current == .front ? "\(siteName) — \(edition.name)" : "\(title) — \(siteName)"
        return LayoutModel(
            lang: edition.language, siteName: siteName, editionName: edition.name, title: pageTitle,
            description: description ?? "\(siteName): news, analysis and pictures from around the world.",
            canonicalURL: canonicalPath.map { req.siteOrigin + $0 }, homeURL: Paths.front(p), nav: nav,
            editions: editions, strings: s, clock: PageCache.clockMarker, og: og, jsonLD: jsonLD,
            year: Calendar(identifier: .gregorian).component(.year, from: req.newsdesk.clock.now()),
            alternateFeeds: [],
            member: req.member.map {
                MemberBadge(greeting: s.hello.replacingOccurrences(of: "%@", with: $0.displayName), displayName: $0.displayName,
                            avatar: $0.avatarPath, initial: String($0.displayName.prefix(1)).uppercased(), isAdmin: $0.role == .admin,
                            isDesk: ModerationService.desk.contains($0.role))
            },
            csrf: req.member == nil ? nil : req.csrfToken
        )
    }

    static func image(_ ref: ImageRef?) -> ImageModel? {
        ref.map { ImageModel(src: $0.path, alt: $0.alt, width: $0.width, height: $0.height, caption: $0.caption, credit: "© " + $0.credit) }
    }

    static func card(_ a: ArticleSummary, edition: EditionInfo) -> CardModel {
        let p = edition.pathPrefix
        return CardModel(
            title: a.title, url: Paths.article(p, a.slug), summary: a.summary, sectionName: a.section.name,
            sectionURL: Paths.section(p, a.section.slug),
            time: EditionClock.shortTime(a.publishedAt, zone: edition.timeZone),
            dateLabel: EditionClock.dayMonth(a.publishedAt, zone: edition.timeZone, language: edition.language),
            iso: EditionClock.iso8601(a.publishedAt, zone: edition.timeZone), image: image(a.image),
            views: a.views, comments: a.comments
        )
    }

    static func teaser(_ g: GallerySummary, edition: EditionInfo) -> GalleryTeaserModel {
        GalleryTeaserModel(
            title: g.title, url: Paths.gallery(edition.pathPrefix, g.slug), summary: g.summary, photoCount: g.photoCount,
            cover: image(g.cover), dateLabel: EditionClock.dayMonth(g.publishedAt, zone: edition.timeZone, language: edition.language)
        )
    }

    /// JSON for a `<script type="application/ld+json">` block; `<` is escaped so text can never close the script.
    static func jsonLD(_ object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]),
              let text = String(data: data, encoding: .utf8) else { return "{}" }
        return text.replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
    }
}
