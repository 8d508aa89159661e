import ConsoleKit
import Foundation
import Standards
import Vapor

/// `newsdesk standards check --articles ARTICLES.jsonl [--language en] < COMMENTS.jsonl > VERDICTS.jsonl`
/// Judges comments with the community-standards engine, with no database or server.
struct StandardsCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "check")
        var action: String
    }

    var help: String { "Judge comments against the community standards: standards check --articles FILE [--language en] < comments.jsonl" }

    func run(using context: CommandContext, signature: Signature) async throws {
        // Reached only through Vapor's command list (e.g. `--help`); the real work runs before the app starts.
        throw CommandError(message: "usage: newsdesk standards check --articles ARTICLES.jsonl [--language en] < COMMENTS.jsonl")
    }

    static let usage = "usage: newsdesk standards check --articles ARTICLES.jsonl [--language CODE] < COMMENTS.jsonl > VERDICTS.jsonl\n"

    /// Parses `check --articles F [--language L]`, reads comments from standard input, writes verdicts to standard output.
    static func runStandalone(arguments: [String]) throws {
        var args = arguments[...]
        guard args.popFirst() == "check" else { fail(usage) }
        var articlesPath: String?
        var language = "en"
        while let arg = args.popFirst() {
            switch arg {
            case "--articles": articlesPath = args.popFirst()
            case "--language": language = args.popFirst() ?? ""
            case "-h", "--help":
                FileHandle.standardOutput.write(Data(usage.utf8))
                return
            default: fail("unknown argument '\(arg)'\n" + usage)
            }
        }
        guard !language.isEmpty else { fail("--language needs a language code such as en or ru\n") }
        let articles: String
        if let articlesPath {
            guard let text = try? String(contentsOfFile: articlesPath, encoding: .utf8) else {
                fail("cannot read articles file '\(articlesPath)'\n")
            }
            articles = text
        } else {
            articles = ""
        }
        let input = FileHandle.standardInput.readDataToEndOfFile()
        guard let comments = String(data: input, encoding: .utf8) else { fail("standard input is not UTF-8 text\n") }
        do {
            let checker = try BatchChecker(articlesJSONL: articles, language: language)
            let output = try checker.run(commentsJSONL: comments)
            FileHandle.standardOutput.write(Data(output.utf8))
        } catch {
            fail("standards check failed: \(error)\n")
        }
    }

    private static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data(message.utf8))
        exit(64)  // EX_USAGE
    }
}
