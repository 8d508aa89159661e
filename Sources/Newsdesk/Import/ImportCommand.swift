import ConsoleKit
import Fluent
import Foundation
import Vapor

/// `newsdesk import wordpress --file export.xml [--edition en] [--uploads DIR] [--dry-run]`.
struct ImportCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "system", help: "wordpress")
        var system: String
        @Option(name: "file", help: "the WordPress export (Tools → Export → All content)")
        var file: String?
        @Option(name: "edition", help: "the edition code to import into (created when the site has none); default en")
        var edition: String?
        @Option(name: "uploads", help: "a copy of wp-content/uploads, for photos")
        var uploads: String?
        @Flag(name: "dry-run", help: "read the file and report what would be imported, writing nothing")
        var dryRun: Bool
    }

    var help: String {
        "Imports a WordPress export: `import wordpress --file export.xml [--edition en] [--uploads DIR] [--dry-run]`."
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.system == "wordpress" else {
            throw CommandError(message: "unknown source '\(signature.system)'; use: import wordpress --file export.xml")
        }
        guard let file = signature.file else { throw CommandError(message: "--file is required") }
        guard FileManager.default.isReadableFile(atPath: file) else { throw CommandError(message: "cannot read \(file)") }
        if let uploads = signature.uploads {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: uploads, isDirectory: &isDir), isDir.boolValue else {
                throw CommandError(message: "--uploads \(uploads) is not a folder")
            }
        }
        let app = context.application
        let options = WordPressImporter.Options(file: file, edition: signature.edition ?? "en", uploads: signature.uploads,
                                                dryRun: signature.dryRun)
        let importer = app.newsdesk.wordpressImporter
        do {
            // The first pass checks the whole file before anything (migrations included) is written.
            let scan = try importer.scan(file: file)
            if !options.dryRun { try await app.autoMigrate() }
            let report = try await importer.run(options, scanned: scan, on: app.db) { line in Self.say(line) }
            Self.say(options.dryRun ? "dry run of \(file) (nothing written):" : "imported \(file):")
            Self.say(report.text)
        } catch let malformed as WXR.Malformed {
            throw CommandError(message: "\(file):\(malformed.line):\(malformed.column): \(malformed.message); nothing was imported")
        }
    }
}

extension ImportCommand {
    /// Straight to standard output, unbuffered: progress shows while the import runs, also through a pipe.
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}

extension AppServices {
    var wordpressImporter: WordPressImporter {
        WordPressImporter(clock: clock, editions: editions, newsroom: newsroom, articles: articles, media: mediaLibrary,
                          users: users, discussion: discussion)
    }
}
