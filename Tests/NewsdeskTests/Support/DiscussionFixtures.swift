import Foundation
import Standards
@testable import Newsdesk

/// A fixed thread: a published comment with a reply, the viewer's own pending comment, a deleted one.
enum DiscussionFixtures {
    static func comment(_ id: Int, by author: Member, _ text: String, minutesAgo: Double, status: CommentStatus = .published,
                        likes: Int = 0, parent: Int? = nil, replyTo: String? = nil, findings: [Finding] = [], deleted: Bool = false,
                        replies: [CommentView] = []) -> CommentView {
        CommentView(id: id, articleID: 11, parentID: parent, rootID: parent, authorID: author.id, authorName: author.displayName,
                    authorAvatar: author.avatarPath, text: text, status: status, likes: likes,
                    createdAt: fixedNow.addingTimeInterval(-minutesAgo * 60), editedAt: nil, editedByModerator: false, deleted: deleted,
                    findings: findings, replyToName: replyTo, replies: replies)
    }

    static let thread: [CommentView] = [
        comment(103, by: PageFixtures.reader, "Is the coast road open again?", minutesAgo: 5, status: .pending,
                findings: [Finding(rule: .caps, start: 0, end: 2, confidence: 0.6, message: "Too many capitals.")]),
        comment(101, by: PageFixtures.moderator, "The river is <b>rising</b> fast here.", minutesAgo: 40, likes: 3,
                replies: [comment(102, by: PageFixtures.reader, "Stay safe!", minutesAgo: 30, parent: 101, replyTo: "Mo Derator")]),
        comment(100, by: PageFixtures.unconfirmed, "", minutesAgo: 90, deleted: true),
    ]
}

extension DiscussionFixtures {
    /// The thread as others see it: without the pending comment.
    static var published: [CommentView] { thread.filter { $0.status == .published } }
}
