import NewsText

/// The comment thread under an article, written as HTML in Swift rather than by Leaf.
///
/// The thread is the part of an article page that grows with its readers. Through Leaf, each comment cost its fields
/// encoded into `LeafData`, about forty tags walked and every value escaped a character at a time: with 30 comments,
/// more than the rest of the page together (ARCHITECTURE.md names typed HTML in Swift as the fallback where Leaf
/// cannot meet the budget). The markup is the one `Publishing/article.leaf` had, byte for byte; the page snapshots
/// hold it. `ArticleHTML`, which now writes the whole page, places it. Every value is escaped with `HTML.escape`;
/// nothing here is raw but the fixed markup.
struct CommentListHTML {
    let canPost: Bool
    let csrf: String
    let postURL: String
    let reasons: [ReasonOption]
    let strings: UIStrings

    /// `<ol class="comments" data-comments>` with every comment and its replies, and the `</ol>`.
    func render(_ comments: [CommentModel]) -> String {
        var out = ""
        out.reserveCapacity(1024 + comments.count * (canPost ? 2600 : 700))
        out += "<ol class=\"comments\" data-comments>\n    "
        for c in comments {
            item(c, into: &out)
            out += "\n        "
            if !c.replies.isEmpty {
                out += "<ol class=\"comments comments--replies\">\n          "
                for r in c.replies {
                    item(r, into: &out)
                    out += "\n          </li>\n          "
                }
                out += "\n        </ol>"
            }
            out += "\n      </li>\n    "
        }
        out += "\n  </ol>"
        return out
    }

    /// One comment from its `<li>` to its actions: its replies and `</li>` are the caller's.
    private func item(_ c: CommentModel, into out: inout String) {
        let id = String(c.id)
        out += "<li class=\"comment"
        if c.pending { out += " comment--pending" }
        if c.deleted { out += " comment--deleted" }
        out += "\" id=\"comment-\(id)\" data-comment-id=\"\(id)\">\n        <div class=\"comment__head\">"
        LayoutHTML.avatar(c.avatar, initial: c.initial, into: &out)
        out += " <strong class=\"comment__author\">\(HTML.escape(c.authorName))</strong>"
        if let to = c.replyToName {
            out += " <span class=\"comment__to\"><span class=\"arrow\" aria-hidden=\"true\">→</span> \(HTML.escape(to))</span>"
        }
        out += " <a class=\"comment__time\" href=\"#comment-\(id)\"><time datetime=\"\(HTML.escape(c.iso))\">\(HTML.escape(c.time))</time></a>"
        if c.editedByModerator {
            out += " <span class=\"comment__badge\">\(text("editedByModerator"))</span>"
        } else if c.edited {
            out += " <span class=\"comment__badge\">\(text("edited"))</span>"
        }
        out += "</div>\n        "
        if c.deleted {
            out += "<p class=\"comment__text comment__text--deleted\">\(text("commentDeleted"))</p>"
        } else {
            out += "<p class=\"comment__text\">\(HTML.escape(c.text))</p>"
        }
        out += "\n        "
        if let note = c.pendingNote { out += "<p class=\"comment__pending\" role=\"status\">\(HTML.escape(note))</p>" }
        out += "\n        "
        if !c.deleted { actions(c, id: id, into: &out) }
    }

    /// Likes, and the reply, report, delete and edit forms the viewer may use.
    private func actions(_ c: CommentModel, id: String, into out: inout String) {
        let token = HTML.escape(csrf)
        out += "<div class=\"comment__actions\">\n          <span class=\"comment__likes\" data-likes>\(HTML.escape(c.likesLabel))</span>\n          "
        if canPost && !c.pending {
            out += "<form method=\"post\" action=\"\(HTML.escape(c.likeURL))\" class=\"inline-form\" data-like-form>"
                + "<input type=\"hidden\" name=\"csrf_token\" value=\"\(token)\"><button type=\"submit\" class=\"link-button\""
                + (c.liked ? " disabled>\(text("liked"))" : ">\(text("like"))") + "</button></form>\n"
            out += """
                          <details class="comment__reply"><summary>\(text("reply"))</summary>
                            <form method="post" action="\(HTML.escape(postURL))" class="comment-form comment-form--reply" data-comment-form>
                              <input type="hidden" name="csrf_token" value="\(token)"><input type="hidden" name="parent_id" value="\(id)">
                              <label for="reply-\(id)">\(HTML.escape(c.replyLabel))</label>
                              <textarea id="reply-\(id)" name="text" rows="3" maxlength="5000" required></textarea>
                              <p class="comment-form__feedback" data-feedback aria-live="polite"></p>
                              <button type="submit">\(text("sendReply"))</button>
                            </form>
                          </details>

                """
            out += "          "
            if !c.mine {
                out += """
                    <details class="comment__report"><summary>\(text("report"))</summary>
                                <form method="post" action="\(HTML.escape(c.reportURL))" class="report-form">
                                  <input type="hidden" name="csrf_token" value="\(token)">
                                  <label for="report-rule-\(id)">\(text("reportWhichRule"))</label>
                                  <select id="report-rule-\(id)" name="rule">
                    """
                for r in reasons { out += "<option value=\"\(HTML.escape(r.value))\">\(HTML.escape(r.label))</option>" }
                out += """
                    </select>
                                  <label for="report-text-\(id)">\(text("reportDetails"))</label>
                                  <input id="report-text-\(id)" name="text" type="text" maxlength="1000">
                                  <button type="submit">\(text("sendReport"))</button>
                                </form>
                              </details>
                    """
            }
        }
        out += "\n          "
        if c.mine {
            out += "<form method=\"post\" action=\"\(HTML.escape(c.deleteURL))\" class=\"inline-form\"><input type=\"hidden\" "
                + "name=\"csrf_token\" value=\"\(token)\"><button type=\"submit\" class=\"link-button\">\(text("delete"))</button></form>"
        }
        out += "\n          "
        if c.canEdit {
            out += """
                <details class="comment__edit"><summary>\(text("edit"))</summary>
                            <form method="post" action="\(HTML.escape(c.editURL))" class="comment-form">
                              <input type="hidden" name="csrf_token" value="\(token)">
                              <label for="edit-\(id)">\(text("editYourComment"))</label>
                              <textarea id="edit-\(id)" name="text" rows="3" maxlength="5000" required>\(HTML.escape(c.text))</textarea>
                              <button type="submit">\(text("save"))</button>
                            </form>
                          </details>
                """
        }
        out += "\n        </div>"
    }

    private func text(_ key: String) -> String { strings.escaped(key) }
}
