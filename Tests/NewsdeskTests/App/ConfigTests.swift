import Foundation
import Testing
@testable import Newsdesk

@Suite("Configuration")
struct ConfigTests {
    @Test func listsEveryProblemAtOnce() {
        let env = [
            "NEWSDESK_DATA": FileManager.default.temporaryDirectory.appendingPathComponent("cfg-\(UUID())").path,
            "NEWSDESK_DATABASE_URL": "mysql://nope",
            "NEWSDESK_BASE_URL": "news.example.com",
            "NEWSDESK_VIEW_FLUSH_SECONDS": "soon",
            "NEWSDESK_PAGE_CACHE_MB": "-1",
            "NEWSDESK_RESOURCES": packageRoot,
        ]
        do {
            _ = try Config.fromEnvironment(env)
            Issue.record("bad configuration was accepted")
        } catch let invalid as Config.Invalid {
            #expect(invalid.problems.count == 4)
            let text = invalid.description
            for name in ["NEWSDESK_DATABASE_URL", "NEWSDESK_BASE_URL", "NEWSDESK_VIEW_FLUSH_SECONDS", "NEWSDESK_PAGE_CACHE_MB"] {
                #expect(text.contains(name))
            }
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func defaultsToSQLiteInTheDataFolderAndKeepsTheShortCodeKey() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cfg-\(UUID())").path
        let env = ["NEWSDESK_DATA": dir, "NEWSDESK_RESOURCES": packageRoot]
        let first = try Config.fromEnvironment(env)
        #expect(first.store == .sqlite(path: dir + "/newsdesk.sqlite"))
        #expect(try Config.fromEnvironment(env).shortCodeKey == first.shortCodeKey)
        let pg = try Config.fromEnvironment(env.merging(["NEWSDESK_DATABASE_URL": "postgres://u:p@127.0.0.1/db"]) { $1 })
        #expect(pg.store == .postgres(url: "postgres://u:p@127.0.0.1/db"))
    }
}
