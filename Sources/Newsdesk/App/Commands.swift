import ConsoleKit
import Fluent
import Vapor

/// `newsdesk migrate`: brings the schema up to date, without asking (it is run by scripts and operators).
struct MigrateCommand: AsyncCommand {
    struct Signature: CommandSignature {}
    var help: String { "Runs the pending database migrations." }

    func run(using context: CommandContext, signature: Signature) async throws {
        try await context.application.autoMigrate()
        context.console.print("migrations are up to date")
    }
}

/// `newsdesk seed [--articles N]`: writes the demo site into an empty database, or adds N generated articles
/// (for benchmarks) to a seeded one.
struct SeedCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "articles", help: "add this many generated articles (benchmark data) after the demo content")
        var articles: Int?
        @Option(name: "members", help: "add this many confirmed benchmark members and write an API token for each to --tokens-file")
        var members: Int?
        @Option(name: "tokens-file", help: "where --members writes one API token per line")
        var tokensFile: String?
    }
    var help: String { "Creates the demo content on an empty site; --articles N adds N generated articles." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        let seeder = DemoSeeder(app: app)
        if let report = try await seeder.seedIfEmpty() {
            context.console.print(report.description)
        } else {
            context.console.print("the site already has content; demo content not added again")
        }
        if let n = signature.articles {
            guard (1...1_000_000).contains(n) else { throw CommandError(message: "--articles must be between 1 and 1000000") }
            let added = try await seeder.addGeneratedArticles(count: n) { done in
                context.console.print("  \(done)/\(n) articles")
            }
            context.console.print("added \(added) generated articles")
        }
        if let n = signature.members {
            guard (1...100_000).contains(n), let file = signature.tokensFile else {
                throw CommandError(message: "--members needs a count from 1 to 100000 and --tokens-file")
            }
            let tokens = try await seeder.addBenchmarkMembers(count: n)
            try (tokens.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
            context.console.print("added \(n) members; tokens in \(file)")
        }
    }
}

/// Runs migrations and seeds the demo on the first `serve` of an empty data folder.
struct FirstStart: LifecycleHandler {
    /// `serve` (also when no command is named): the commands that run a node rather than a one-off task.
    static func isServing(_ app: Application) -> Bool {
        let command = app.environment.arguments.dropFirst().first ?? "serve"
        return command == "serve" || command.hasPrefix("-")
    }

    func willBootAsync(_ app: Application) async throws {
        guard Self.isServing(app) else { return }
        try await app.autoMigrate()
        guard app.newsdesk.config.seedDemoOnFirstStart else { return }
        if let report = try await DemoSeeder(app: app).seedIfEmpty() {
            print(report.description)
        }
    }
}

/// Periodic work of a node: flushing view counts, running the site's due jobs (scheduled publication), and
/// dropping cached listings of articles that went live.
final class BackgroundJobs: LifecycleHandler, @unchecked Sendable {
    // Mutated only in didBootAsync/shutdownAsync, which Vapor calls one after the other on one task.
    private var task: Task<Void, Never>?
    private let flushInterval: Double

    /// `flushInterval` paces the loop: view flush, mail delivery, scheduled releases; the purge runs hourly.
    init(flushInterval: Double) {
        self.flushInterval = flushInterval
    }

    func didBootAsync(_ app: Application) async throws {
        // One-off commands (seed, user, migrate) run no jobs; tests boot without arguments and do run them.
        guard FirstStart.isServing(app) || app.environment == .testing else { return }
        try await SpamTrainer(clock: app.newsdesk.clock, holder: app.newsdesk.moderation.standards.spamModel).load(on: app.db)
        let interval = flushInterval
        let services = app.newsdesk
        let db = app.db
        let logger = app.logger
        task = Task {
            var lastRelease = services.clock.now()
            var lastPurge = Date.distantPast
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: UInt64(interval * 1_000_000_000))
                // Counted views reach the database; cached pages keep their figures until they are rendered again
                // (PageCache.maxAge), so a busy article is not re-rendered by every flush.
                await services.views.flush(on: db, logger: logger)
                let now = services.clock.now()
                do {
                    try await services.mailer.deliverDue(on: db, logger: logger)
                } catch {
                    logger.error("mail delivery run failed", metadata: ["error": "\(String(reflecting: error))"])
                }
                if now.timeIntervalSince(lastPurge) >= 3600 {
                    lastPurge = now
                    do {
                        try await services.accounts.purgeExpired(mediaDirectory: services.config.dataDirectory + "/media", on: db)
                        let learned = try await SpamTrainer(clock: services.clock, holder: services.moderation.standards.spamModel).retrain(on: db)
                        if learned > 0 { logger.info("spam model retrained", metadata: ["examples": "\(learned)"]) }
                    } catch {
                        logger.error("account purge failed", metadata: ["error": "\(String(reflecting: error))"])
                    }
                }
                do {
                    try await JobRunner.runDue(services, on: db, logger: logger)
                } catch {
                    logger.error("job run failed", metadata: ["error": "\(String(reflecting: error))"])
                }
                do {
                    let editions = try await services.articles.editionsWithArticlesReleased(after: lastRelease, upTo: now, on: db)
                    if !editions.isEmpty {
                        // Articles that went live by their time alone: their months (this one, or the last too)
                        // are counted again for the sitemap index.
                        try await services.articles.refreshSitemapMonths([lastRelease, now], on: db)
                        await services.pageCache.invalidate(tags: Set(editions.map { "edition:\($0)" }).union(["sitemap"]))
                        logger.info("scheduled articles released", metadata: ["editions": "\(editions.sorted())"])
                    }
                    lastRelease = now
                } catch {
                    logger.error("scheduled release check failed", metadata: ["error": "\(String(reflecting: error))"])
                }
            }
        }
    }

    func shutdownAsync(_ app: Application) async {
        task?.cancel()
        _ = await task?.value
        let flushed = await app.newsdesk.views.flush(on: app.db, logger: app.logger)
        if !flushed.isEmpty {
            app.logger.info("view counts flushed at shutdown", metadata: ["articles": "\(flushed.count)"])
        }
    }
}
