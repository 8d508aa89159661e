import Foundation
import Testing
@testable import Standards

/// Rules that need context: flash mobs across accounts, flood by one author.
struct ContextRulesTests {
    static let mob = [
        "Vote NO on Sunday! The governing party lied about housing and they will lie again!",
        "Vote no on Sunday!! The governing party lied about housing and they will lie again",
        "VOTE NO ON SUNDAY. the governing party lied about housing and they will lie again 🗳️",
        "Vote NO on Sunday! The governing party lied about housing & they'll lie again!",
    ]

    @Test func flashMobNeedsThreeAccounts() {
        let index = NearDuplicateIndex()
        index.insert(text: Self.mob[0], author: "a", time: t0)
        #expect(!rules(Self.mob[1], context(author: "b", index: index, now: t0 + 60)).contains(.flashMob))
        index.insert(text: Self.mob[1], author: "b", time: t0 + 60)
        #expect(rules(Self.mob[2], context(author: "c", index: index, now: t0 + 120)).contains(.flashMob))
    }

    @Test func oneAccountRepeatingItselfIsNotAFlashMob() {
        let index = NearDuplicateIndex()
        index.insert(text: Self.mob[0], author: "a", time: t0)
        index.insert(text: Self.mob[1], author: "a", time: t0 + 60)
        #expect(!rules(Self.mob[2], context(author: "a", index: index, now: t0 + 120)).contains(.flashMob))
    }

    @Test func nearDuplicatesOutsideTheWindowAreForgotten() {
        let index = NearDuplicateIndex(window: 600)
        index.insert(text: Self.mob[0], author: "a", time: t0)
        index.insert(text: Self.mob[1], author: "b", time: t0 + 60)
        index.insert(text: "Something else entirely about the bridge and the ferry", author: "z", time: t0 + 4000)
        #expect(index.count == 1)
        #expect(index.nearDuplicates(of: Self.mob[2], author: "c", at: t0 + 4000).isEmpty)
    }

    @Test func differentTextsAreNotNearDuplicates() {
        let index = NearDuplicateIndex()
        index.insert(text: "The ferry would have been cheaper than the bridge, and faster to build.", author: "a", time: t0)
        #expect(index.nearDuplicates(of: "Vote for the party that builds homes, not bridges, this Sunday.", author: "b", at: t0 + 1).isEmpty)
    }

    @Test func indexMemoryIsBoundedByCapacity() {
        let index = NearDuplicateIndex(window: 1_000_000, capacity: 100)
        for i in 0..<500 { index.insert(text: "comment number \(i) about the bridge and the budget", author: "a\(i)", time: t0 + Double(i)) }
        #expect(index.count == 100)
    }

    @Test func nearDuplicateQueryExaminesABoundedNumberOfEntries() {
        let small = NearDuplicateIndex(window: 1_000_000), large = NearDuplicateIndex(window: 1_000_000)
        for i in 0..<200 { small.insert(text: "Vote no on Sunday, they lied about housing, say it again \(i % 7)", author: "s\(i)", time: t0) }
        for i in 0..<4000 { large.insert(text: "Vote no on Sunday, they lied about housing, say it again \(i % 7)", author: "l\(i)", time: t0) }
        _ = small.nearDuplicates(of: Self.mob[0], author: "x", at: t0 + 1)
        _ = large.nearDuplicates(of: Self.mob[0], author: "x", at: t0 + 1)
        #expect(large.lastQueryExamined <= NearDuplicateIndex.bucketScanLimit * (NearDuplicateIndex.hashes / NearDuplicateIndex.rows))
    }

    static func burst(_ texts: [String], author: String = "f") -> [PriorComment] {
        texts.enumerated().map { PriorComment(text: $1, author: author, time: t0 + Double($0 * 20)) }
    }

    @Test func floodHoldsRepetitiveBurstsAndRejectsPastTheRate() {
        let two = Self.burst(["ref is blind", "blind blind blind"])
        let now = t0 + 60
        let held = engine.evaluate("lol", context: context(thread: two, authorRecent: two, author: "f", now: now))
        #expect(held.findings.contains { $0.rule == .flood && !$0.overRate })
        #expect(held.action == .hold)

        let five = Self.burst(["a point", "another point", "lol", "lol", "asdf"])
        let rejected = engine.evaluate("more", context: context(thread: five, authorRecent: five, author: "f", now: t0 + 120))
        #expect(rejected.action == .reject)
    }

    /// Posting the same sentence again in the thread is flood from the second message; a short repeat only from the
    /// third; something new is never flood for repeating.
    @Test(arguments: [
        (["The manager has to go after this, three derbies lost in a row."], "the manager has to go after this!!! three derbies lost in a row", true),
        (["Не за что голосовать, все кандидаты одинаковые."], "НЕ ЗА ЧТО ГОЛОСОВАТЬ, все кандидаты одинаковые!!!", true),
        (["Vote for the party that built twenty thousand homes, not the one that only talks about building them."],
         "Vote for the party that built twenty thousand homes, not the one that talks", true),
        (["The bridge will cost 240 million and the schools will pay for it."],
         "The schools already lost two libraries this year, and the bridge will make it worse.", false),
        (["VOTE NO"], "vote no!!", false),
        (["VOTE NO", "vote no!!"], "Vote no", true),
        (["Нет мосту!"], "нет мосту", false),
        (["The manager has to go after this, three derbies lost in a row."], "And the board should go with him, they picked him.", false),
    ])
    func floodFindsAnAuthorRepeatingThemselves(_ earlier: [String], _ text: String, _ found: Bool) {
        let prior = Self.burst(earlier)
        let ctx = context(thread: prior, authorRecent: prior, author: "f", now: t0 + Double(earlier.count * 20 + 20))
        #expect(rules(text, ctx).contains(.flood) == found)
        // Another member saying the same thing is not flood (that is a flash mob's business).
        let other = context(thread: prior, authorRecent: [], author: "g", now: t0 + Double(earlier.count * 20 + 20))
        #expect(!rules(text, other).contains(.flood))
        // Nor is the same author coming back to it an hour later.
        let later = context(thread: prior, authorRecent: prior, author: "f", now: t0 + 3600)
        #expect(!rules(text, later).contains(.flood))
    }

    @Test func keyboardMashingInABurstIsTheFloodAlone() {
        let two = Self.burst(["ref is blind", "blind blind blind"])
        let found = rules("asdfghjkl", context(thread: two, authorRecent: two, author: "f", now: t0 + 60))
        #expect(found.contains(.flood))
        #expect(!found.contains(.noSentences))
        #expect(rules("asdfghjkl").contains(.noSentences))
    }

    @Test func aFewConsideredRepliesAreNotFlood() {
        let two = Self.burst(["The ferry option was cheaper.", "And the audit is due in March anyway."])
        let text = "Also, the federal grants only cover a third of the cost, so the schools will still pay."
        #expect(!rules(text, context(thread: two, authorRecent: two, author: "f", now: t0 + 60)).contains(.flood))
    }
}
