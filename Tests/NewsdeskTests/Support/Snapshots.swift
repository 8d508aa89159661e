import Foundation
import Leaf
import Testing
import VaporTesting
@testable import Newsdesk

/// Page snapshots: a template rendered from a view model by Leaf alone (no database, no request), compared with
/// `__Snapshots__/<name>.html` beside the test file. After an intended change of the markup, record again with
/// NEWSDESK_RECORD_SNAPSHOTS=1 and review the diff.
enum Snapshot {
    static var recording: Bool { ProcessInfo.processInfo.environment["NEWSDESK_RECORD_SNAPSHOTS"] == "1" }

    /// The rendered HTML, after checking it against the stored snapshot. The site clock's marker is shown as
    /// `{{clock}}`: the server fills it in per answer.
    @discardableResult
    static func check<Model: Encodable & Sendable>(
        _ template: String, _ model: Model, named name: String, filePath: String = #filePath,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> String {
        let html = try await render(template, model).replacingOccurrences(of: PageCache.clockMarker, with: "{{clock}}")
        try compare(html, named: name, filePath: filePath, sourceLocation: sourceLocation)
        return html
    }

    /// Compares rendered HTML with `__Snapshots__/<name>.html` beside the calling test file (recording it first
    /// when asked to).
    static func compare(_ html: String, named name: String, filePath: String = #filePath,
                        sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__/\(name).html")
        if recording {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try html.write(to: file, atomically: true, encoding: .utf8)
        }
        let stored = try? String(contentsOf: file, encoding: .utf8)
        #expect(stored != nil, "no snapshot \(name).html yet; record it with NEWSDESK_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
        if let stored {
            #expect(html == stored, "\(name) changed; if intended, record with NEWSDESK_RECORD_SNAPSHOTS=1 and review the diff",
                    sourceLocation: sourceLocation)
        }
    }

    /// The template rendered from the model, as the server would render it.
    static func render<Model: Encodable & Sendable>(_ template: String, _ model: Model) async throws -> String {
        var html = ""
        try await withApp { app in
            app.directory = DirectoryConfiguration(workingDirectory: packageRoot + "/")
            app.views.use(.leaf)
            if let article = model as? ArticlePageModel {
                // The article page is written in Swift (`ArticleHTML`), through the function the server uses.
                #expect(template == "Publishing/article")
                html = try await ArticleHTML.render(article, views: { app.view })
            } else {
                html = String(buffer: try await app.view.render(template, model).data)
            }
        }
        return html
    }
}
