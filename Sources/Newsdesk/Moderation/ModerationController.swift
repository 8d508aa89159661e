import Fluent
import Foundation
import Standards
import Vapor

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

    private func guardDesk(_ req: Request) throws -> Member { try StaffGuard.require(req, roles: ModerationService.desk) }

    @Sendable func queue(req: Request) async throws -> Response {
        _ = try guardDesk(req)
        var filter = QueueFilter()
        filter.rule = (try? req.query.get(String.self, at: "rule")).flatMap { $0.isEmpty ? nil : $0 }
        filter.oldestFirst = (try? req.query.get(String.self, at: "sort")) == "oldest"
        let offset = try DiscussionService.offset(fromCursor: try? req.query.get(String.self, at: "cursor"))
        let page = try await req.newsdesk.moderation.queue(filter, offset: offset, limit: 30, on: req.db)
        let done = try? req.query.get(String.self, at: "done")
        return try await PageResponder(req: req).staff("Moderation/queue") {
            ModerationPages.queue($0, items: page.items, next: page.next, filter: filter, done: done)
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
        let comments = try await req.newsdesk.discussion.latestComments(of: id, limit: 100, on: req.db)
        let trust = try await m.trustStanding(userID: id, on: req.db)
        let done = try? req.query.get(String.self, at: "done")
        return try await PageResponder(req: req).staff("Moderation/member") {
            ModerationPages.member($0, standing: standing, trust: trust, comments: comments, done: done)
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
        let requests = try await req.newsdesk.moderation.openUnblockRequests(limit: 200, on: req.db)
        let done = try? req.query.get(String.self, at: "done")
        return try await PageResponder(req: req).staff("Moderation/unblocks") { ModerationPages.unblockRequests($0, requests: requests, done: done) }
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
        let names = try await req.newsdesk.users.profiles(ids: Set(page.entries.map(\.actorID)), on: req.db)
        let lines = page.entries.map {
            AuditLine(createdAt: $0.createdAt, actorID: $0.actorID, action: $0.action, subjectType: $0.subjectType, subjectID: $0.subjectID,
                      reason: $0.reason, before: $0.before, after: $0.after, actorName: names[$0.actorID]?.displayName)
        }
        return try await PageResponder(req: req).staff("Moderation/audit") { ModerationPages.audit($0, lines: lines, next: page.next, search: q) }
    }

    /// New held or reported comments, live, for the queue page's script.
    @Sendable func live(req: Request) async throws -> Response {
        _ = try guardDesk(req)
        return try await LiveStream.response(req, topic: .moderation)
    }

    @Sendable func report(req: Request) async throws -> Response {
        _ = try guardDesk(req)
        let rows = try await req.newsdesk.moderation.overturnReport(on: req.db)
        return try await PageResponder(req: req).staff("Moderation/report") { ModerationPages.report($0, rows: rows) }
    }

    // MARK: Policy per edition

    @Sendable func policyPage(req: Request) async throws -> Response {
        _ = try StaffGuard.require(req, roles: [.editor, .admin])
        let editions = try await req.newsdesk.editions.all(on: req.db)
        let code = (try? req.query.get(String.self, at: "edition")) ?? editions.first(where: \.isDefault)?.code ?? "en"
        guard let edition = editions.first(where: { $0.code == code }) else { throw Abort(.notFound) }
        let current = try await req.newsdesk.moderation.standards.policies.policy(editionID: edition.id, on: req.db)
        let done = try? req.query.get(String.self, at: "done")
        return try await PageResponder(req: req).staff("Moderation/policy") {
            ModerationPages.policy($0, editions: editions, edition: edition, current: current, done: done)
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

    /// The log-in page, in the edition the address names, that comes back to the unblock request.
    private static func unblockLogin(_ req: Request) -> Response {
        let prefix = AccountController().prefix(req)
        return req.redirect(to: Paths.login(prefix, next: Paths.unblock(prefix)))
    }

    @Sendable func unblockForm(req: Request) async throws -> Response {
        guard let member = req.member else { return Self.unblockLogin(req) }
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
        guard let member = req.member else { return Self.unblockLogin(req) }
        let text = field(req, "explanation") ?? ""
        do {
            _ = try await req.newsdesk.moderation.requestUnblock(member, explanation: text, on: req.db)
            return try await AccountController().show(req) { UnblockRequestPage.sent($0) }
        } catch ModerationError.invalid(let fields) {
            return try await unblockPage(req, member: member, error: fields["explanation"], text: text, status: .unprocessableEntity)
        } catch ModerationError.requestAlreadyOpen {
            let notice = try await AccountController().edition(req).strings.text("unblockAlreadyOpen")
            return try await unblockPage(req, member: member, text: text, notice: notice, status: .conflict)
        } catch ModerationError.permanentBlock {
            return try await unblockPage(req, member: member, status: .conflict)
        } catch ModerationError.notBlocked {
            return try await unblockPage(req, member: member, status: .conflict)
        }
    }
}
