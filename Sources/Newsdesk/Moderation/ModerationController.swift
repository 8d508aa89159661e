import Fluent
import Foundation
import Standards
import Vapor

struct QueueItemModel: Encodable {
    let id: Int
    let authorID: Int
    let authorName: String
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
}

struct ModerationPageModel: Encodable {
    let layout: LayoutModel
    let heading: String
    let csrf: String
    let notice: String?
    let items: [QueueItemModel]
    let rules: [ReasonOption]
    let nextURL: String?
    let filterRule: String
    let sortOldest: Bool
}

struct UnblockRowModel: Encodable {
    let id: Int
    let userID: Int
    let name: String
    let subject: String
    let explanation: String
    let rule: String
    let reason: String
    let created: String
}

struct UnblockPageModel: Encodable {
    let layout: LayoutModel
    let csrf: String
    let requests: [UnblockRowModel]
    let notice: String?
}

struct AuditRowModel: Encodable {
    let time: String
    let actor: Int
    let action: String
    let subject: String
    let reason: String
    let before: String
    let after: String
}

struct AuditPageModel: Encodable {
    let layout: LayoutModel
    let entries: [AuditRowModel]
    let query: String
    let nextURL: String?
}

struct PolicyRuleModel: Encodable {
    let rule: String
    let options: [RoleOption]
}

struct ModerationPolicyPageModel: Encodable {
    let layout: LayoutModel
    let csrf: String
    let editions: [EditionLink]
    let editionCode: String
    let rules: [PolicyRuleModel]
    let domains: String
    let notice: String?
}

struct MemberPageModel: Encodable {
    let layout: LayoutModel
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
    let error: String?
    let canDelete: Bool
}

/// The moderators' pages. Every route checks the role on the server and needs the second factor enrolled.
struct ModerationController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.moderationQueue, use: queue)
        routes.post(.moderationDecision, use: decide)
        routes.post(.moderationEdit, use: edit)
        routes.get(.moderationMember, use: member)
        routes.post(.moderationBlock, use: block)
        routes.post(.moderationDeleteMember, use: deleteMember)
        routes.post(.moderationBulk, use: bulk)
        routes.get(.moderationUnblockRequests, use: unblocks)
        routes.post(.moderationUnblockDecision, use: decideUnblock)
        routes.get(.moderationAudit, use: audit)
        routes.get(.moderationPolicy, use: policyPage)
        routes.get(.moderationReport, use: report)
        routes.get(.moderationLive, use: live)
        routes.post(.moderationPolicy, use: savePolicy)
        routes.get(.accountUnblock, use: unblockForm)
        routes.post(.accountUnblock, use: unblockSubmit)
    }

    static let rules = Rule.allCases.map { ReasonOption(value: $0.rawValue, label: $0.rawValue.replacingOccurrences(of: "_", with: " ")) }

    private func guardDesk(_ req: Request) throws -> Member { try StaffGuard.require(req, roles: ModerationService.desk) }

    static func item(_ i: QueueItem, zone: TimeZone = .gmt) -> QueueItemModel {
        QueueItemModel(
            id: i.comment.id, authorID: i.comment.authorID, authorName: i.comment.authorName,
            textHTML: DiscussionPresenter.highlighted(i.comment.text, findings: i.comment.findings), status: i.comment.status.rawValue,
            reasons: i.reasons, firstReason: i.reasons.first ?? "", findings: i.comment.findings.map { FindingModel(rule: $0.rule.rawValue, message: String(format: "%.0f%% — ", $0.confidence * 100) + $0.message) },
            reports: i.reports.map { FindingModel(rule: $0.rule, message: $0.text ?? "") },
            articleTitle: i.articleTitle, articleURL: i.articlePath, time: EditionClock.articleTime(i.comment.createdAt, zone: zone, language: "en"),
            memberSince: EditionClock.dayMonth(i.standing.memberSince, zone: zone, language: "en"),
            published: i.standing.published, rejected: i.standing.rejected, blocks: i.standing.blocks, text: i.comment.text)
    }

    @Sendable func queue(req: Request) async throws -> Response {
        _ = try guardDesk(req)
        var filter = QueueFilter()
        filter.rule = (try? req.query.get(String.self, at: "rule")).flatMap { $0.isEmpty ? nil : $0 }
        filter.oldestFirst = (try? req.query.get(String.self, at: "sort")) == "oldest"
        let offset = try DiscussionService.offset(fromCursor: try? req.query.get(String.self, at: "cursor"))
        let page = try await req.newsdesk.moderation.queue(filter, offset: offset, limit: 30, on: req.db)
        let done = try? req.query.get(String.self, at: "done")
        return try await PageResponder(req: req).staffPage("Moderation/queue", title: "Moderation queue") {
            ModerationPageModel(layout: $0, heading: "Moderation queue", csrf: req.csrfToken, notice: done.map { "Done: \($0)." },
                                items: page.items.map { Self.item($0) }, rules: Self.rules,
                                nextURL: page.next.map { Paths.moderationQueue(cursor: "\($0)", rule: filter.rule ?? "", sort: filter.oldestFirst ? "oldest" : "newest") },
                                filterRule: filter.rule ?? "", sortOldest: filter.oldestFirst)
        }
    }

    private func field(_ req: Request, _ name: String) -> String? { try? req.content.get(String.self, at: name) }


    @Sendable func decide(req: Request) async throws -> Response {
        let actor = try StaffGuard.member(req)
        guard let id = req.parameters.get("id", as: Int.self), let action = field(req, "action").flatMap(ModerationAction.init(rawValue:)) else {
            throw Abort(.unprocessableEntity, reason: "Choose approve, reject or delete.")
        }
        try await req.newsdesk.moderation.decide(actor, commentID: id, action: action, rule: field(req, "rule"), note: field(req, "note"), on: req.db)
        return req.redirect(to: Paths.moderationQueue(done: action.rawValue))
    }

    @Sendable func edit(req: Request) async throws -> Response {
        let actor = try StaffGuard.member(req)
        guard let id = req.parameters.get("id", as: Int.self) else { throw Abort(.notFound) }
        try await req.newsdesk.moderation.edit(actor, commentID: id, text: field(req, "text") ?? "", on: req.db)
        return req.redirect(to: Paths.moderationQueue(done: "edit"))
    }

    @Sendable func member(req: Request) async throws -> Response {
        _ = try guardDesk(req)
        guard let id = req.parameters.get("id", as: Int.self) else { throw Abort(.notFound) }
        let m = req.newsdesk.moderation
        let standing = try await m.standing(userID: id, on: req.db)
        var filter = QueueFilter()
        filter.authorID = id
        let views = try await req.newsdesk.discussion.latestComments(of: id, limit: 100, on: req.db)
        let comments = views.map { v in
            Self.item(QueueItem(comment: v, articleTitle: "", articlePath: "", reasons: Set(v.findings.map(\.rule.rawValue)).sorted(), reports: [], standing: standing))
        }
        let standingLabel: String
        switch try await m.trustStanding(userID: id, on: req.db) {
        case .trusted: standingLabel = "Trusted: low-confidence holds are skipped."
        case .premoderated: standingLabel = "Pre-moderated: every comment is held, because many recent ones were rejected."
        case .ordinary: standingLabel = "Ordinary standing."
        }
        let blockedNote = standing.blocked.map { "Blocked\($0.permanent ? " permanently" : "") since \(EditionClock.iso8601($0.since, zone: .gmt)) for \($0.rule): \($0.reason)" }
        let done = try? req.query.get(String.self, at: "done")
        return try await PageResponder(req: req).staffPage("Moderation/member", title: standing.displayName) {
            MemberPageModel(layout: $0, csrf: req.csrfToken, userID: id, name: standing.displayName,
                            memberSince: EditionClock.dayMonth(standing.memberSince, zone: .gmt, language: "en"),
                            published: standing.published, held: standing.held, rejected: standing.rejected, blocks: standing.blocks,
                            blockedNote: blockedNote, standing: standingLabel, rules: Self.rules, comments: comments,
                            notice: done == "block" ? "The member is blocked." : done == "permanent" ? "The member is blocked permanently (second block)." : done == "deleted" ? "The account is deleted for good." : nil,
                            error: nil, canDelete: req.member?.role == .admin)
        }
    }

    @Sendable func block(req: Request) async throws -> Response {
        let actor = try StaffGuard.member(req)
        guard let id = req.parameters.get("id", as: Int.self) else { throw Abort(.notFound) }
        let permanent = try await req.newsdesk.moderation.block(actor, userID: id, rule: field(req, "rule") ?? "", reason: field(req, "reason") ?? "", on: req.db)
        return req.redirect(to: Paths.moderationMember(id, done: permanent ? "permanent" : "block"))
    }

    @Sendable func deleteMember(req: Request) async throws -> Response {
        let actor = try StaffGuard.member(req)
        guard let id = req.parameters.get("id", as: Int.self) else { throw Abort(.notFound) }
        try await req.newsdesk.moderation.deleteAccount(actor, userID: id, reason: field(req, "reason") ?? "", accounts: req.newsdesk.accounts,
                                                        mediaDirectory: req.newsdesk.media.directory, on: req.db)
        return req.redirect(to: Paths.moderationMember(id, done: "deleted"))
    }

    /// Several comments at once: the checked items of the queue.
    @Sendable func bulk(req: Request) async throws -> Response {
        let actor = try StaffGuard.member(req)
        guard let action = field(req, "action").flatMap(ModerationAction.init(rawValue:)) else {
            throw Abort(.unprocessableEntity, reason: "Choose approve, reject or delete.")
        }
        let ids = ((try? req.content.get([String].self, at: "ids")) ?? field(req, "ids").map { [$0] } ?? []).compactMap(Int.init)
        guard !ids.isEmpty else { throw Abort(.unprocessableEntity, reason: "Tick the comments to decide.") }
        try await req.newsdesk.moderation.decide(actor, commentIDs: ids, action: action, rule: field(req, "rule"), note: nil, on: req.db)
        return req.redirect(to: Paths.moderationQueue(done: "\(action.rawValue) \(ids.count)"))
    }

    @Sendable func unblocks(req: Request) async throws -> Response {
        _ = try guardDesk(req)
        let rows = try await req.newsdesk.moderation.openUnblockRequests(limit: 200, on: req.db).map { r in
            UnblockRowModel(id: r.id, userID: r.userID, name: r.memberName, subject: r.subject, explanation: r.explanation,
                            rule: r.rule, reason: r.reason, created: EditionClock.iso8601(r.createdAt, zone: .gmt))
        }
        let done = try? req.query.get(String.self, at: "done")
        return try await PageResponder(req: req).staffPage("Moderation/unblocks", title: "Unblock requests") {
            UnblockPageModel(layout: $0, csrf: req.csrfToken, requests: rows, notice: done.map { "Request \($0)." })
        }
    }

    @Sendable func decideUnblock(req: Request) async throws -> Response {
        let actor = try StaffGuard.member(req)
        guard let id = req.parameters.get("id", as: Int.self) else { throw Abort(.notFound) }
        let grant = field(req, "grant") == "true"
        try await req.newsdesk.moderation.decideUnblock(actor, requestID: id, grant: grant, note: field(req, "note"), on: req.db)
        return req.redirect(to: Paths.moderationUnblockRequests(done: grant ? "granted" : "refused"))
    }

    @Sendable func audit(req: Request) async throws -> Response {
        _ = try guardDesk(req)
        let q = (try? req.query.get(String.self, at: "q")) ?? ""
        let offset = try DiscussionService.offset(fromCursor: try? req.query.get(String.self, at: "cursor"))
        let page = try await req.newsdesk.moderation.auditLog(search: q, offset: offset, limit: 100, on: req.db)
        return try await PageResponder(req: req).staffPage("Moderation/audit", title: "Audit log") {
            AuditPageModel(layout: $0, entries: page.entries.map {
                AuditRowModel(time: EditionClock.iso8601($0.createdAt, zone: .gmt), actor: $0.actorID, action: $0.action,
                              subject: "\($0.subjectType) \($0.subjectID)", reason: $0.reason ?? "", before: $0.before ?? "", after: $0.after ?? "")
            }, query: q, nextURL: page.next.map { Paths.moderationAudit(search: q, cursor: "\($0)") })
        }
    }

    /// New held or reported comments, live, for the queue page's script.
    @Sendable func live(req: Request) async throws -> Response {
        _ = try guardDesk(req)
        return try DiscussionController.stream(req, channel: LiveHub.moderationQueue)
    }

    struct ReportPageModel: Encodable {
        let layout: LayoutModel
        let rows: [OverturnRow]
    }

    @Sendable func report(req: Request) async throws -> Response {
        _ = try guardDesk(req)
        let rows = try await req.newsdesk.moderation.overturnReport(on: req.db)
        return try await PageResponder(req: req).staffPage("Moderation/report", title: "Engine overturn report") { ReportPageModel(layout: $0, rows: rows) }
    }

    // MARK: Policy per edition

    @Sendable func policyPage(req: Request) async throws -> Response {
        _ = try StaffGuard.require(req, roles: [.editor, .admin])
        let editions = try await req.newsdesk.editions.all(on: req.db)
        let code = (try? req.query.get(String.self, at: "edition")) ?? editions.first(where: \.isDefault)?.code ?? "en"
        guard let edition = editions.first(where: { $0.code == code }) else { throw Abort(.notFound) }
        let current = try await req.newsdesk.moderation.standards.policies.policy(editionID: edition.id, on: req.db)
        let done = try? req.query.get(String.self, at: "done")
        return try await PageResponder(req: req).staffPage("Moderation/policy", title: "Moderation policy") {
            ModerationPolicyPageModel(layout: $0, csrf: req.csrfToken,
                            editions: editions.map { EditionLink(code: $0.code, name: $0.name, url: Paths.moderationPolicy(edition: $0.code), language: $0.language, current: $0.id == edition.id) },
                            editionCode: edition.code,
                            rules: Rule.allCases.map { rule in
                                PolicyRuleModel(rule: rule.rawValue, options: [Action.publish, .hold, .reject].map {
                                    RoleOption(value: $0.rawValue, selected: current.policy.action(for: rule) == $0) })
                            },
                            domains: current.allowedDomains.sorted().joined(separator: "\n"),
                            notice: done == "saved" ? "The policy is saved; it applies to new comments." : nil)
        }
    }

    @Sendable func savePolicy(req: Request) async throws -> Response {
        let actor = try StaffGuard.require(req, roles: [.editor, .admin])
        guard let code = field(req, "edition"), let edition = try await req.newsdesk.editions.edition(code: code, on: req.db) else {
            throw Abort(.notFound)
        }
        var actions: [Rule: Action] = [:]
        for rule in Rule.allCases {
            guard let raw = field(req, "rule_" + rule.rawValue), let action = Action(rawValue: raw) else {
                throw Abort(.unprocessableEntity, reason: "Choose publish, hold or reject for \(rule.rawValue).")
            }
            actions[rule] = action
        }
        let domains = (field(req, "domains") ?? "").split(whereSeparator: { $0 == "\n" || $0 == "," || $0 == " " || $0 == "\r" }).map(String.init)
        let change = try await req.newsdesk.moderation.standards.policies.save(editionID: edition.id, actions: actions, domains: domains, on: req.db)
        try await req.newsdesk.moderation.audit(actor, action: "policy.change", subject: ("edition", edition.id), reason: nil,
                                                before: change.before, after: change.after, on: req.db)
        return req.redirect(to: Paths.moderationPolicy(edition: edition.code, done: "saved"))
    }

    // MARK: The member's side

    @Sendable func unblockForm(req: Request) async throws -> Response {
        guard let member = req.member else { return req.redirect(to: Paths.login(next: Paths.unblock)) }
        return try await unblockPage(req, member: member)
    }

    private func unblockPage(_ req: Request, member: Member, error: String? = nil, text: String = "", notice: String? = nil,
                             status: HTTPStatus = .ok) async throws -> Response {
        let block = try await req.newsdesk.moderation.sanctions.activeBlock(userID: member.id, on: req.db)
        return try await AccountController().show(req, status: status) {
            UnblockRequestPage.build($0, member: member, block: block, text: text, error: error, notice: notice)
        }
    }

    @Sendable func unblockSubmit(req: Request) async throws -> Response {
        guard let member = req.member else { return req.redirect(to: Paths.login(next: Paths.unblock)) }
        let text = field(req, "explanation") ?? ""
        do {
            _ = try await req.newsdesk.moderation.requestUnblock(member, explanation: text, on: req.db)
            return try await AccountController().show(req) { UnblockRequestPage.sent($0) }
        } catch ModerationError.invalid(let fields) {
            return try await unblockPage(req, member: member, error: fields["explanation"], text: text, status: .unprocessableEntity)
        } catch ModerationError.requestAlreadyOpen {
            return try await unblockPage(req, member: member, text: text, notice: "Your request is already with the moderators.", status: .conflict)
        } catch ModerationError.permanentBlock {
            return try await unblockPage(req, member: member, status: .conflict)
        } catch ModerationError.notBlocked {
            return try await unblockPage(req, member: member, status: .conflict)
        }
    }
}
