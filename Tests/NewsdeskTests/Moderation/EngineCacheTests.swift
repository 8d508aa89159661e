import Foundation
import Standards
import Testing
@testable import Newsdesk

/// Posts reuse a built engine per edition policy and spam model; a changed policy or a retrained model is never
/// judged by a stale engine.
@Suite("Engine cache")
struct EngineCacheTests {
    static let shouting = "THIS IS ALL SHOUTING IN CAPITAL LETTERS ABOUT THE COUNCIL AND THE NEW BRIDGE PLANS TODAY"

    @Test func aChangedPolicyGetsItsOwnEngineAndTheOldOneComesBack() {
        let cache = EngineCache()
        let holder = SpamModelHolder()
        let context = CommentContext(language: "en", article: ArticleText(title: "Bridge plans", text: "The council and the new bridge."),
                                     now: Date(timeIntervalSince1970: 1_506_127_860))
        let strict = cache.engine(policy: .default, spam: holder).evaluate(Self.shouting, context: context)
        #expect(strict.labels.contains(Rule.caps.rawValue))
        #expect(strict.action == Policy.default.action(for: .caps))
        var lenient = Policy.default
        lenient.actions[.caps] = .publish
        #expect(lenient != Policy.default)
        #expect(cache.engine(policy: lenient, spam: holder).evaluate(Self.shouting, context: context).action == .publish)
        #expect(cache.engine(policy: .default, spam: holder).evaluate(Self.shouting, context: context).action == strict.action)
    }

    @Test func aReplacedSpamModelStartsANewGeneration() {
        let holder = SpamModelHolder()
        #expect(holder.currentWithGeneration.generation == 0)
        holder.replace(SpamModel.bundled)
        holder.replace(SpamModel.bundled)
        #expect(holder.currentWithGeneration.generation == 2)
    }
}
