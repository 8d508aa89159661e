import Fluent
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import Standards

/// An edition's override of one rule's action.
final class EditionRuleAction: Model, @unchecked Sendable {
    static let schema = "edition_rule_actions"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "edition_id") var editionID: Int
    @Field(key: "rule") var rule: String
    @Field(key: "action") var action: String

    init() {}
}

/// Link domains an edition lets through without a hold.
final class EditionAllowedDomain: Model, @unchecked Sendable {
    static let schema = "edition_allowed_domains"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "edition_id") var editionID: Int
    @Field(key: "domain") var domain: String

    init() {}
}

struct CreateEditionPolicies: AsyncMigration {
    var name: String { "0011_create_edition_policies" }

    func prepare(on database: any Database) async throws {
        try await database.schema(EditionRuleAction.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("edition_id", .int, .required, .references(Edition.schema, .id, onDelete: .cascade))
            .field("rule", .string, .required)
            .field("action", .string, .required)
            .unique(on: "edition_id", "rule")
            .create()
        try await database.schema(EditionAllowedDomain.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("edition_id", .int, .required, .references(Edition.schema, .id, onDelete: .cascade))
            .field("domain", .string, .required)
            .unique(on: "edition_id", "domain")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EditionAllowedDomain.schema).delete()
        try await database.schema(EditionRuleAction.schema).delete()
    }
}

/// Per-edition moderation policy: each rule's action (publish/hold/reject) and the link allow-list. Changes apply
/// to new comments and are written to the audit log by the caller.
struct PolicyStore: Sendable {
    /// How long the policy used to judge comments is kept in memory. Every post needs it, and it changes when a
    /// moderator saves the policy page: this node forgets it at once; other nodes read it again within this time.
    static let judgingTTL: TimeAmount = .seconds(1)

    private final class Memory: Sendable {
        let entries = NIOLockedValueBox<[Int: (policy: EditionPolicy, until: NIODeadline)]>([:])
    }

    private let memory = Memory()

    /// The policy comments are judged by: from memory when it was read less than `judgingTTL` ago.
    func judgingPolicy(editionID: Int, on db: any Database) async throws -> EditionPolicy {
        let now = NIODeadline.now()
        if let hit = memory.entries.withLockedValue({ $0[editionID] }), hit.until > now { return hit.policy }
        let fresh = try await policy(editionID: editionID, on: db)
        memory.entries.withLockedValue { $0[editionID] = (fresh, now + Self.judgingTTL) }
        return fresh
    }

    struct EditionPolicy: Sendable, Equatable {
        var policy: Policy
        var allowedDomains: Set<String>
    }

    func policy(editionID: Int, on db: any Database) async throws -> EditionPolicy {
        var actions = Policy.default.actions
        for row in try await EditionRuleAction.query(on: db).filter(\.$editionID == editionID).all() {
            if let rule = Rule(rawValue: row.rule), let action = Action(rawValue: row.action) { actions[rule] = action }
        }
        let domains = Set(try await EditionAllowedDomain.query(on: db).filter(\.$editionID == editionID).all().map(\.domain))
        var policy = Policy.default
        policy.actions = actions
        return EditionPolicy(policy: policy, allowedDomains: domains)
    }

    /// Replaces the edition's policy; returns a description of what changed, for the audit log.
    func save(editionID: Int, actions: [Rule: Action], domains rawDomains: [String], on db: any Database) async throws -> (before: String, after: String) {
        var problems: [String: String] = [:]
        var domains = Set<String>()
        for raw in rawDomains {
            let d = raw.trimmingCharacters(in: .whitespaces).lowercased()
            guard !d.isEmpty else { continue }
            if d.range(of: #"^([a-z0-9-]+\.)+[a-z]{2,}$"#, options: .regularExpression) == nil {
                problems["domains"] = "'\(raw)' is not a domain such as example.org"
            } else {
                domains.insert(d)
            }
        }
        guard problems.isEmpty else { throw ModerationError.invalid(problems) }
        let before = try await policy(editionID: editionID, on: db)
        let allowed = domains
        try await db.transaction { tx in
            try await EditionRuleAction.query(on: tx).filter(\.$editionID == editionID).delete()
            for (rule, action) in actions where action != Policy.default.action(for: rule) {
                let row = EditionRuleAction()
                row.editionID = editionID
                row.rule = rule.rawValue
                row.action = action.rawValue
                try await row.create(on: tx)
            }
            try await EditionAllowedDomain.query(on: tx).filter(\.$editionID == editionID).delete()
            for d in allowed.sorted() {
                let row = EditionAllowedDomain()
                row.editionID = editionID
                row.domain = d
                try await row.create(on: tx)
            }
        }
        memory.entries.withLockedValue { _ = $0.removeValue(forKey: editionID) }
        let after = try await policy(editionID: editionID, on: db)
        return (Self.describe(before), Self.describe(after))
    }

    static func describe(_ p: EditionPolicy) -> String {
        let changed = Rule.allCases.filter { p.policy.action(for: $0) != Policy.default.action(for: $0) }
            .map { "\($0.rawValue)=\(p.policy.action(for: $0).rawValue)" }
        return "actions: " + (changed.isEmpty ? "defaults" : changed.joined(separator: ", ")) + "; allowed: " + (p.allowedDomains.isEmpty ? "none" : p.allowedDomains.sorted().joined(separator: ", "))
    }
}
