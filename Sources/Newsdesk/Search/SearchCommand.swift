import ConsoleKit
import Fluent
import Vapor

/// `newsdesk search reindex`: indexes every published article again (after restoring a database copied without its
/// search tables, or to pick up a new stemmer). Pages keep being served meanwhile; each batch is one transaction.
struct SearchCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "reindex")
        var action: String
    }
    var help: String { "Search index maintenance: `search reindex` indexes every published article again." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.action == "reindex" else { throw CommandError(message: "unknown action '\(signature.action)'; use: reindex") }
        let app = context.application
        try await app.autoMigrate()
        let started = Date()
        let done = try await app.newsdesk.articles.search.rebuild(on: app.db) { n in
            if n % 10_000 == 0 { context.console.print("  \(n) articles indexed") }
        }
        context.console.print("indexed \(done) published articles in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
    }
}
