import Foundation

/// Turns findings into an action. Defaults follow the table of COMMUNITY-STANDARDS.md; an editor may change any
/// rule's action per edition.
public struct Policy: Sendable, Codable, Equatable {
    public var actions: [Rule: Action]
    /// Actions for findings marked `overRate` (flood past its hard rate). Rules not listed use `actions`.
    public var overRateActions: [Rule: Action]

    public init(actions: [Rule: Action], overRateActions: [Rule: Action] = [.flood: .reject]) {
        self.actions = actions
        self.overRateActions = overRateActions
    }

    public static let `default` = Policy(actions: [
        .offTopic: .hold, .hate: .hold, .minors: .hold, .extremism: .hold, .insultThreat: .hold,
        .disrespectOutlet: .hold, .personalData: .reject, .violence: .hold, .suicide: .hold,
        .commercialLinks: .hold, .promotion: .hold, .profanity: .reject, .spam: .reject, .narcotics: .hold,
        .malwareLinks: .reject, .flashMob: .hold, .flood: .hold, .trolling: .hold, .caps: .reject,
        .noSentences: .reject, .foreignLanguage: .reject,
    ])

    public func action(for rule: Rule) -> Action { actions[rule] ?? .hold }

    public func action(for finding: Finding) -> Action {
        if finding.overRate, let strict = overRateActions[finding.rule] { return max(strict, action(for: finding.rule)) }
        return action(for: finding.rule)
    }

    public func verdict(for findings: [Finding]) -> Verdict {
        let worst = findings.reduce(Action.publish) { max($0, self.action(for: $1)) }
        return Verdict(action: worst, findings: findings)
    }
}
