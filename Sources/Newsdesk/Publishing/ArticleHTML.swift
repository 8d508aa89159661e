import NewsText
import Vapor

/// The article page written as HTML in Swift, frame included (`LayoutHTML`): the page every reader opens, and the
/// one rendered most often from the database.
///
/// Through Leaf, each render encoded the whole model into `LeafData`, then walked about 160 tags (the frame, the
/// story, related cards, the side column, the comment form) looking every value up by name and escaping it: a
/// quarter of an uncached render's CPU (issue 11). The markup is the one `Publishing/article.leaf` had, byte for
/// byte but for the blank line Leaf left after `</html>`; the page snapshots hold it. Every value is escaped with `HTML.escape`; written as they are: the fixed
/// markup, the body (sanitised when it was saved), the thread (`CommentListHTML`), the engine's highlighted text
/// (escaped by `DiscussionPresenter`) and a live blog's part, which Leaf still renders from `Live/blog.leaf`.
struct ArticleHTML {
    let model: ArticlePageModel

    /// The page as the server sends it; a live blog's entries are rendered by Leaf and placed in it.
    /// `views` is asked for only when there is a live blog: making Vapor's renderer costs a page about 1.5%.
    static func render(_ model: ArticlePageModel, views: () -> any ViewRenderer) async throws -> String {
        var liveHTML: String?
        if let live = model.live {
            liveHTML = String(buffer: try await views().render("Live/blog", ["live": live]).data)
        }
        return ArticleHTML(model: model).page(liveBlog: liveHTML)
    }

    /// The whole document. `liveBlog` is the live blog's part, placed between the story and its footer.
    func page(liveBlog: String? = nil) -> String {
        let frame = LayoutHTML(model: model.layout)
        var out = frame.top
        out.reserveCapacity(out.utf8.count + model.bodyHTML.utf8.count + model.discussion.commentsHTML.utf8.count + 16_384)
        story(liveBlog: liveBlog, into: &out)
        related(into: &out)
        discussion(into: &out)
        side(into: &out)
        out += frame.bottom
        return out
    }

    private func story(liveBlog: String?, into out: inout String) {
        let m = model
        let id = String(m.id)
        out += "\n<div class=\"article-layout\">\n<div class=\"article-layout__main\">\n<article class=\"article\" data-article-id=\"\(id)\">\n"
        out += "  <header class=\"article__head\">\n    <p class=\"kicker\"><a href=\"\(e(m.sectionURL))\">\(e(m.sectionName))</a></p>\n"
        out += "    <h1 class=\"article__title\">\(e(m.title))</h1>\n    <p class=\"article__summary\">\(e(m.summary))</p>\n"
        out += "    <div class=\"article__meta\">\n      <span class=\"byline\">\(text("by")) \(e(m.byline))</span>\n"
        out += "      <time datetime=\"\(e(m.publishedISO))\">\(e(m.published))</time>\n      "
        if let updated = m.updated {
            out += "<span class=\"updated\">\(text("updated")): <time datetime=\"\(e(m.updatedISO ?? ""))\">\(e(updated))</time></span>"
        }
        out += "\n      <span class=\"counters\"><span class=\"counter counter--views\">\(e(m.viewsLabel))</span> "
        out += "<span class=\"counter counter--comments\">\(e(m.commentsLabel))</span> <span class=\"counter\">\(e(m.readingLabel))</span></span>\n"
        out += "    </div>\n  </header>\n  "
        if let image = m.image {
            out += "\n  <figure class=\"article__lead\">\n    "
            picture(image, lazy: false, into: &out)
            out += "\n    <figcaption>\(e(image.caption)) <span class=\"credit\">\(e(image.credit))</span></figcaption>\n  </figure>\n  "
        }
        out += "\n  <div class=\"article__body\">\n    \(m.bodyHTML)\n  </div>"
        if let correction = m.correction {
            out += "\n  <aside class=\"article__correction\" aria-label=\"\(text("correction"))\"><strong>\(text("correction")):</strong> \(e(correction))</aside>"
        }
        out += "\n  "
        if let liveBlog { out += liveBlog }
        out += "\n  <footer class=\"article__foot\">\n    "
        if !m.tags.isEmpty {
            out += "\n    <nav class=\"tags\" aria-label=\"\(text("tags"))\"><h2 class=\"visually-hidden\">\(text("tags"))</h2><ul>"
            for tag in m.tags { out += "<li><a href=\"\(e(tag.url))\">\(e(tag.name))</a></li>" }
            out += "</ul></nav>\n    "
        }
        let shortURL = text("getShortURL")
        out += "\n    <div class=\"share\">\n      <details class=\"short-url\">\n        <summary>\(shortURL)</summary>\n"
        out += "        <div class=\"short-url__box\">\n          <label class=\"visually-hidden\" for=\"short-url-\(id)\">\(shortURL)</label>\n"
        out += "          <input id=\"short-url-\(id)\" class=\"short-url__input\" type=\"text\" readonly value=\"\(e(m.shortURL))\">\n"
        out += "          <button type=\"button\" class=\"short-url__copy\" data-copy-target=\"short-url-\(id)\" "
        out += "data-copied-label=\"\(text("copied"))\">\(text("copy"))</button>\n        </div>\n      </details>\n"
        out += "      <ul class=\"share__links\" aria-label=\"\(text("share"))\">"
        for link in m.share { out += "<li><a href=\"\(e(link.url))\" rel=\"noopener\" target=\"_blank\">\(e(link.label))</a></li>" }
        out += "</ul>\n    </div>\n  </footer>\n</article>\n\n"
    }

    /// A photo with its WebP sizes when the library has them (`<picture>`), else the image alone.
    private func picture(_ image: ImageModel, lazy: Bool, into out: inout String) {
        if let srcset = image.srcset {
            out += "<picture><source type=\"image/webp\" srcset=\"\(e(srcset))\" sizes=\"\(e(image.sizes ?? ""))\">"
        }
        out += "<img src=\"\(e(image.src))\" alt=\"\(e(image.alt))\" width=\"\(image.width)\" height=\"\(image.height)\""
        out += lazy ? " loading=\"lazy\">" : ">"
        if image.srcset != nil { out += "</picture>" }
    }

    private func related(into out: inout String) {
        guard !model.related.isEmpty else { return }
        out += "\n<aside class=\"related\" aria-labelledby=\"related-h\">\n  <h2 id=\"related-h\" class=\"block-title\">\(text("related"))</h2>\n"
        out += "  <ul class=\"card-grid card-grid--3\">\n    "
        for item in model.related {
            out += "<li class=\"card\">\n      <a href=\"\(e(item.url))\">"
            if let image = item.image { picture(image, lazy: true, into: &out) }
            out += "\n      <span class=\"kicker\">\(e(item.sectionName))</span><span class=\"card__title\">\(e(item.title))</span></a>\n"
            out += "      <p class=\"meta\"><time datetime=\"\(e(item.iso))\">\(e(item.time)), \(e(item.dateLabel))</time></p>\n    </li>\n    "
        }
        out += "\n  </ul>\n</aside>\n"
    }

    private func discussion(into out: inout String) {
        let d = model.discussion
        let links = model.layout.links
        out += "\n\n<section class=\"discussion\" id=\"comments\" aria-labelledby=\"comments-h\" data-live-url=\"\(e(d.liveURL))\" "
        out += "data-fragment-url=\"\(e(links.commentFragment))\" data-article-id=\"\(d.articleID)\" data-msg-published=\"\(text("jsPublished"))\" "
        out += "data-msg-pending=\"\(text("jsPending"))\" data-msg-rejected=\"\(text("jsRejected"))\" data-msg-failed=\"\(text("jsFailed"))\" "
        out += "data-msg-network=\"\(text("jsNetwork"))\">\n"
        out += "  <h2 id=\"comments-h\" class=\"block-title\">\(text("commentsHeading")) <span class=\"discussion__count\">\(d.count)</span></h2>\n  "
        if let notice = d.notice {
            out += "<p class=\"notice notice--muted\" role=\"status\">\(e(notice))"
            if let unblock = d.unblockURL { out += " <a href=\"\(e(unblock))\">\(text("askUnblock"))</a>" }
            out += "</p>"
        }
        out += "\n  "
        let rules = "\(text("commentRules")) <a href=\"\(e(links.communityStandards))\">\(text("communityStandards"))</a></p>"
        if let login = d.loginURL {
            out += "<p class=\"discussion__login\"><a href=\"\(e(login))\">\(text("logInToComment"))</a> · "
            out += "<a href=\"\(e(links.register))\">\(text("register"))</a></p>\n  <p class=\"discussion__rules\">\(rules)"
        }
        out += "\n  "
        if d.canPost {
            out += "\n  <form method=\"post\" action=\"\(e(d.postURL))\" class=\"comment-form\" id=\"comment-form\" data-comment-form>\n"
            out += "    <input type=\"hidden\" name=\"csrf_token\" value=\"\(e(d.csrf ?? ""))\">\n    "
            if let parent = d.formParentID { out += "<input type=\"hidden\" name=\"parent_id\" value=\"\(parent)\">" }
            out += "\n    "
            if let error = d.formError {
                out += "<div class=\"form__error\" role=\"alert\"><p>\(e(error))</p>\n      "
                if !d.formFindings.isEmpty {
                    out += "<ul class=\"findings\">"
                    for f in d.formFindings { out += "<li><strong>\(e(f.rule))</strong>: \(e(f.message))</li>" }
                    out += "</ul>"
                }
                out += "\n      "
                if let highlighted = d.formHighlighted { out += "<p class=\"findings__text\">\(highlighted)</p>" }
                out += "\n    </div>"
            }
            out += "\n    <label for=\"comment-text\">\(text("yourComment"))</label>\n"
            out += "    <textarea id=\"comment-text\" name=\"text\" rows=\"4\" maxlength=\"5000\" required>\(e(d.formText))</textarea>\n"
            out += "    <p class=\"comment-form__feedback\" data-feedback aria-live=\"polite\"></p>\n"
            out += "    <p class=\"field__hint\">\(rules)\n    <button type=\"submit\">\(text("sendComment"))</button>\n  </form>\n  "
        }
        out += "\n  <nav class=\"discussion__sort\" aria-label=\"\(text("commentOrder"))\">"
        for sort in d.sorts {
            out += "<a href=\"\(e(sort.url))\""
            if sort.current { out += " aria-current=\"true\" class=\"is-current\"" }
            out += ">\(e(sort.label))</a>"
        }
        out += "</nav>\n  \(d.commentsHTML)\n  "
        if let next = d.nextURL {
            out += "<p class=\"pager\"><a class=\"pager__next\" href=\"\(e(next))\">\(text("moreComments"))</a></p>"
        }
        out += "\n</section>\n</div>\n"
    }

    private func side(into out: inout String) {
        let s = model.side
        out += "<aside class=\"article-side\" aria-label=\"\(text("sideColumn"))\">\n  "
        if !s.latest.isEmpty {
            out += "<section class=\"article-side__block\" aria-labelledby=\"side-latest-h\">\n"
            out += "    <h2 id=\"side-latest-h\" class=\"block-title\"><a href=\"\(e(s.allNewsURL))\">\(text("allNews"))</a></h2>\n"
            out += "    <ol class=\"latest__list\">"
            for item in s.latest {
                out += "<li><time datetime=\"\(e(item.iso))\">\(e(item.time))</time> <a href=\"\(e(item.url))\">\(e(item.title))</a></li>"
            }
            out += "</ol>\n  </section>"
        }
        out += "\n  "
        if !s.recommended.isEmpty {
            out += "<section class=\"article-side__block\" aria-labelledby=\"side-rec-h\">\n"
            out += "    <h2 id=\"side-rec-h\" class=\"block-title\">\(text("recommended"))</h2>\n    <ul class=\"side-cards\">"
            for item in s.recommended {
                out += "<li><a href=\"\(e(item.url))\">"
                if let image = item.image { thumbnail(image, into: &out) }
                out += "<span class=\"card__title\">\(e(item.title))</span></a></li>"
            }
            out += "</ul>\n  </section>"
        }
        out += "\n  "
        if !s.multimedia.isEmpty {
            out += "<section class=\"article-side__block\" aria-labelledby=\"side-mm-h\">\n"
            out += "    <h2 id=\"side-mm-h\" class=\"block-title\"><a href=\"\(e(s.multimediaURL))\">\(text("multimedia"))</a></h2>\n"
            out += "    <ul class=\"side-cards\">"
            for gallery in s.multimedia {
                out += "<li><a href=\"\(e(gallery.url))\">"
                if let cover = gallery.cover { thumbnail(cover, into: &out) }
                out += "<span class=\"card__title\">\(e(gallery.title))</span> <span class=\"meta\">\(e(gallery.photosLabel))</span></a></li>"
            }
            out += "</ul>\n  </section>"
        }
        out += "\n</aside>\n</div>\n"
    }

    /// A side-column picture: decorative (the title beside it says what it is), loaded when scrolled to.
    private func thumbnail(_ image: ImageModel, into out: inout String) {
        out += "<img src=\"\(e(image.src))\" alt=\"\" width=\"\(image.width)\" height=\"\(image.height)\" loading=\"lazy\">"
    }

    private func e(_ s: String) -> String { HTML.escape(s) }

    private func text(_ key: String) -> String { model.layout.strings.escaped(key) }
}
