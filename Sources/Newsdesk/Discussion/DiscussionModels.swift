import Foundation
import NewsText
import Standards

struct CommentModel: Encodable, Sendable {
    let id: Int
    let likeURL: String
    let reportURL: String
    let deleteURL: String
    let editURL: String
    let authorName: String
    let avatar: String?
    let initial: String
    let time: String
    let iso: String
    let text: String
    let pending: Bool
    let pendingNote: String?
    let likes: Int
    let liked: Bool
    let edited: Bool
    let editedByModerator: Bool
    let deleted: Bool
    let replyToName: String?
    let mine: Bool
    let canEdit: Bool
    let canAct: Bool
    let replies: [CommentModel]
    /// "3 likes" in the edition's language.
    var likesLabel = ""
    /// "Reply to Anna" in the edition's language.
    var replyLabel = ""
}

struct SortLink: Encodable, Sendable {
    let label: String
    let url: String
    let current: Bool
}

struct ReasonOption: Encodable, Sendable {
    let value: String
    let label: String
}

struct CommentFormState: Sendable {
    var text: String = ""
    var parentID: Int?
    var error: String?
    var findings: [FindingModel] = []
    var highlighted: String?
}

struct FindingModel: Encodable, Sendable {
    let rule: String
    let message: String
}

struct DiscussionModel: Encodable, Sendable {
    let articleID: Int
    let count: Int
    let closed: Bool
    let sorts: [SortLink]
    /// The thread as HTML (`CommentListHTML`): the page's template places it as it is.
    let commentsHTML: String
    let nextURL: String?
    let canPost: Bool
    let notice: String?
    /// Shown to a member under a first (appealable) block.
    let unblockURL: String?
    let loginURL: String?
    let csrf: String?
    let formText: String
    let formParentID: Int?
    let formError: String?
    let formFindings: [FindingModel]
    let formHighlighted: String?
    let liveURL: String
    let postURL: String
}

enum DiscussionPresenter {
    /// The comment text with the engine's evidence marked, escaped for HTML. Offsets are Unicode scalars.
    static func highlighted(_ text: String, findings: [Finding]) -> String {
        let scalars = Array(text.unicodeScalars)
        var marks = Array(repeating: false, count: scalars.count)
        for f in findings where f.start >= 0 && f.end <= scalars.count && f.start < f.end {
            for i in f.start..<f.end { marks[i] = true }
        }
        var html = ""
        var i = 0
        while i < scalars.count {
            let on = marks[i]
            var j = i
            var segment = String.UnicodeScalarView()
            while j < scalars.count && marks[j] == on {
                segment.append(scalars[j])
                j += 1
            }
            let escaped = HTML.escape(String(segment))
            html += on ? "<mark>\(escaped)</mark>" : escaped
            i = j
        }
        return html
    }

    /// What a member is shown of the engine's findings: each rule once, by its name in the reader's language, with
    /// the engine's message for it (the first, when a rule was found more than once).
    static func findings(_ findings: [Finding], strings: UIStrings) -> [FindingModel] {
        var seen = Set<Rule>()
        return findings.compactMap { f in
            guard seen.insert(f.rule).inserted else { return nil }
            return FindingModel(rule: ruleName(f.rule.rawValue, strings), message: f.message)
        }
    }

    /// A rule's human name ("Written in capitals"), from the catalogue's `rule_<id>` keys.
    static func ruleName(_ id: String, _ strings: UIStrings) -> String {
        strings.text("rule_\(id)")
    }

    static func reasons(_ strings: UIStrings) -> [ReasonOption] {
        DiscussionService.reportReasons.map {
            ReasonOption(value: $0, label: $0 == "other" ? strings.text("reportOther") : ruleName($0, strings))
        }
    }
}
