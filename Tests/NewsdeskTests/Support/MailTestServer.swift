import Foundation
import NIOCore
import NIOPosix
@testable import Newsdesk

/// A real SMTP server (Tests/support/smtp_server.py, aiosmtpd) in a child process on a free port of 127.0.0.1.
struct MailTestServer {
    struct Options {
        var tls = false
        var implicitTLS = false
        var auth: (user: String, password: String)?
        var rejectRecipients: [String] = []
        var tempfail = false
    }

    let port: Int
    let directory: URL

    var maildir: URL { directory.appendingPathComponent("maildir") }
    var transcriptURL: URL { directory.appendingPathComponent("transcript.txt") }

    /// The raw bytes of every accepted message.
    func messages() throws -> [Data] {
        let new = maildir.appendingPathComponent("new")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: new.path)) ?? []
        return try names.sorted().map { try Data(contentsOf: new.appendingPathComponent($0)) }
    }

    /// Every line the client sent, as (phase, line) with phase "plain" or "tls".
    func transcript() -> [(phase: String, line: String)] {
        let text = (try? String(contentsOf: transcriptURL, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map { entry in
            let parts = entry.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
            return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
        }
    }
}

/// Starts the server, runs `body`, and stops the server whatever happens.
func withMailTestServer<T>(
    _ options: MailTestServer.Options = .init(), _ body: (MailTestServer) async throws -> T
) async throws -> T {
    let directory = try MailTestEnvironment.makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    var arguments = [
        MailTestEnvironment.supportScript("smtp_server.py").path, "--port", "0",
        "--maildir", directory.appendingPathComponent("maildir").path,
        "--transcript", directory.appendingPathComponent("transcript.txt").path,
    ]
    if options.tls || options.implicitTLS {
        let (cert, key) = try MailTestEnvironment.makeSelfSignedCertificate(in: directory)
        arguments += ["--tls-cert", cert.path, "--tls-key", key.path]
        if options.implicitTLS { arguments.append("--implicit-tls") }
    }
    if let auth = options.auth { arguments += ["--auth", "\(auth.user):\(auth.password)"] }
    for address in options.rejectRecipients { arguments += ["--reject-rcpt", address] }
    if options.tempfail { arguments.append("--tempfail") }

    let process = Process()
    let python = MailTestEnvironment.python
    MailTestEnvironment.configure(process, executable: python, arguments: arguments)
    let output = Pipe()
    let input = Pipe()  // the server stops when this closes, so it cannot outlive a crashed test
    process.standardOutput = output
    process.standardInput = input
    let errors = directory.appendingPathComponent("server-stderr.txt")
    _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
    process.standardError = try FileHandle(forWritingTo: errors)
    do {
        try process.run()
    } catch {
        throw MailTestError("cannot start \(python) (\(error)); set NEWSDESK_TEST_PYTHON or create .venv-test")
    }
    do {
        let port = try await waitForReady(output, process: process, python: python, errors: errors)
        let result = try await body(MailTestServer(port: port, directory: directory))
        await stop(process, input: input)
        return result
    } catch {
        await stop(process, input: input)
        throw error
    }
}

private func waitForReady(_ output: Pipe, process: Process, python: String, errors: URL) async throws -> Int {
    let firstLine = await MailTestEnvironment.readLine(output.fileHandleForReading, pid: process.processIdentifier,
                                                       timeoutSeconds: 30)
    if firstLine.hasPrefix("READY "), let port = Int(firstLine.dropFirst(6)) { return port }
    let stderr = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
    if firstLine.hasPrefix("MISSING aiosmtpd") || stderr.contains("No module named 'aiosmtpd'") {
        throw MailTestError(
            "aiosmtpd cannot be imported by \(python): run `\(python) -m pip install aiosmtpd` "
                + "(or `pip install aiosmtpd` into .venv-test, or point NEWSDESK_TEST_PYTHON at a Python that has it)")
    }
    throw MailTestError("the test SMTP server did not start: \(firstLine)\n\(stderr)")
}

/// Closes the server's input and sends SIGTERM; SIGKILL if it is still there after five seconds.
func stop(_ process: Process, input: Pipe) async {
    try? input.fileHandleForWriting.close()
    if process.isRunning { process.terminate() }
    for _ in 0..<50 where process.isRunning {
        try? await Task.sleep(for: .milliseconds(100))
    }
    if process.isRunning {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}

/// A TCP server that accepts connections and never completes a reply: it says nothing, or (`trickling`) it sends
/// one byte of a greeting line every 100 ms that never ends.
func withSilentServer<T>(trickling: Bool = false, _ body: (Int) async throws -> T) async throws -> T {
    let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
        .childChannelInitializer { channel in
            if trickling {
                let task = channel.eventLoop.scheduleRepeatedTask(initialDelay: .zero, delay: .milliseconds(100)) { _ in
                    channel.writeAndFlush(channel.allocator.buffer(string: "2"), promise: nil)
                }
                channel.closeFuture.whenComplete { _ in task.cancel() }
            }
            return channel.eventLoop.makeSucceededVoidFuture()
        }
        .bind(host: "127.0.0.1", port: 0).get()
    do {
        let result = try await body(server.localAddress?.port ?? 0)
        try? await server.close()
        return result
    } catch {
        try? await server.close()
        throw error
    }
}

/// A port on 127.0.0.1 on which nothing listens (it was bound, then released).
func closedPort() async throws -> Int {
    let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
        .bind(host: "127.0.0.1", port: 0).get()
    let port = server.localAddress?.port ?? 0
    try await server.close()
    return port
}

struct MailTestError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
