import Foundation
@testable import Newsdesk

/// A real OpenID Connect provider (Tests/support/oidc_provider.py: oidc-provider-mock on Authlib) in a child
/// process on a free port of 127.0.0.1. Users are set with `setUser`; `authorize` does what a person does on the
/// provider's own page (types a subject, presses Authorize) and returns where the provider sends the browser.
struct OpenIDTestServer {
    let port: Int
    var issuer: String { "http://127.0.0.1:\(port)" }

    func config(name: String = "test", label: String = "Test Provider", clientID: String = "newsdesk-test",
                secret: String? = "test-secret") -> OpenIDProviderConfig {
        OpenIDProviderConfig(name: name, issuer: issuer, clientID: clientID, clientSecret: secret, label: label)
    }

    func setUser(_ sub: String, claims: [String: Any]) throws {
        let body = String(decoding: try JSONSerialization.data(withJSONObject: claims), as: UTF8.self)
        let result = try MailTestEnvironment.run("curl", ["-s", "-o", "/dev/null", "-w", "%{http_code}", "-X", "PUT",
                                                          "-H", "Content-Type: application/json", "-d", body, "\(issuer)/users/\(sub)"])
        guard String(decoding: result.output, as: UTF8.self) == "204" else { throw MailTestError("PUT /users/\(sub) failed: \(result.errors)") }
    }

    /// Posts the provider's authorization form for `sub` (or presses Deny) and returns the redirect's address.
    func authorize(_ url: String, sub: String?) throws -> String {
        let form = sub.map { ["-d", "sub=\($0)"] } ?? ["-d", "action=deny"]
        let result = try MailTestEnvironment.run("curl", ["-s", "-o", "/dev/null", "-w", "%{redirect_url}"] + form + [url])
        let location = String(decoding: result.output, as: UTF8.self)
        guard !location.isEmpty else { throw MailTestError("the provider did not redirect: \(result.errors)") }
        return location
    }
}

func withOpenIDTestServer<T>(tokenMaxAge: Int = 3600, _ body: (OpenIDTestServer) async throws -> T) async throws -> T {
    let directory = try MailTestEnvironment.makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let process = Process()
    let python = MailTestEnvironment.python
    MailTestEnvironment.configure(process, executable: python, arguments: [
        MailTestEnvironment.supportScript("oidc_provider.py").path, "--port", "0", "--token-max-age", String(tokenMaxAge),
    ])
    let output = Pipe()
    let input = Pipe()  // the provider stops when this closes
    process.standardOutput = output
    process.standardInput = input
    let errors = directory.appendingPathComponent("provider-stderr.txt")
    _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
    process.standardError = try FileHandle(forWritingTo: errors)
    try process.run()
    do {
        let line = await MailTestEnvironment.readLine(output.fileHandleForReading, pid: process.processIdentifier, timeoutSeconds: 60)
        guard line.hasPrefix("READY "), let port = Int(line.dropFirst(6)) else {
            let stderr = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            if line.hasPrefix("MISSING") {
                throw MailTestError("oidc-provider-mock cannot be imported by \(python): `\(python) -m pip install 'oidc-provider-mock<0.4'`")
            }
            throw MailTestError("the test OpenID provider did not start: \(line)\n\(stderr)")
        }
        let result = try await body(OpenIDTestServer(port: port))
        await stop(process, input: input)
        return result
    } catch {
        await stop(process, input: input)
        throw error
    }
}
