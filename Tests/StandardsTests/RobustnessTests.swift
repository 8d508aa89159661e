import Foundation
import Testing
@testable import Standards

/// Property tests: odd input never crashes, and the work done grows linearly with the input.
struct RobustnessTests {
    static let hostile: [String] = [
        "",
        " ",
        "\n\n\n",
        String(repeating: "a", count: 100_000),
        String(repeating: "A", count: 100_000),
        String(repeating: "1", count: 100_000),
        String(repeating: "@", count: 50_000),
        String(repeating: "a.", count: 50_000),
        String(repeating: "f*", count: 50_000),
        String(repeating: "x ", count: 50_000),
        String(repeating: "😀", count: 30_000),
        String(repeating: "👨‍👩‍👧‍👦", count: 5_000),
        String(repeating: "e\u{301}\u{302}\u{303}", count: 20_000),
        "\u{202E}txet desrever\u{202C} and מימין לשמאל עם English בפנים",
        "\u{FEFF}\u{200B}\u{200D}\u{0000}\u{FFFD}\u{10FFFF}",
        String(repeating: "4111 1111 1111 1111 ", count: 3_000),
        String(repeating: "you idiot this site is garbage ", count: 3_000),
        String(repeating: "http://a.b/ ", count: 5_000),
        String(repeating: "name@example.com ", count: 5_000),
        String(repeating: "DE89 ", count: 10_000),
        String(repeating: "ДОЛОЙ ", count: 10_000),
        String(repeating: "漢", count: 50_000),
    ]

    @Test(arguments: hostile.indices)
    func hostileInputNeverCrashes(_ i: Int) {
        let text = Self.hostile[i]
        let index = NearDuplicateIndex()
        index.insert(text: text, author: "a", time: t0)
        let verdict = engine.evaluate(text, context: context(article: bridgeArticle, index: index, now: t0 + 1))
        let length = text.unicodeScalars.count
        for f in verdict.findings {
            #expect(f.start >= 0 && f.start <= f.end && f.end <= length)
            #expect(f.confidence > 0 && f.confidence <= 1)
        }
    }

    @Test(arguments: [
        "you idiot this site is garbage kill yourself f*ck ",
        "a b c d e f g h ",
        "I will kill you and I hope you die ",
    ])
    func lexiconWorkGrowsLinearly(_ unit: String) {
        var small = 0, large = 0
        _ = SuspectedLexicon.matcher.find(in: TextScan(String(repeating: unit, count: 200)), attempts: &small)
        _ = SuspectedLexicon.matcher.find(in: TextScan(String(repeating: unit, count: 2000)), attempts: &large)
        #expect(large <= small * 10 + 10)
    }

    @Test func findingsGrowLinearlyWithRepeatedViolations() {
        let unit = "call 555-867-5309, shit, www.example.com. "
        let small = engine.evaluate(String(repeating: unit, count: 100), context: context()).findings.count
        let large = engine.evaluate(String(repeating: unit, count: 1000), context: context()).findings.count
        #expect(large == small * 10)
    }

    @Test func evaluationIsDeterministic() {
        let text = "Vote NO on Sunday! The governing party lied, call 555-867-5309, f*ck them, see www.example.com"
        #expect(engine.evaluate(text, context: context()) == engine.evaluate(text, context: context()))
    }
}
