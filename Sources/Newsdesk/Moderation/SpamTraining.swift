import Fluent
import Foundation
import NIOConcurrencyHelpers
import SQLKit
import Standards

/// A spam model retrained from moderators' decisions; the newest one is what the engine uses.
final class StoredSpamModel: Model, @unchecked Sendable {
    static let schema = "spam_models"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "trained_at") var trainedAt: Date
    @Field(key: "examples") var examples: Int
    @Field(key: "model") var model: String

    init() {}
}

struct CreateSpamModels: AsyncMigration {
    var name: String { "0012_create_spam_models" }

    func prepare(on database: any Database) async throws {
        try await database.schema(StoredSpamModel.schema)
            .field(.id, .int, .identifier(auto: true))
            .field("trained_at", .datetime, .required)
            .field("examples", .int, .required)
            .field("model", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StoredSpamModel.schema).delete()
    }
}

/// Member standing (published/held/rejected counts) is read for every queue item: one index range per count.
struct IndexCommentsByAuthorStatus: AsyncMigration {
    var name: String { "0013_index_comments_author_status" }

    func prepare(on database: any Database) async throws {
        try await SQLIndex.create("comments_author_status", on: "comments", columns: ["author_id", "status"], in: database)
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("DROP INDEX IF EXISTS comments_author_status").run()
    }
}

/// The spam model in use on this node: the bundled one until a retrained one is loaded.
final class SpamModelHolder: Sendable {
    private let box = NIOLockedValueBox((model: SpamModel.bundled, generation: 0))
    var current: SpamModel { box.withLockedValue { $0.model } }
    /// The model with a number that changes whenever it is replaced (engines built from it are kept until then).
    var currentWithGeneration: (model: SpamModel, generation: Int) { box.withLockedValue { $0 } }
    func replace(_ model: SpamModel) { box.withLockedValue { $0 = (model, $0.generation + 1) } }
}

/// Standards engines ready to judge, one per edition policy and spam model: building one compiles the spam model
/// and its phrase lists, which cost more than judging a comment, so a post reuses the engine of its edition.
final class EngineCache: Sendable {
    private let box = NIOLockedValueBox<[(policy: Policy, generation: Int, engine: Engine)]>([])

    func engine(policy: Policy, spam holder: SpamModelHolder) -> Engine {
        let (model, generation) = holder.currentWithGeneration
        if let hit = box.withLockedValue({ $0.first { $0.policy == policy && $0.generation == generation } }) {
            return hit.engine
        }
        let engine = Engine(policy: policy, spamModel: model)
        box.withLockedValue { entries in
            entries.removeAll { $0.generation != generation || $0.policy == policy }
            if entries.count >= 32 { entries.removeFirst() }
            entries.append((policy, generation, engine))
        }
        return engine
    }
}

/// Retraining: comments moderators rejected as spam, promotion or commercial links teach "spam"; comments they
/// approved teach "not spam". Runs as a job; each run stores a model and the node starts using it.
struct SpamTrainer: Sendable {
    let clock: AppClock
    let holder: SpamModelHolder

    static let spamRules: Set<String> = ["spam", "promotion", "commercial_links"]

    @discardableResult
    func retrain(on db: any Database) async throws -> Int {
        let decisions = try await AuditEntry.query(on: db).filter(\.$subjectType == "comment")
            .filter(\.$action ~~ ["comment.approve", "comment.reject"]).sort(\.$id).all()
        var latest: [Int: AuditEntry] = [:]
        for d in decisions { latest[d.subjectID] = d }
        guard !latest.isEmpty else { return 0 }
        var model = SpamModel.bundled
        var count = 0
        for comment in try await Comment.query(on: db).filter(\.$id ~~ Array(latest.keys)).all() {
            guard let id = comment.id, let d = latest[id] else { continue }
            if d.action == "comment.approve" {
                model.learn(.init(text: comment.text, isSpam: false))
                count += 1
            } else if let rule = d.reason?.split(separator: ":").first.map(String.init), Self.spamRules.contains(rule) {
                model.learn(.init(text: comment.text, isSpam: true))
                count += 1
            }
        }
        guard count > 0 else { return 0 }
        let row = StoredSpamModel()
        row.trainedAt = clock.now()
        row.examples = count
        row.model = String(decoding: try JSONEncoder().encode(model), as: UTF8.self)
        try await row.create(on: db)
        holder.replace(model)
        return count
    }

    /// At start: use the newest stored model, if any.
    func load(on db: any Database) async throws {
        guard let row = try await StoredSpamModel.query(on: db).sort(\.$id, .descending).first(),
              let model = try? JSONDecoder().decode(SpamModel.self, from: Data(row.model.utf8)) else { return }
        holder.replace(model)
    }
}

/// How often moderators overturned the engine last week, per rule: held comments they approved versus rejected.
struct OverturnRow: Sendable, Encodable {
    let rule: String
    let decided: Int
    let approved: Int
    let rejected: Int
    let overturnRate: String
}

extension ModerationService {
    func overturnReport(days: Double = 7, on db: any Database) async throws -> [OverturnRow] {
        let since = clock.now().addingTimeInterval(-days * 86_400)
        let decisions = try await AuditEntry.query(on: db).filter(\.$subjectType == "comment").filter(\.$createdAt >= since)
            .filter(\.$action ~~ ["comment.approve", "comment.reject"]).filter(\.$before == CommentStatus.pending.rawValue).all()
        guard !decisions.isEmpty else { return [] }
        var comments: [Int: Comment] = [:]
        for c in try await Comment.query(on: db).filter(\.$id ~~ decisions.map(\.subjectID)).all() { if let id = c.id { comments[id] = c } }
        var tally: [String: (approved: Int, rejected: Int)] = [:]
        for d in decisions {
            guard let c = comments[d.subjectID] else { continue }
            for rule in Set(DiscussionService.decode(c.findings).map(\.rule.rawValue)) {
                var t = tally[rule, default: (0, 0)]
                if d.action == "comment.approve" { t.approved += 1 } else { t.rejected += 1 }
                tally[rule] = t
            }
        }
        return tally.keys.sorted().map { rule in
            let t = tally[rule]!
            let total = t.approved + t.rejected
            return OverturnRow(rule: rule, decided: total, approved: t.approved, rejected: t.rejected,
                               overturnRate: total == 0 ? "–" : String(format: "%.0f%%", Double(t.approved) * 100 / Double(total)))
        }
    }
}
