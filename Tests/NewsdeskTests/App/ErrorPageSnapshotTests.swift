import Foundation
import Testing
import Vapor
@testable import Newsdesk

/// Error pages built from answers and compared with stored snapshots: not found in each edition's language, a refusal
/// with its message, a busy database.
@Suite("Error page snapshots")
struct ErrorPageSnapshotTests {
    typealias F = PageFixtures

    @Test func notFound() async throws {
        let html = try await Snapshot.check("errors/error", ErrorPage.build(F.context(), answer: FailureAnswer(.notFound, "not_found", "Not found.")),
                                            named: "error-not-found")
        #expect(html.contains("<p class=\"error-page__code\">404</p>"))
    }

    @Test func notFoundInTheRussianEditionForASignedInMember() async throws {
        let model = ErrorPage.build(F.context(F.russian, viewer: F.reader), answer: FailureAnswer(.notFound, "not_found", "Not found."))
        let html = try await Snapshot.check("errors/error", model, named: "error-not-found-russian")
        #expect(html.contains("href=\"/ru/\""))
    }

    @Test func forbiddenSaysWhy() async throws {
        let answer = FailureAnswer(.forbidden, "forbidden", "This area is for staff with another role.")
        let html = try await Snapshot.check("errors/error", ErrorPage.build(F.context(viewer: F.reader), answer: answer), named: "error-forbidden")
        #expect(html.contains("This area is for staff with another role."))
    }

    @Test func busyDatabase() async throws {
        try await Snapshot.check("errors/error", ErrorPage.build(F.context(), answer: StoreUnavailable(reason: "test").answer),
                                 named: "error-unavailable")
    }
}
