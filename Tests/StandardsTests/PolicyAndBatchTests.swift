import Foundation
import Testing
@testable import Standards

struct PolicyAndBatchTests {
    @Test(arguments: [
        (Rule.personalData, Action.reject), (.profanity, .reject), (.spam, .reject), (.malwareLinks, .reject),
        (.caps, .reject), (.noSentences, .reject), (.foreignLanguage, .reject), (.commercialLinks, .hold),
        (.promotion, .hold), (.flashMob, .hold), (.flood, .hold), (.hate, .hold), (.offTopic, .hold),
    ])
    func defaultPolicyFollowsTheStandards(_ rule: Rule, _ action: Action) {
        #expect(Policy.default.action(for: rule) == action)
    }

    @Test func everyRuleHasADefaultActionAndMessages() {
        for rule in Rule.allCases {
            #expect(Policy.default.actions[rule] != nil)
            #expect(!Messages.text(for: rule, language: "en").isEmpty)
            #expect(!Messages.text(for: rule, language: "ru").isEmpty)
            #expect(!Messages.text(for: rule, language: "ar").isEmpty && Messages.text(for: rule, language: "ar") != Messages.text(for: rule, language: "en"))
            if rule != .foreignLanguage {
                #expect(Messages.text(for: rule, language: "de") == Messages.text(for: rule, language: "en"))
            }
        }
    }

    @Test func otherEditionsNameTheirLanguageInTheForeignLanguageMessage() {
        #expect(Messages.text(for: .foreignLanguage, language: "de").contains("German"))
        #expect(Messages.text(for: .foreignLanguage, language: "ar").contains("بالعربية"))
    }

    @Test func messagesFollowTheEditionLanguage() {
        let ru = engine.evaluate("ОПЯТЬ ЭТОТ МОСТ, СКОЛЬКО МОЖНО ПИСАТЬ ОБ ЭТОМ", context: context("ru"))
        #expect(ru.findings.first?.message.hasPrefix("Ваш комментарий") == true)
    }

    @Test func anEditorCanChangeARulesAction() {
        var policy = Policy.default
        policy.actions[.caps] = .hold
        let verdict = Engine(policy: policy).evaluate("SACK THE MANAGER NOW, WE HAVE HAD ENOUGH OF THIS", context: context())
        #expect(verdict.action == .hold)
    }

    @Test func theWorstActionWins() {
        let verdict = engine.evaluate("You idiot, what a fucking joke", context: context())
        #expect(verdict.action == .reject)
        #expect(Set(verdict.labels) == ["insult_threat", "profanity"])
    }

    @Test func cleanCommentsArePublished() {
        #expect(engine.evaluate("Thanks for the clear explanation of the costs.", context: context()).action == .publish)
    }

    static let articles = #"{"id":"a1","title":"Bridge","text":"The council approved a bridge."}"#

    @Test func batchEchoesIdsInInputOrderAndSortsByTime() throws {
        let comments = """
        {"id":7,"text":"Second in time","ts":"2026-11-01T10:05:00Z","article":"a1","author":"x"}
        {"id":"first","text":"First in time","ts":"2026-11-01T10:00:00.250Z","article":"a1","author":"y"}
        {"id":9,"text":"No time given, follows the line before"}
        """
        let out = try BatchChecker(articlesJSONL: Self.articles).run(commentsJSONL: comments)
        let ids = out.split(separator: "\n").map { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"].map { "\($0)" }
        }
        #expect(ids == ["7", "first", "9"])
        #expect(out.hasPrefix(#"{"id":7,"action":"publish","labels":[],"findings":[]}"#))
    }

    @Test(arguments: ["2026-11-01T10:00:00Z", "2026-11-01T10:00:00.123Z", "2026-11-01T12:00:00+02:00",
                      "2026-11-01 10:00:00", "2026-11-01T10:00:00", "2026-11-01"])
    func batchAcceptsCommonTimeFormats(_ ts: String) {
        #expect(BatchChecker.parseDate(ts) != nil)
    }

    @Test func batchTimesAreReadExactlyWithOffsetsAndFractions() {
        let base = 1_761_991_200.0  // 2025-11-01T10:00:00Z
        let cases: [(String, Double)] = [
            ("2025-11-01T10:00:00Z", base), ("2025-11-01T10:00:00.250Z", base + 0.25), ("2025-11-01T12:00:00+02:00", base),
            ("2025-11-01T07:30:00-0230", base), ("2025-11-01 10:00:00", base), ("2025-11-01T10:00:00", base),
            ("2025-11-01", base - 36_000), ("2024-02-29T00:00:00Z", 1_709_164_800), ("1969-12-31T23:59:59Z", -1),
        ]
        for (text, epoch) in cases {
            #expect(BatchChecker.parseDate(text)?.timeIntervalSince1970 == epoch, "\(text)")
        }
        for bad in ["2025-13-01", "2025-02-30T00:00:00Z", "2023-02-29", "2025-11-01T25:00:00Z", "2025-11-01T10:00:00+", "yesterday",
                    "2025-11-01T10:00", "2025-11-01T10:00:00Zjunk", "2025/11/01"] {
            #expect(BatchChecker.parseDate(bad) == nil, "\(bad)")
        }
    }

    @Test func batchIgnoresAByteOrderMarkAndCarriageReturns() throws {
        let out = try BatchChecker(articlesJSONL: "").run(commentsJSONL: "\u{FEFF}{\"id\":1,\"text\":\"ok\"}\r\n{\"id\":2,\"text\":\"fine\"}\r\n")
        #expect(out.split(separator: "\n").count == 2)
    }

    @Test func shortStockPhrasesFromManyAccountsAreNotAFlashMob() {
        let index = NearDuplicateIndex()
        for (i, author) in ["a", "b", "c"].enumerated() {
            index.insert(text: "My condolences to the family.", author: author, time: t0 + Double(i))
        }
        #expect(!rules("My condolences to the family.", context(author: "d", index: index, now: t0 + 10)).contains(.flashMob))
    }

    @Test func batchEchoesNumericIdsAsWritten() throws {
        let out = try BatchChecker(articlesJSONL: "").run(commentsJSONL: #"{"id": 12345678901234567890, "text":"ok"}"# + "\n" + #"{"id":1.0,"text":"ok"}"#)
        #expect(out.hasPrefix(#"{"id":12345678901234567890,"#))
        #expect(out.contains(#"{"id":1.0,"#))
    }

    @Test func batchReportsTheBadLine() {
        #expect(throws: BatchChecker.InputError.badComment(line: 2, reason: "missing \"text\"")) {
            try BatchChecker(articlesJSONL: Self.articles).run(commentsJSONL: "{\"id\":1,\"text\":\"ok\"}\n{\"id\":2}")
        }
        #expect(throws: BatchChecker.InputError.badComment(line: 1, reason: "not a JSON object")) {
            try BatchChecker(articlesJSONL: "").run(commentsJSONL: "{oops")
        }
        #expect(throws: BatchChecker.InputError.badComment(line: 1, reason: "\"ts\" is not an ISO-8601 time")) {
            try BatchChecker(articlesJSONL: "").run(commentsJSONL: #"{"id":1,"text":"x","ts":"yesterday"}"#)
        }
        #expect(throws: BatchChecker.InputError.badArticle(line: 1, reason: "missing \"id\"")) {
            try BatchChecker(articlesJSONL: #"{"title":"x"}"#)
        }
    }

    @Test func batchHoldsTheWholeFlashMobCluster() throws {
        let lines = ContextRulesTests.mob.enumerated().map { i, text in
            #"{"id":\#(i),"text":"\#(text)","author":"m\#(i)","ts":"2026-11-01T10:0\#(i):00Z"}"#
        }
        let out = try BatchChecker(articlesJSONL: "").run(commentsJSONL: lines.joined(separator: "\n"))
        for line in out.split(separator: "\n") { #expect(line.contains("\"flash_mob\"")) }
    }

    @Test func spamModelRetrainsAndRoundTrips() throws {
        var model = SpamModel.train(examples: [
            .init(text: "cheap pills online now", isSpam: true), .init(text: "the bridge vote was close", isSpam: false),
        ])
        model.learn(.init(text: "cheap watches online now", isSpam: true))
        #expect(model.probability("cheap pills and watches online") > 0.5)
        #expect(model.probability("the vote on the bridge") < 0.5)
        let decoded = try JSONDecoder().decode(SpamModel.self, from: JSONEncoder().encode(model))
        #expect(decoded == model)
        #expect(SpamModel.bundled.spamDocuments > 0)
    }
}
