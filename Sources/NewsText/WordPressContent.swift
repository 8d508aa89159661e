/// A picture found in WordPress post content: an `<img>`, a `[caption]` or a `[gallery]` entry.
public struct WordPressImage: Sendable, Equatable {
    /// The `src` as written (empty for gallery entries, which name attachments only).
    public var src: String
    /// The attachment's WordPress id when the markup names it (`wp-image-12`, `attachment_12`, gallery `ids`).
    public var attachmentID: Int?
    public var alt: String

    public init(src: String, attachmentID: Int?, alt: String) {
        self.src = src
        self.attachmentID = attachmentID
        self.alt = alt
    }
}

/// WordPress post content (classic HTML with `wpautop` paragraphs, block markup `<!-- wp:... -->`, the `[caption]`,
/// `[gallery]` and `[embed]` shortcodes, embeds) turned into an article body in Newsdesk's Markdown.
///
/// Paragraphs, headings, lists, quotes, code, links (http, https, mailto and site paths only), emphasis and line
/// breaks are kept; pictures become `{{image:KEY}}` blocks when `imageKey` finds them in the media library and links
/// otherwise; embeds become links; scripts, styles, forms and every other tag are dropped with their content or
/// unwrapped. The result is Markdown, so the article renderer's sanitizing applies again when it is shown.
public enum WordPressContent {
    public static func markdown(from content: String, imageKey: (WordPressImage) -> String? = { _ in nil }) -> String {
        withoutActuallyEscaping(imageKey) { key in
            var converter = WordPressConverter(html: Shortcodes.expand(content), imageKey: key)
            return converter.run()
        }
    }

    /// A WordPress comment as plain text: paragraphs separated by a blank line, `<br>` as a newline, tags dropped,
    /// character references decoded.
    public static func plainText(fromComment html: String) -> String {
        markdown(from: html).components(separatedBy: "\n\n").map { block in
            block.components(separatedBy: "\\\n")
                .map { PlainText.fromMarkdown($0).trimmingCharacters(in: .whitespacesAndNewlines) }
                .joined(separator: "\n")
        }.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }
}

/// The shortcodes WordPress itself and its common embed plugins write; any other bracketed text stays text.
enum Shortcodes {
    static let embeds: Set<String> = ["embed", "video", "audio", "youtube", "vimeo", "twitter", "tweet", "instagram",
                                      "soundcloud", "playlist"]
    static let known: Set<String> = embeds.union(["caption", "wp_caption", "gallery"])

    /// Rewrites the known shortcodes into HTML that the converter understands.
    static func expand(_ text: String) -> String {
        guard text.contains("[") else { return text }
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            guard s[i] == "[", let (name, attrs, closing, end) = readTag(s, at: i), known.contains(name) else {
                out.append(s[i])
                i += 1
                continue
            }
            if closing { i = end; continue }
            // Content up to the matching [/name], if there is one.
            var inner = ""
            var next = end
            if let close = find(Array("[/\(name)]".unicodeScalars), in: s, from: end) {
                inner = String(String.UnicodeScalarView(s[end..<close]))
                next = close + name.unicodeScalars.count + 3
            }
            out.append(contentsOf: replacement(name: name, attrs: attrs, inner: inner).unicodeScalars)
            i = next
        }
        return String(out)
    }

    static func replacement(name: String, attrs: [String: String], inner: String) -> String {
        switch name {
        case "caption", "wp_caption":
            let id = attrs["id"].flatMap { Int($0.drop { !$0.isNumber }) }
            // The caption is the text after the picture (or the old `caption` attribute).
            var picture = inner
            var caption = attrs["caption"] ?? ""
            if let cut = inner.range(of: ">", options: .backwards), inner[..<cut.lowerBound].contains("<img") {
                picture = String(inner[..<cut.upperBound])
                caption = String(inner[cut.upperBound...])
            }
            let marker = id.map { " data-wp-attachment=\"\($0)\"" } ?? ""
            return "<figure\(marker)>\(picture)<figcaption>\(caption)</figcaption></figure>"
        case "gallery":
            let ids = (attrs["ids"] ?? attrs["include"] ?? "").split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            return ids.map { "<figure><img data-wp-attachment=\"\($0)\"></figure>" }.joined()
        default:
            let url = (attrs["src"] ?? attrs["url"] ?? attrs["mp4"] ?? attrs["mp3"] ?? attrs[""] ?? inner)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            guard URLCheck.isWebLink(url) else { return "" }
            return "<p><a href=\"\(url)\">\(url)</a></p>"
        }
    }

    /// Reads `[name a="b" c=d bare]` or `[/name]` at `start`: the name, the attributes (a bare value under ""),
    /// whether it closes, and the index after `]`.
    static func readTag(_ s: [Unicode.Scalar], at start: Int) -> (String, [String: String], Bool, Int)? {
        var i = start + 1
        var closing = false
        if i < s.count, s[i] == "/" { closing = true; i += 1 }
        var name = ""
        while i < s.count, s[i].isASCII, s[i].properties.isAlphabetic || ("0"..."9").contains(s[i]) || s[i] == "_" || s[i] == "-" {
            name.unicodeScalars.append(s[i])
            i += 1
        }
        guard !name.isEmpty, i < s.count else { return nil }
        var attrs: [String: String] = [:]
        while i < s.count, s[i] != "]" {
            if s[i] == " " || s[i] == "\t" || s[i] == "\n" || s[i] == "/" { i += 1; continue }
            if s[i] == "[" { return nil }
            var key = ""
            while i < s.count, !" \t\n=]".unicodeScalars.contains(s[i]) { key.unicodeScalars.append(s[i]); i += 1 }
            if i < s.count, s[i] == "=" {
                i += 1
                var value = ""
                if i < s.count, s[i] == "\"" || s[i] == "'" || s[i] == "\u{201D}" || s[i] == "\u{2033}" {
                    let quote = s[i]
                    i += 1
                    while i < s.count, s[i] != quote, s[i] != "\u{201D}" { value.unicodeScalars.append(s[i]); i += 1 }
                    i += 1
                } else {
                    while i < s.count, !" \t\n]".unicodeScalars.contains(s[i]) { value.unicodeScalars.append(s[i]); i += 1 }
                }
                attrs[key.lowercased()] = value
            } else if !key.isEmpty {
                var bare = key
                if bare.hasPrefix("\""), bare.hasSuffix("\""), bare.count >= 2 { bare = String(bare.dropFirst().dropLast()) }
                attrs[""] = attrs[""] ?? bare
            }
        }
        guard i < s.count else { return nil }
        return (name.lowercased(), attrs, closing, i + 1)
    }

    static func find(_ needle: [Unicode.Scalar], in s: [Unicode.Scalar], from start: Int) -> Int? {
        guard !needle.isEmpty, s.count >= needle.count else { return nil }
        var i = start
        while i + needle.count <= s.count {
            if s[i] == needle[0], Array(s[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }
}

enum URLCheck {
    static func isWebLink(_ url: String) -> Bool {
        let lower = url.lowercased()
        return (lower.hasPrefix("http://") || lower.hasPrefix("https://")) && !url.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" })
    }

    /// Links kept in a body: web links, mail links and site paths.
    static func isSafeHref(_ url: String) -> Bool {
        let lower = url.lowercased()
        if isWebLink(url) { return true }
        if lower.hasPrefix("mailto:") { return !url.contains(where: \.isWhitespace) }
        return url.hasPrefix("/") && !url.hasPrefix("//") && !url.contains(where: \.isWhitespace)
    }
}
