import NewsText

/// The frame every reader and staff page shares (head, masthead, navigation, footer), written as HTML in Swift.
///
/// Every page paid Leaf for the frame: about fifty values looked up by name in the encoded model, each escaped,
/// two loops over the sections and editions each, on every render. `layout.leaf` now places `top` and `bottom`
/// around the page's content, so there is still one frame, and the article page (`ArticleHTML`) places them without
/// Leaf at all. The markup is the one `layout.leaf` had, byte for byte: the page snapshots hold it. Every value is
/// escaped with `HTML.escape`; only the fixed markup and the JSON-LD (serialised by us) are written as they are.
struct LayoutHTML {
    let model: LayoutModel

    /// From `<!DOCTYPE html>` to `<main id="main" class="wrap">` and its newline.
    var top: String {
        let m = model
        var out = ""
        out.reserveCapacity(4096)
        out += "<!DOCTYPE html>\n<html lang=\"\(e(m.lang))\" dir=\"\(e(m.dir))\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>\(e(m.title))</title>\n"
        out += "<meta name=\"description\" content=\"\(e(m.description))\">\n"
        if let canonical = m.canonicalURL { out += "<link rel=\"canonical\" href=\"\(e(canonical))\">\n" }
        for edition in m.editions {
            out += "<link rel=\"alternate\" hreflang=\"\(e(edition.language))\" href=\"\(e(edition.url))\">\n"
        }
        if let og = m.og {
            out += "<meta property=\"og:site_name\" content=\"\(e(m.siteName))\">\n<meta property=\"og:type\" content=\"\(e(og.type))\">\n"
            out += "<meta property=\"og:title\" content=\"\(e(og.title))\">\n<meta property=\"og:description\" content=\"\(e(og.description))\">\n"
            out += "<meta property=\"og:url\" content=\"\(e(og.url))\">\n"
            if let image = og.image {
                out += "<meta property=\"og:image\" content=\"\(e(image))\">\n<meta property=\"og:image:alt\" content=\"\(e(og.imageAlt ?? ""))\">\n"
                out += "<meta name=\"twitter:card\" content=\"summary_large_image\">\n"
            }
            if let time = og.publishedTime { out += "<meta property=\"article:published_time\" content=\"\(e(time))\">\n" }
            if let time = og.modifiedTime { out += "<meta property=\"article:modified_time\" content=\"\(e(time))\">\n" }
            if let section = og.section { out += "<meta property=\"article:section\" content=\"\(e(section))\">\n" }
        }
        for feed in m.feeds {
            out += "<link rel=\"alternate\" type=\"\(e(feed.type))\" title=\"\(e(feed.title))\" href=\"\(e(feed.url))\">\n"
        }
        out += "<link rel=\"stylesheet\" href=\"\(e(m.links.stylesheet))\">\n<link rel=\"icon\" href=\"\(e(m.links.icon))\" type=\"image/svg+xml\">\n"
        if let jsonLD = m.jsonLD { out += "<script type=\"application/ld+json\">\(jsonLD)</script>\n" }
        for script in m.links.scripts { out += "<script src=\"\(e(script))\" defer></script>\n" }
        out += "</head>\n<body>\n<a class=\"skip-link\" href=\"#main\">\(text("skipToContent"))</a>\n<header class=\"masthead\">\n"
        out += "  <div class=\"masthead__top wrap\">\n    <a class=\"brand\" href=\"\(e(m.homeURL))\"><span class=\"brand__mark\" aria-hidden=\"true\">N</span>"
        out += "<span class=\"brand__name\">\(e(m.siteName))</span><span class=\"brand__edition\">\(e(m.editionName))</span></a>\n"
        out += "    <div class=\"masthead__meta\">\n      "
        if let search = m.search {
            out += "<form class=\"search-box\" method=\"get\" action=\"\(e(search.action))\" role=\"search\" data-suggest=\"\(e(search.suggestURL))\">\n"
            out += "        <label class=\"visually-hidden\" for=\"search-box-q\">\(e(search.label))</label>\n"
            out += "        <input id=\"search-box-q\" type=\"search\" name=\"q\" value=\"\(e(search.query))\" maxlength=\"200\" "
            out += "placeholder=\"\(e(search.placeholder))\" autocomplete=\"off\" aria-autocomplete=\"list\" aria-controls=\"search-box-list\">\n"
            out += "        <button type=\"submit\">\(e(search.button))</button>\n"
            out += "        <ul class=\"search-box__list\" id=\"search-box-list\" role=\"listbox\" hidden></ul>\n      </form>"
        }
        out += "\n      <span class=\"masthead__clock\" data-clock data-utc-offset=\"\(m.utcOffsetMinutes)\">\(e(m.clock))</span>\n      "
        if let member = m.member {
            out += "<div class=\"member\">\n        <a class=\"member__link\" href=\"\(e(m.links.settings))\">"
            Self.avatar(member.avatar, initial: member.initial, into: &out)
            out += "<span class=\"member__hello\">\(e(member.greeting))</span></a>\n        "
            if member.isNewsroom { out += "<a class=\"member__desk\" href=\"\(e(m.links.newsroom))\">\(text("newsroom"))</a> " }
            if member.isDesk { out += "<a class=\"member__desk\" href=\"\(e(m.links.moderation))\">\(text("moderation"))</a>" }
            out += "\n        <form class=\"member__logout\" method=\"post\" action=\"\(e(m.links.logout))\"><input type=\"hidden\" "
            out += "name=\"csrf_token\" value=\"\(e(m.csrf ?? ""))\"><button type=\"submit\" class=\"link-button\">\(text("logOut"))</button></form>\n      </div>"
        } else {
            out += "<div class=\"member\"><a href=\"\(e(m.links.login))\">\(text("logIn"))</a> "
            out += "<a class=\"member__register\" href=\"\(e(m.links.register))\">\(text("register"))</a></div>"
        }
        out += "\n      <nav class=\"editions\" aria-label=\"\(text("editions"))\">\n        <ul>"
        for edition in m.editions {
            out += "<li><a href=\"\(e(edition.url))\" hreflang=\"\(e(edition.language))\" lang=\"\(e(edition.language))\""
            if edition.current { out += " aria-current=\"true\" class=\"is-current\"" }
            out += ">\(e(edition.name))</a></li>"
        }
        out += "</ul>\n      </nav>\n    </div>\n  </div>\n  <nav class=\"sections-nav\" aria-label=\"\(text("sections"))\">\n    <ul class=\"wrap\">"
        for item in m.nav {
            out += "<li><a href=\"\(e(item.url))\""
            if item.current { out += " aria-current=\"page\" class=\"is-current\"" }
            out += ">\(e(item.label))</a></li>"
        }
        out += "</ul>\n  </nav>\n</header>\n<main id=\"main\" class=\"wrap\">\n"
        return out
    }

    /// From `</main>` (after the content's last newline) to `</html>` and its newline.
    var bottom: String {
        let m = model
        var out = ""
        out.reserveCapacity(2048)
        out += "\n</main>\n<footer class=\"site-footer\">\n  <div class=\"wrap\">\n"
        out += "    <p class=\"site-footer__brand\">\(e(m.siteName)) · \(e(m.editionName))</p>\n"
        out += "    <nav aria-label=\"\(text("sections"))\"><ul class=\"site-footer__links\">"
        for item in m.nav { out += "<li><a href=\"\(e(item.url))\">\(e(item.label))</a></li>" }
        out += "</ul></nav>\n    <ul class=\"site-footer__policies\"><li><a href=\"\(e(m.links.privacy))\">\(text("privacyPolicy"))</a></li>"
        out += "<li><a href=\"\(e(m.links.communityStandards))\">\(text("communityStandards"))</a></li>"
        out += "<li>\(text("contactModerators")) <a href=\"mailto:\(e(m.links.moderatorsAddress))\">\(e(m.links.moderatorsAddress))</a></li></ul>\n"
        out += "    <nav aria-label=\"\(text("editions"))\"><ul class=\"site-footer__editions\">"
        for edition in m.editions {
            out += "<li><a href=\"\(e(edition.url))\" hreflang=\"\(e(edition.language))\" lang=\"\(e(edition.language))\">\(e(edition.name))</a></li>"
        }
        out += "</ul></nav>\n    <p class=\"site-footer__legal\">© \(m.year) \(e(m.siteName)). <a href=\"\(e(m.links.sitemap))\">\(text("sitemap"))</a></p>\n"
        out += "  </div>\n</footer>\n</body>\n</html>\n"
        return out
    }

    /// A member's picture, or the initial of their name when they have none: the header's and each comment's.
    static func avatar(_ src: String?, initial: String, into out: inout String) {
        if let src {
            out += "<img class=\"avatar\" src=\"\(HTML.escape(src))\" alt=\"\" width=\"28\" height=\"28\">"
        } else {
            out += "<span class=\"avatar avatar--initial\" aria-hidden=\"true\">\(HTML.escape(initial))</span>"
        }
    }

    private func e(_ s: String) -> String { HTML.escape(s) }

    private func text(_ key: String) -> String { model.strings.escaped(key) }
}
