import Foundation
import Standards
import Testing
@testable import Newsdesk

/// The discussion under an article as each kind of viewer sees it, built from fixed data and compared with stored
/// snapshots of the whole article page.
@Suite("Discussion snapshots")
struct DiscussionSnapshotTests {
    typealias F = PageFixtures

    static func page(_ viewer: Member?, refusal: DiscussionError? = nil, form: CommentFormState = .init(),
                     comments: [CommentView] = DiscussionFixtures.thread) -> ArticlePageModel {
        let content = DiscussionContent(thread: ThreadPage(comments: comments, nextCursor: nil), sort: .liked, liked: [101],
                                        refusal: refusal)
        return ArticlePage.build(F.context(viewer: viewer), detail: ReaderPageSnapshotTests.detail(), discussion: content, commentForm: form)
    }

    @Test func signedInMemberSeesFormsTheirPendingCommentAndTheirLikes() async throws {
        let html = try await Snapshot.check("Publishing/article", Self.page(F.reader), named: "article-signed-in")
        #expect(html.contains("action=\"/comments/101/like\""))
        #expect(html.contains("action=\"/comments/103/edit\""))
        #expect(html.contains("Awaiting moderation (Written in capitals): only you can see this comment."))
    }

    @Test func refusedCommentIsShownAgainWithWhatToFix() async throws {
        let text = "BUY NOW at cheap-pills.example"
        let findings = [Finding(rule: .commercialLinks, start: 11, end: 30, confidence: 0.9, message: "Links to shops are not allowed.")]
        var form = CommentFormState(text: text, parentID: 101, error: DiscussionSection.message(for: .rejected(findings: findings)))
        form.findings = DiscussionPresenter.findings(findings, strings: .english)
        form.highlighted = DiscussionPresenter.highlighted(text, findings: findings)
        let html = try await Snapshot.check("Publishing/article", Self.page(F.reader, form: form, comments: []), named: "article-comment-refused")
        #expect(html.contains("<mark>cheap-pills.example</mark>"))
    }

    @Test func blockedMemberIsToldWhyAndHowToAppeal() async throws {
        let html = try await Snapshot.check("Publishing/article",
                                            Self.page(F.reader, refusal: .blocked(rule: "spam", reason: "Adverts", permanent: false),
                                                      comments: DiscussionFixtures.published),
                                            named: "article-blocked-member")
        #expect(html.contains("href=\"/account/unblock\""))
        #expect(!html.contains("id=\"comment-form\""))
    }

    @Test func unconfirmedMemberIsAskedToConfirm() async throws {
        let html = try await Snapshot.check("Publishing/article", Self.page(F.unconfirmed, refusal: .unconfirmed, comments: []),
                                            named: "article-unconfirmed-member")
        #expect(html.contains("Confirm your e-mail address to comment"))
    }
}
