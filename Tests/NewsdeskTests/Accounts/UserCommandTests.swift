import ConsoleKit
import Fluent
import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

@Suite("Operator commands")
struct UserCommandTests {
    private func run(_ app: Application, _ args: [String]) async throws {
        var context = CommandContext(console: app.console, input: CommandInput(arguments: ["newsdesk"] + args))
        context.application = app
        try await app.asyncCommands.group().run(using: &context)
    }

    @Test func createsAConfirmedUserWithTheGivenRole() async throws {
        try await withTestApp { app in
            try await run(app, ["user", "create", "--email", "Ed@Example.com", "--password", "correct horse battery",
                                "--role", "editor", "--display-name", "Ed Itor"])
            let user = try #require(try await User.query(on: app.db).filter(\.$email == "ed@example.com").first())
            #expect(user.role == "editor")
            #expect(user.displayName == "Ed Itor")
            #expect(user.confirmedAt != nil)
            #expect(user.passwordHash.hasPrefix("$2"))
            #expect(try Bcrypt.verify("correct horse battery", created: user.passwordHash))
        }
    }

    @Test(arguments: [
        (["user", "create", "--email", "a@b.co", "--password", "short", "--role", "reader"], "password"),
        (["user", "create", "--email", "not-an-email", "--password", "long enough password", "--role", "reader"], "email"),
        (["user", "create", "--email", "a@b.co", "--password", "long enough password", "--role", "king"], "--role"),
        (["user", "create", "--password", "long enough password", "--role", "reader"], "--email"),
    ])
    func refusesBadInputAndSaysWhy(args: [String], mentions: String) async throws {
        try await withTestApp { app in
            do {
                try await run(app, args)
                Issue.record("command accepted bad input \(args)")
            } catch {
                #expect("\(error)".contains(mentions), "message was: \(error)")
            }
            let users = try await User.query(on: app.db).count()
            #expect(users == 0)
        }
    }

    @Test func refusesADuplicateEmail() async throws {
        try await withTestApp { app in
            try await run(app, ["user", "create", "--email", "a@b.co", "--password", "long enough password", "--role", "reader"])
            await #expect(throws: (any Error).self) {
                try await run(app, ["user", "create", "--email", "A@b.co", "--password", "another long password", "--role", "admin"])
            }
            #expect(try await User.query(on: app.db).count() == 1)
        }
    }
}
