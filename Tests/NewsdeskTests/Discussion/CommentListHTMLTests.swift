import Foundation
import Testing
@testable import Newsdesk

/// The thread is written in Swift, not by Leaf: nothing a reader typed may reach the page unescaped, and each
/// viewer gets the forms that are theirs.
@Suite("Comment list HTML")
struct CommentListHTMLTests {
    static func comment(_ id: Int, author: String = "Anna", text: String = "Fair point.", avatar: String? = nil,
                        mine: Bool = false, replyTo: String? = nil, replies: [CommentModel] = []) -> CommentModel {
        var c = CommentModel(
            id: id, likeURL: "/comments/\(id)/like", reportURL: "/comments/\(id)/report", deleteURL: "/comments/\(id)/delete",
            editURL: "/comments/\(id)/edit", authorName: author, avatar: avatar, initial: String(author.prefix(1)),
            time: "09:00 GMT, 1 December 2026", iso: "2026-12-01T09:00:00+00:00", text: text, pending: false, pendingNote: nil,
            likes: 2, liked: false, edited: false, editedByModerator: false, deleted: false, replyToName: replyTo, mine: mine,
            canEdit: mine, canAct: true, replies: replies)
        c.likesLabel = "2 likes"
        c.replyLabel = "Reply to \(author)"
        return c
    }

    static func list(canPost: Bool) -> CommentListHTML {
        CommentListHTML(canPost: canPost, csrf: "tok\"en", postURL: "/threads/7",
                        reasons: [ReasonOption(value: "spam", label: "Spam & ads")], strings: .english)
    }

    @Test func whatReadersWroteIsEscapedEverywhereItAppears() {
        let hostile = "<script>alert('x')</script> & \"quoted\""
        let html = Self.list(canPost: true).render([
            Self.comment(1, author: "<b>Eve</b>", text: hostile, avatar: "/media/a.png\" onerror=\"x", mine: true,
                         replies: [Self.comment(2, text: hostile, replyTo: "<b>Eve</b>")]),
        ])
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>Eve</b>"))
        #expect(!html.contains("\" onerror=\""))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;"))
        #expect(html.contains("<strong class=\"comment__author\">&lt;b&gt;Eve&lt;/b&gt;</strong>"))
        #expect(html.contains("value=\"tok&quot;en\""))
        #expect(html.contains("<option value=\"spam\">Spam &amp; ads</option>"))
        // The edit box holds the text as typed, escaped once.
        #expect(html.contains("required>&lt;script&gt;"))
    }

    @Test func aReplyIsNestedUnderItsCommentAndEachViewerGetsTheirOwnForms() throws {
        let html = Self.list(canPost: true).render([
            Self.comment(1, mine: true, replies: [Self.comment(2, author: "Ben", replyTo: "Anna")]),
        ])
        let replies = try #require(html.range(of: "<ol class=\"comments comments--replies\">"))
        let reply = try #require(html.range(of: "id=\"comment-2\""))
        #expect(replies.lowerBound < reply.lowerBound)
        // Their own comment: delete and edit, never report; someone else's: report, never delete.
        #expect(html.contains("action=\"/comments/1/delete\""))
        #expect(html.contains("action=\"/comments/1/edit\""))
        #expect(!html.contains("action=\"/comments/1/report\""))
        #expect(html.contains("action=\"/comments/2/report\""))
        #expect(!html.contains("action=\"/comments/2/delete\""))
        #expect(html.contains("<span class=\"comment__to\"><span class=\"arrow\" aria-hidden=\"true\">→</span> Anna</span>"))
    }

    @Test func aReaderWhoMayNotPostSeesNoForms() {
        let html = Self.list(canPost: false).render([Self.comment(1), Self.comment(2)])
        #expect(!html.contains("<form"))
        #expect(!html.contains("tok&quot;en"))
        #expect(html.components(separatedBy: "<li class=\"comment\"").count == 3)
        #expect(html.contains("<span class=\"comment__likes\" data-likes>2 likes</span>"))
    }
}
