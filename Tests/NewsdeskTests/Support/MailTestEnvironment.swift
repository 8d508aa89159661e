import Foundation
@testable import Newsdesk

/// Where the mail tests find Python, the support scripts and scratch space.
enum MailTestEnvironment {
    /// The folder holding Tests/support/smtp_server.py, found from this file (symlinks resolved, so it works from
    /// the app package and from a package that links this folder in).
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Tests/support/smtp_server.py").path) {
                return url
            }
            url.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// `NEWSDESK_TEST_PYTHON`, else `<package root>/.venv-test/bin/python`, else `python3` from PATH.
    static let python: String = {
        if let chosen = ProcessInfo.processInfo.environment["NEWSDESK_TEST_PYTHON"], !chosen.isEmpty {
            return chosen
        }
        let venv = packageRoot.appendingPathComponent(".venv-test/bin/python").path
        return FileManager.default.isExecutableFile(atPath: venv) ? venv : "python3"
    }()

    static func supportScript(_ name: String) -> URL {
        packageRoot.appendingPathComponent("Tests/support").appendingPathComponent(name)
    }

    static func makeTemporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsdesk-mail-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A program path runs as is; a bare name is looked up in PATH.
    static func configure(_ process: Process, executable: String, arguments: [String]) {
        if executable.contains("/") {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [executable] + arguments
        }
    }

    /// Runs a short-lived program and returns its exit status and output (its error output must stay small).
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: Data, errors: String) {
        let process = Process()
        configure(process, executable: executable, arguments: arguments)
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, data, errorText)
    }

    /// `openssl req -x509 …` for CN=localhost, valid one day, into `directory`.
    static func makeSelfSignedCertificate(in directory: URL) throws -> (cert: URL, key: URL) {
        let cert = directory.appendingPathComponent("cert.pem")
        let key = directory.appendingPathComponent("key.pem")
        let result = try run("openssl", [
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
            "-keyout", key.path, "-out", cert.path,
        ])
        guard result.status == 0 else { throw MailTestError("openssl could not make a certificate: \(result.errors)") }
        return (cert, key)
    }

    /// Reads one line from a child's output on its own thread; gives up (and stops the child) after the timeout.
    static func readLine(_ handle: FileHandle, pid: Int32, timeoutSeconds: Double) async -> String {
        await withCheckedContinuation { continuation in
            let finished = LineLatch()
            Thread.detachNewThread {
                var bytes = Data()
                while !bytes.contains(UInt8(ascii: "\n")) {
                    let chunk = handle.availableData
                    if chunk.isEmpty { break }
                    bytes += chunk
                }
                let line = String(decoding: bytes.prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
                if finished.claim() { continuation.resume(returning: line) }
            }
            DispatchQueue.global().asyncAfter(deadline: .now() + timeoutSeconds) {
                if finished.claim() {
                    kill(pid, SIGTERM)
                    continuation.resume(returning: "no READY line within \(Int(timeoutSeconds)) s")
                }
            }
        }
    }

    /// What Python's e-mail parser (an independent decoder) reads from a message.
    static func parse(_ eml: Data) throws -> ParsedMail {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("message.eml")
        try eml.write(to: file)
        let result = try run(python, [supportScript("eml_to_json.py").path, file.path])
        guard result.status == 0 else { throw MailTestError("eml_to_json.py failed: \(result.errors)") }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(ParsedMail.self, from: result.output)
    }
}

/// Lets exactly one of two racing callers resume a continuation.
final class LineLatch: @unchecked Sendable {
    // @unchecked: `done` is only read and written while holding `lock`.
    private let lock = NSLock()
    private var done = false

    func claim() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if done { return false }
        done = true
        return true
    }
}

struct ParsedMail: Decodable {
    struct Part: Decodable {
        var contentType: String
        var charset: String?
        var transferEncoding: String
        var text: String
    }

    var headers: [String: [String]]
    var from: [[String]]
    var to: [[String]]
    var replyTo: [[String]]
    var contentType: String
    var parts: [Part]
    var defects: [String]
    var maxLineLength: Int
    var bareLineFeeds: Int

    func header(_ name: String) -> String? { headers[name]?.first }
}
