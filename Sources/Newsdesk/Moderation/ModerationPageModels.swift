import Foundation

/// View models of the moderation desk's pages. Every page carries the desk's navigation and every address its forms
/// and links use.

struct QueueItemModel: Encodable, Sendable {
    let id: Int
    let authorID: Int
    let authorName: String
    let memberURL: String
    let decisionURL: String
    let editURL: String
    let textHTML: String
    let status: String
    let reasons: [String]
    let firstReason: String
    let findings: [FindingModel]
    let reports: [FindingModel]
    let articleTitle: String
    let articleURL: String
    let time: String
    let memberSince: String
    let published: Int
    let rejected: Int
    let blocks: Int
    let text: String
    /// The status and the member's record in the page's language.
    var statusLabel = ""
    var record = ""
}

struct ModerationPageModel: Encodable, Sendable {
    let layout: LayoutModel
    let deskNav: [NavItem]
    let heading: String
    let csrf: String
    let notice: String?
    let items: [QueueItemModel]
    let rules: [ReasonOption]
    let nextURL: String?
    let filterRule: String
    let sortOldest: Bool
    /// Where the filter form reads the queue, and where ticked comments are decided.
    let queueURL: String
    let bulkURL: String
    /// Server-Sent Events announcing newly queued comments.
    let liveURL: String
    /// The script's words in the page's language: "{n} new items …" in each plural form of the language (the script
    /// picks the form with `Intl.PluralRules`), and the keyboard hint.
    var freshForms: [PluralFormModel] = []
    var keysHint = ""
}

/// One plural form of a catalogue entry, for a script: `data-fresh-few="{n} новых комментария …"`.
struct PluralFormModel: Encodable, Sendable, Equatable {
    let category: String
    let text: String

    /// The forms the language has for `key`, in CLDR order.
    static func forms(_ key: String, _ s: UIStrings) -> [PluralFormModel] {
        let forms = s.plurals[key] ?? [:]
        return PluralRules.Category.allCases.compactMap { c in forms[c.rawValue].map { PluralFormModel(category: c.rawValue, text: $0) } }
    }
}

struct UnblockRowModel: Encodable, Sendable {
    let id: Int
    let userID: Int
    let name: String
    let memberURL: String
    let decisionURL: String
    let subject: String
    let explanation: String
    let rule: String
    let reason: String
    let created: String
}

struct UnblockPageModel: Encodable, Sendable {
    let layout: LayoutModel
    let deskNav: [NavItem]
    let csrf: String
    let requests: [UnblockRowModel]
    let notice: String?
}

struct AuditRowModel: Encodable, Sendable {
    let time: String
    let iso: String
    /// "Anna Moderator (#7)": the name, and the id that stays when the account is gone.
    let actor: String
    let action: String
    let subject: String
    let reason: String
    let before: String
    let after: String
}

struct AuditPageModel: Encodable, Sendable {
    let layout: LayoutModel
    let deskNav: [NavItem]
    let entries: [AuditRowModel]
    let query: String
    let nextURL: String?
    let searchURL: String
}

struct PolicyRuleModel: Encodable, Sendable {
    let rule: String
    /// The rule's human name in the page's language.
    let label: String
    let options: [FieldOption]
}

struct ModerationPolicyPageModel: Encodable, Sendable {
    let layout: LayoutModel
    let deskNav: [NavItem]
    let csrf: String
    let editions: [EditionLink]
    let editionCode: String
    let rules: [PolicyRuleModel]
    let domains: String
    let notice: String?
    let saveURL: String
}

struct MemberPageModel: Encodable, Sendable {
    let layout: LayoutModel
    let deskNav: [NavItem]
    let csrf: String
    let userID: Int
    let name: String
    let memberSince: String
    let published: Int
    let held: Int
    let rejected: Int
    let blocks: Int
    let blockedNote: String?
    let standing: String
    let rules: [ReasonOption]
    let comments: [QueueItemModel]
    let notice: String?
    let canDelete: Bool
    let blockURL: String
    let deleteURL: String
    /// "Member since … · 12 published · …" in the page's language.
    var summary = ""
}

struct ReportPageModel: Encodable, Sendable {
    let layout: LayoutModel
    let deskNav: [NavItem]
    let rows: [OverturnRow]
}
