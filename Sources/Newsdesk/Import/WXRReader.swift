import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What a WordPress export (WXR 1.1/1.2, as Tools → Export writes it) holds, one element at a time.
enum WXR {
    struct Site: Sendable, Equatable {
        var title = ""
        var link = ""
        var baseSiteURL = ""
        var baseBlogURL = ""
        var language = ""
        var version = ""
    }

    struct Author: Sendable, Equatable {
        var id = 0
        var login = ""
        var email = ""
        var displayName = ""
        var firstName = ""
        var lastName = ""
    }

    struct Term: Sendable, Equatable {
        /// "category" or "post_tag" (other taxonomies are read and ignored).
        var taxonomy = ""
        var slug = ""
        var name = ""
        var parent = ""
    }

    struct Comment: Sendable, Equatable {
        var id = 0
        var author = ""
        var email = ""
        var date = ""
        var dateGMT = ""
        var content = ""
        /// "1", "0", "spam", "trash"
        var approved = ""
        /// "" or "comment" for comments; "pingback", "trackback" and others are not comments of readers.
        var type = ""
        var parent = 0
        var meta: [String: String] = [:]
    }

    struct Item: Sendable, Equatable {
        var title = ""
        var link = ""
        var creator = ""
        var content = ""
        var excerpt = ""
        var id = 0
        var date = ""
        var dateGMT = ""
        var status = ""
        var type = ""
        var name = ""
        var parent = 0
        var attachmentURL = ""
        /// (domain, nicename, name) in the order written.
        var terms: [(domain: String, slug: String, name: String)] = []
        var meta: [String: String] = [:]
        var comments: [Comment] = []

        static func == (a: Item, b: Item) -> Bool {
            a.id == b.id && a.type == b.type && a.content == b.content && a.title == b.title && a.comments == b.comments
                && a.terms.map { $0.slug } == b.terms.map { $0.slug } && a.meta == b.meta && a.status == b.status
        }
    }

    enum Event: Sendable {
        case site(Site)
        case author(Author)
        case term(Term)
        case item(Item)
    }

    /// Where the file is not well-formed XML or not an export: the first problem, with its line and column.
    struct Malformed: Error, CustomStringConvertible, Equatable {
        var line: Int
        var column: Int
        var message: String
        var description: String { "line \(line), column \(column): \(message)" }
    }
}

/// Reads a WXR file from disk as a stream of events: Foundation's `XMLParser` (libxml2's push parser) is fed the
/// file in chunks, and only the item being read is held, so memory does not grow with the file.
final class WXRReader: NSObject, XMLParserDelegate {
    private let onEvent: (WXR.Event) -> Bool
    private var path: [String] = []
    private var text = ""
    private var site = WXR.Site()
    private var siteSent = false
    private var author: WXR.Author?
    private var term: WXR.Term?
    private var item: WXR.Item?
    private var comment: WXR.Comment?
    private var metaKey = ""
    private var metaValue = ""
    private var termDomain = ""
    private var termSlug = ""
    private var sawRSS = false
    private var stopped = false
    private(set) var failure: WXR.Malformed?

    /// `onEvent` returns false to stop reading.
    private init(onEvent: @escaping (WXR.Event) -> Bool) {
        self.onEvent = onEvent
    }

    /// Reads the whole file, handing each event to `onEvent`; throws `WXR.Malformed` for a broken file. Returns
    /// false when `onEvent` stopped the reading.
    @discardableResult
    static func read(file: String, onEvent: @escaping (WXR.Event) -> Bool) throws -> Bool {
        guard let stream = InputStream(fileAtPath: file), FileManager.default.isReadableFile(atPath: file) else {
            throw WXR.Malformed(line: 0, column: 0, message: "cannot read the file \(file)")
        }
        let parser = XMLParser(stream: stream)
        let reader = WXRReader(onEvent: onEvent)
        parser.delegate = reader
        parser.shouldResolveExternalEntities = false
        let ok = parser.parse()
        if reader.stopped { return false }
        if let failure = reader.failure { throw failure }
        if !ok {
            throw WXR.Malformed(line: parser.lineNumber, column: parser.columnNumber,
                                message: parser.parserError.map { "\($0.localizedDescription)" } ?? "the file is not well-formed XML")
        }
        if !reader.sawRSS {
            throw WXR.Malformed(line: parser.lineNumber, column: parser.columnNumber, message: "this is not a WordPress export (no <rss> element)")
        }
        return true
    }

    private func emit(_ event: WXR.Event, _ parser: XMLParser) {
        guard !stopped else { return }
        if !onEvent(event) {
            stopped = true
            parser.abortParsing()
        }
    }

    private func sendSiteOnce(_ parser: XMLParser) {
        guard !siteSent else { return }
        siteSent = true
        emit(.site(site), parser)
    }

    // MARK: XMLParserDelegate

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        path.append(name)
        text = ""
        switch name {
        case "rss": sawRSS = true
        case "wp:author" where path.count == 3: author = WXR.Author()
        case "wp:category" where path.count == 3, "wp:tag" where path.count == 3, "wp:term" where path.count == 3:
            term = WXR.Term(taxonomy: name == "wp:tag" ? "post_tag" : name == "wp:category" ? "category" : "")
        case "item":
            sendSiteOnce(parser)
            item = WXR.Item()
        case "wp:comment" where item != nil: comment = WXR.Comment()
        case "category" where item != nil:
            termDomain = attributes["domain"] ?? ""
            termSlug = attributes["nicename"] ?? ""
        case "wp:postmeta", "wp:commentmeta":
            metaKey = ""
            metaValue = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        text += String(decoding: block, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        defer {
            path.removeLast()
            text = ""
        }
        let value = text
        if comment != nil {
            endComment(name, value, parser)
        } else if item != nil {
            endItem(name, value, parser)
        } else if author != nil {
            endAuthor(name, value, parser)
        } else if term != nil {
            endTerm(name, value, parser)
        } else if path.count == 3, path[1] == "channel" {
            switch name {
            case "title": site.title = value
            case "link": site.link = value
            case "language": site.language = value
            case "wp:wxr_version": site.version = value
            case "wp:base_site_url": site.baseSiteURL = value
            case "wp:base_blog_url": site.baseBlogURL = value
            default: break
            }
        }
        if name == "channel" { sendSiteOnce(parser) }
    }

    private func endAuthor(_ name: String, _ value: String, _ parser: XMLParser) {
        switch name {
        case "wp:author_id": author?.id = Int(value.trimmed) ?? 0
        case "wp:author_login": author?.login = value
        case "wp:author_email": author?.email = value.trimmed
        case "wp:author_display_name": author?.displayName = value
        case "wp:author_first_name": author?.firstName = value
        case "wp:author_last_name": author?.lastName = value
        case "wp:author":
            sendSiteOnce(parser)
            if let author { emit(.author(author), parser) }
            author = nil
        default: break
        }
    }

    private func endTerm(_ name: String, _ value: String, _ parser: XMLParser) {
        switch name {
        case "wp:category_nicename", "wp:tag_slug", "wp:term_slug": term?.slug = value.trimmed
        case "wp:cat_name", "wp:tag_name", "wp:term_name": term?.name = value
        case "wp:category_parent", "wp:term_parent": term?.parent = value.trimmed
        case "wp:term_taxonomy": term?.taxonomy = value.trimmed
        case "wp:category", "wp:tag", "wp:term":
            sendSiteOnce(parser)
            if let term { emit(.term(term), parser) }
            term = nil
        default: break
        }
    }

    private func endItem(_ name: String, _ value: String, _ parser: XMLParser) {
        guard path.count >= 4 else {
            if name == "item", let item {
                emit(.item(item), parser)
                self.item = nil
            }
            return
        }
        if path[path.count - 2] == "wp:postmeta" {
            if name == "wp:meta_key" { metaKey = value } else if name == "wp:meta_value" { metaValue = value }
            return
        }
        switch name {
        case "title": item?.title = value
        case "link": item?.link = value.trimmed
        case "dc:creator": item?.creator = value.trimmed
        case "content:encoded": item?.content = value
        case "excerpt:encoded": item?.excerpt = value
        case "wp:post_id": item?.id = Int(value.trimmed) ?? 0
        case "wp:post_date": item?.date = value.trimmed
        case "wp:post_date_gmt": item?.dateGMT = value.trimmed
        case "wp:status": item?.status = value.trimmed
        case "wp:post_type": item?.type = value.trimmed
        case "wp:post_name": item?.name = value.trimmed
        case "wp:post_parent": item?.parent = Int(value.trimmed) ?? 0
        case "wp:attachment_url": item?.attachmentURL = value.trimmed
        case "category": item?.terms.append((termDomain, termSlug, value))
        case "wp:postmeta": if !metaKey.isEmpty { item?.meta[metaKey] = metaValue }
        default: break
        }
    }

    private func endComment(_ name: String, _ value: String, _ parser: XMLParser) {
        if path.count >= 2, path[path.count - 2] == "wp:commentmeta" {
            if name == "wp:meta_key" { metaKey = value } else if name == "wp:meta_value" { metaValue = value }
            return
        }
        switch name {
        case "wp:comment_id": comment?.id = Int(value.trimmed) ?? 0
        case "wp:comment_author": comment?.author = value
        case "wp:comment_author_email": comment?.email = value.trimmed
        case "wp:comment_date": comment?.date = value.trimmed
        case "wp:comment_date_gmt": comment?.dateGMT = value.trimmed
        case "wp:comment_content": comment?.content = value
        case "wp:comment_approved": comment?.approved = value.trimmed
        case "wp:comment_type": comment?.type = value.trimmed
        case "wp:comment_parent": comment?.parent = Int(value.trimmed) ?? 0
        case "wp:commentmeta": if !metaKey.isEmpty { comment?.meta[metaKey] = metaValue }
        case "wp:comment":
            if let comment { item?.comments.append(comment) }
            comment = nil
        default: break
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        guard failure == nil, !stopped else { return }
        let nsError = parseError as NSError
        let reason = (nsError.userInfo[NSLocalizedDescriptionKey] as? String) ?? Self.explain(nsError.code)
        failure = WXR.Malformed(line: parser.lineNumber, column: parser.columnNumber, message: reason)
    }

    /// libxml2's error numbers (as XMLParser reports them) for the breaks hand-edited or cut-off exports show.
    static func explain(_ code: Int) -> String {
        let known: [Int: String] = [
            4: "the file is empty", 5: "extra content after the end of the export", 9: "a character XML does not allow",
            23: "a character reference without its ';'", 24: "an '&' that starts no entity (write &amp;)",
            26: "an entity XML does not know (only &amp; &lt; &gt; &quot; &apos; outside CDATA)",
            39: "an attribute value without quotes", 41: "an attribute without a value", 63: "a CDATA section that is not closed",
            68: "a name is missing (an unescaped '<' or '&'?)", 73: "'>' expected", 74: "'</' expected",
            76: "an end tag that does not match its start tag", 77: "a tag that is not finished (the file may be cut off)",
        ]
        return "the file is not well-formed XML: " + (known[code] ?? "libxml2 error \(code)")
    }
}

extension String {
    fileprivate var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
