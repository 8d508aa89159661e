import Foundation
import Testing
@testable import Newsdesk

/// The member's side of an unblock request, for each kind of block, built from fixed data and compared with stored
/// snapshots.
@Suite("Unblock request page snapshots")
struct UnblockRequestPageSnapshotTests {
    typealias F = PageFixtures

    static let firstBlock = SanctionService.Block(rule: "spam", reason: "Adverts for pills", permanent: false, since: fixedNow)

    @Test func firstBlockGetsTheForm() async throws {
        let html = try await Snapshot.check("Accounts/page", UnblockRequestPage.build(F.context(viewer: F.reader), member: F.reader, block: Self.firstBlock),
                                            named: "unblock-request")
        #expect(html.contains("action=\"/account/unblock\""))
    }

    @Test func refusedRequestKeepsTheText() async throws {
        let model = UnblockRequestPage.build(F.context(viewer: F.reader), member: F.reader, block: Self.firstBlock, text: "Sorry",
                                             error: "Please explain in at least 20 characters.")
        try await Snapshot.check("Accounts/page", model, named: "unblock-request-refused")
    }

    @Test func secondBlockIsPermanent() async throws {
        let block = SanctionService.Block(rule: "hate", reason: "Slurs", permanent: true, since: fixedNow)
        let html = try await Snapshot.check("Accounts/page", UnblockRequestPage.build(F.context(viewer: F.reader), member: F.reader, block: block),
                                            named: "unblock-permanent")
        #expect(!html.contains("<form class=\"form\" id=\"unblock\""))
    }

    @Test func notBlockedAndSent() async throws {
        try await Snapshot.check("Accounts/page", UnblockRequestPage.build(F.context(viewer: F.reader), member: F.reader, block: nil,
                                                                            notice: "Your request is already with the moderators."),
                                 named: "unblock-not-blocked")
        try await Snapshot.check("Accounts/page", UnblockRequestPage.sent(F.context(viewer: F.reader)), named: "unblock-sent")
    }
}
