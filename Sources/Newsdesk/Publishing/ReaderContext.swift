import Fluent
import Foundation
import Vapor

/// Which edition an address belongs to, and the pieces reader pages share (cards, teasers, images, JSON-LD).
enum ReaderContext {
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
        return EditionInfo(id: 0, code: "en", name: PageContext.siteName, language: "en", timeZone: .gmt, isDefault: true)
    }

    static func image(_ ref: ImageRef?) -> ImageModel? {
        ref.map {
            ImageModel(src: $0.path, alt: $0.alt, width: $0.width, height: $0.height, caption: $0.caption, credit: "© " + $0.credit,
                       srcset: $0.webpSrcset, sizes: $0.webpSrcset == nil ? nil : "(min-width: 1080px) 720px, (min-width: 720px) 66vw, 100vw")
        }
    }

    static func card(_ a: ArticleSummary, edition: EditionInfo) -> CardModel {
        let p = edition.pathPrefix
        return CardModel(
            title: a.title, url: Paths.article(p, a.slug), summary: a.summary, sectionName: a.section.name,
            sectionURL: Paths.section(p, a.section.slug),
            time: EditionClock.shortTime(a.publishedAt, zone: edition.timeZone),
            dateLabel: EditionClock.dayMonth(a.publishedAt, zone: edition.timeZone, language: edition.language),
            iso: EditionClock.iso8601(a.publishedAt, zone: edition.timeZone), image: image(a.image),
            views: a.views, comments: a.comments, live: a.isLive,
            liveBadge: a.isLive ? LiveStrings.for(language: edition.language).badge : nil
        )
    }

    static func teaser(_ g: GallerySummary, edition: EditionInfo) -> GalleryTeaserModel {
        GalleryTeaserModel(
            title: g.title, url: Paths.gallery(edition.pathPrefix, g.slug), summary: g.summary, photoCount: g.photoCount,
            cover: image(g.cover), dateLabel: EditionClock.dayMonth(g.publishedAt, zone: edition.timeZone, language: edition.language),
            photosLabel: edition.strings.plural("photos", g.photoCount)
        )
    }

    /// JSON for a `<script type="application/ld+json">` block; `<` is escaped so text can never close the script.
    /// JSON for a `<script type="application/ld+json">`: keys sorted, and `<`, `>` and `&` written as escapes so the
    /// text can never close the script element. Written directly (Foundation's serializer was 3% of an uncached
    /// article page in a profile); values are strings, integers, and arrays and objects of them.
    static func jsonLD(_ object: [String: Any]) -> String {
        var out = ""
        out.reserveCapacity(1024)
        writeJSON(object, to: &out)
        return out
    }

    private static func writeJSON(_ value: Any, to out: inout String) {
        switch value {
        case let s as String:
            writeJSONString(s, to: &out)
        case let n as Int:
            out += String(n)
        case let b as Bool:
            out += b ? "true" : "false"
        case let d as Double:
            out += d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
        case let dict as [String: Any]:
            out += "{"
            for (i, key) in dict.keys.sorted().enumerated() {
                if i > 0 { out += "," }
                writeJSONString(key, to: &out)
                out += ":"
                writeJSON(dict[key]!, to: &out)
            }
            out += "}"
        case let list as [Any]:
            out += "["
            for (i, item) in list.enumerated() {
                if i > 0 { out += "," }
                writeJSON(item, to: &out)
            }
            out += "]"
        default:
            out += "null"
        }
    }

    private static func writeJSONString(_ s: String, to out: inout String) {
        out += "\""
        // Most values (titles, names, addresses) have nothing to escape: they are written whole.
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 != 0x3C && $0 != 0x3E && $0 != 0x26 }) {
            out += s
            out += "\""
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
