import Foundation
import Standards

/// An audit log line as the desk shows it.
struct AuditLine: Sendable, Equatable {
    let createdAt: Date
    let actorID: Int
    let action: String
    let subjectType: String
    let subjectID: Int
    let reason: String?
    let before: String?
    let after: String?
    /// The staff member's display name, when the account still exists.
    var actorName: String? = nil
}

/// Builds the moderation desk's pages from the page context and what the moderation service returned.
enum ModerationPages {
    enum Desk: CaseIterable { case queue, unblockRequests, policy, report, audit }

    /// The desk's own navigation, with the page it is on marked.
    static func deskNav(_ current: Desk?, _ s: UIStrings = .english) -> [NavItem] {
        Desk.allCases.map { desk in
            let (key, url): (String, String) = switch desk {
            case .queue: ("modQueue", Paths.moderationQueue())
            case .unblockRequests: ("modUnblockRequests", Paths.moderationUnblockRequests())
            case .policy: ("modPolicy", Paths.moderationPolicy())
            case .report: ("modReport", Paths.moderationReport)
            case .audit: ("modAuditLog", Paths.moderationAudit())
            }
            return NavItem(label: s.text(key), url: url, current: desk == current)
        }
    }

    /// The rules by their human names, for filters and decisions.
    static func rules(_ s: UIStrings) -> [ReasonOption] {
        Rule.allCases.map { ReasonOption(value: $0.rawValue, label: DiscussionPresenter.ruleName($0.rawValue, s)) }
    }

    static func item(_ i: QueueItem, edition: EditionInfo) -> QueueItemModel {
        let c = i.comment
        let s = edition.strings, zone = edition.timeZone, language = edition.language
        var model = QueueItemModel(
            id: c.id, authorID: c.authorID, authorName: c.authorName, memberURL: Paths.moderationMember(c.authorID),
            decisionURL: Paths.moderationDecision(c.id), editURL: Paths.moderationEdit(c.id),
            textHTML: DiscussionPresenter.highlighted(c.text, findings: c.findings), status: c.status.rawValue,
            reasons: i.reasons, firstReason: i.reasons.first ?? "",
            findings: c.findings.map {
                FindingModel(rule: DiscussionPresenter.ruleName($0.rule.rawValue, s), message: String(format: "%.0f%% — ", $0.confidence * 100) + $0.message)
            },
            reports: i.reports.map { FindingModel(rule: $0.rule == "other" ? s.text("reportOther") : DiscussionPresenter.ruleName($0.rule, s), message: $0.text ?? "") },
            articleTitle: i.articleTitle, articleURL: i.articlePath, time: EditionClock.articleTime(c.createdAt, zone: zone, language: language),
            memberSince: EditionClock.dayMonth(i.standing.memberSince, zone: zone, language: language),
            published: i.standing.published, rejected: i.standing.rejected, blocks: i.standing.blocks, text: c.text)
        model.statusLabel = s.texts["modStatus_" + c.status.rawValue] ?? c.status.rawValue
        model.record = s.text("modRecord", ["published": String(i.standing.published), "rejected": String(i.standing.rejected),
                                            "blocks": String(i.standing.blocks)])
        return model
    }

    /// `next`: the offset of the next page, if there is one; `done`: what the last action did.
    static func queue(_ ctx: PageContext, items: [QueueItem], next: Int?, filter: QueueFilter, done: String? = nil) -> ModerationPageModel {
        let sort = filter.oldestFirst ? "oldest" : "newest"
        let s = ctx.edition.strings
        var model = ModerationPageModel(
            layout: ctx.layout(title: s.text("modQueueHeading")), deskNav: deskNav(.queue, s), heading: s.text("modQueueHeading"),
            csrf: ctx.formToken, notice: done.flatMap { doneNotice($0, s) }, items: items.map { item($0, edition: ctx.edition) }, rules: rules(ctx.edition.strings),
            nextURL: next.map { Paths.moderationQueue(cursor: String($0), rule: filter.rule ?? "", sort: sort) },
            filterRule: filter.rule ?? "", sortOldest: filter.oldestFirst,
            queueURL: Paths.moderationQueue(), bulkURL: Paths.moderationBulk, liveURL: Paths.moderationLive)
        model.freshForms = PluralFormModel.forms("modFreshItems", s)
        model.keysHint = s.text("modKeysHint")
        return model
    }

    /// What the last action did, in words: `approve` is "The comment was approved.", `reject 3` (ticked comments)
    /// "3 comments were rejected."; an action the desk does not know says nothing.
    static func doneNotice(_ done: String, _ s: UIStrings) -> String? {
        let parts = done.split(separator: " ").map(String.init)
        if parts.count == 2, let n = Int(parts[1]) {
            let key = "modDoneMany_" + parts[0]
            return s.plurals[key] == nil ? nil : s.plural(key, n)
        }
        return parts.count == 1 ? s.texts["modDone_" + done] : nil
    }

    /// A member's record: standing, block, and their latest comments.
    static func member(_ ctx: PageContext, standing: MemberStanding, trust: Standing, comments: [CommentView], done: String? = nil) -> MemberPageModel {
        let items = comments.map { v in
            item(QueueItem(comment: v, articleTitle: "", articlePath: "", reasons: Set(v.findings.map(\.rule.rawValue)).sorted(),
                           reports: [], standing: standing), edition: ctx.edition)
        }
        let e = ctx.edition, s = e.strings
        let trustKey = switch trust {
        case .trusted: "modTrusted"
        case .premoderated: "modPremoderated"
        case .ordinary: "modOrdinary"
        }
        let trustLabel = s.text(trustKey)
        let notices = ["block": "modNoticeBlock", "permanent": "modNoticePermanent", "deleted": "modNoticeDeleted"]
        let id = standing.userID
        let since = EditionClock.dayMonth(standing.memberSince, zone: e.timeZone, language: e.language)
        var model = MemberPageModel(
            layout: ctx.layout(title: standing.displayName), deskNav: deskNav(nil, ctx.edition.strings), csrf: ctx.formToken, userID: id,
            name: standing.displayName, memberSince: since,
            published: standing.published, held: standing.held, rejected: standing.rejected, blocks: standing.blocks,
            blockedNote: standing.blocked.map {
                s.text($0.permanent ? "modBlockedPermanentlySince" : "modBlockedSince",
                       ["since": EditionClock.articleTime($0.since, zone: e.timeZone, language: e.language),
                        "rule": DiscussionPresenter.ruleName($0.rule, s), "reason": $0.reason])
            },
            standing: trustLabel, rules: rules(s), comments: items, notice: done.flatMap { notices[$0] }.map { s.text($0) },
            canDelete: ctx.viewer?.role == .admin, blockURL: Paths.moderationBlock(id), deleteURL: Paths.moderationDeleteMember(id))
        model.summary = s.text("modMemberSummary", ["since": since, "published": String(standing.published), "held": String(standing.held),
                                                    "rejected": String(standing.rejected), "blocks": String(standing.blocks)])
        return model
    }

    static func unblockRequests(_ ctx: PageContext, requests: [ModerationService.OpenUnblockRequest], done: String? = nil) -> UnblockPageModel {
        UnblockPageModel(
            layout: ctx.layout(title: ctx.edition.strings.text("modUnblockRequests")), deskNav: deskNav(.unblockRequests, ctx.edition.strings), csrf: ctx.formToken,
            requests: requests.map { r in
                UnblockRowModel(id: r.id, userID: r.userID, name: r.memberName, memberURL: Paths.moderationMember(r.userID),
                                decisionURL: Paths.moderationUnblockDecision(r.id), subject: r.subject, explanation: r.explanation,
                                rule: DiscussionPresenter.ruleName(r.rule, ctx.edition.strings), reason: r.reason,
                                created: EditionClock.articleTime(r.createdAt, zone: ctx.edition.timeZone, language: ctx.edition.language))
            },
            notice: done.flatMap { ctx.edition.strings.texts["modRequest_" + $0] })
    }

    static func audit(_ ctx: PageContext, lines: [AuditLine], next: Int?, search: String) -> AuditPageModel {
        AuditPageModel(
            layout: ctx.layout(title: ctx.edition.strings.text("modAuditLog")), deskNav: deskNav(.audit, ctx.edition.strings),
            entries: lines.map { line in
                // The action by its name in the catalogue (`audit_comment_reject`: "Rejected a comment").
                AuditRowModel(time: EditionClock.articleTime(line.createdAt, zone: ctx.edition.timeZone, language: ctx.edition.language),
                              iso: EditionClock.iso8601(line.createdAt, zone: ctx.edition.timeZone),
                              actor: line.actorName.map { "\($0) (#\(line.actorID))" } ?? "#\(line.actorID)",
                              action: ctx.edition.strings.texts["audit_" + line.action.replacingOccurrences(of: ".", with: "_")] ?? line.action,
                              subject: "\(line.subjectType) \(line.subjectID)", reason: line.reason ?? "", before: line.before ?? "",
                              after: line.after ?? "")
            },
            query: search, nextURL: next.map { Paths.moderationAudit(search: search, cursor: String($0)) }, searchURL: Paths.moderationAudit())
    }

    /// One edition's policy, with the other editions one click away.
    static func policy(_ ctx: PageContext, editions: [EditionInfo], edition: EditionInfo, current: PolicyStore.EditionPolicy,
                       done: String? = nil) -> ModerationPolicyPageModel {
        let s = ctx.edition.strings
        return ModerationPolicyPageModel(
            layout: ctx.layout(title: s.text("modPolicyHeading")), deskNav: deskNav(.policy, ctx.edition.strings), csrf: ctx.formToken,
            editions: editions.map {
                EditionLink(code: $0.code, name: $0.name, url: Paths.moderationPolicy(edition: $0.code), language: $0.language,
                            current: $0.id == edition.id)
            },
            editionCode: edition.code,
            rules: Rule.allCases.map { rule in
                PolicyRuleModel(rule: rule.rawValue, label: DiscussionPresenter.ruleName(rule.rawValue, s), options: [Action.publish, .hold, .reject].map {
                    FieldOption(value: $0.rawValue, label: s.texts["modAction_" + $0.rawValue] ?? $0.rawValue,
                                selected: current.policy.action(for: rule) == $0)
                })
            },
            domains: current.allowedDomains.sorted().joined(separator: "\n"),
            notice: done == "saved" ? s.text("modPolicySaved") : nil, saveURL: Paths.moderationPolicy())
    }

    static func report(_ ctx: PageContext, rows: [OverturnRow]) -> ReportPageModel {
        let s = ctx.edition.strings
        return ReportPageModel(layout: ctx.layout(title: s.text("modReportTitle")), deskNav: deskNav(.report, ctx.edition.strings), rows: rows.map {
            OverturnRow(rule: DiscussionPresenter.ruleName($0.rule, s), decided: $0.decided, approved: $0.approved, rejected: $0.rejected,
                        overturnRate: $0.overturnRate)
        })
    }
}
