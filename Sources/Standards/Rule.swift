import Foundation

/// The 21 rules of COMMUNITY-STANDARDS.md, by their stable ids.
public enum Rule: String, CaseIterable, Sendable, Codable {
    case offTopic = "off_topic", hate, minors, extremism, insultThreat = "insult_threat"
    case disrespectOutlet = "disrespect_outlet", personalData = "personal_data", violence, suicide
    case commercialLinks = "commercial_links", promotion, profanity, spam, narcotics
    case malwareLinks = "malware_links", flashMob = "flash_mob", flood, trolling, caps
    case noSentences = "no_sentences", foreignLanguage = "foreign_language"

    /// Rules that a detector can only suspect: they go to a human and never reject on their own by default.
    public static let suspected: Set<Rule> = [
        .hate, .insultThreat, .extremism, .minors, .violence, .suicide, .narcotics, .trolling,
        .disrespectOutlet, .offTopic,
    ]
}

/// What happens to a comment. Ordered by severity: `reject > hold > publish`.
public enum Action: String, Sendable, Codable, Comparable {
    case publish, hold, reject

    private var rank: Int {
        switch self {
        case .publish: 0
        case .hold: 1
        case .reject: 2
        }
    }

    public static func < (lhs: Action, rhs: Action) -> Bool { lhs.rank < rhs.rank }
}

/// One rule a comment appears to break, with its evidence.
///
/// `start` and `end` are offsets in Unicode scalars (code points) of the comment text, `end` exclusive —
/// the same as Python string indexing, so `Array(text.unicodeScalars)[start..<end]` is the evidence.
public struct Finding: Sendable, Codable, Equatable {
    public var rule: Rule
    public var start: Int
    public var end: Int
    public var confidence: Double
    public var message: String
    /// Set when the finding is past a hard rate (flood): the policy may treat it more strictly.
    public var overRate: Bool

    public init(rule: Rule, start: Int, end: Int, confidence: Double, message: String, overRate: Bool = false) {
        self.rule = rule
        self.start = start
        self.end = end
        self.confidence = confidence
        self.message = message
        self.overRate = overRate
    }
}

/// The engine's decision on one comment.
public struct Verdict: Sendable, Codable, Equatable {
    public var action: Action
    public var findings: [Finding]

    public init(action: Action, findings: [Finding]) {
        self.action = action
        self.findings = findings
    }

    /// Rule ids found, unique and sorted.
    public var labels: [String] { Array(Set(findings.map(\.rule.rawValue))).sorted() }

    /// The text with the evidence of the given rules replaced by `mask` (e.g. personal data never stored).
    public func masking(_ text: String, rules: Set<Rule> = [.personalData], mask: Character = "•") -> String {
        var scalars = Array(text.unicodeScalars)
        let maskScalar = mask.unicodeScalars.first ?? "*"
        for finding in findings where rules.contains(finding.rule) {
            let lo = max(0, min(finding.start, scalars.count)), hi = max(lo, min(finding.end, scalars.count))
            for i in lo..<hi where !scalars[i].properties.isWhitespace { scalars[i] = maskScalar }
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return String(out)
    }
}
