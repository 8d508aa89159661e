import Foundation

/// Word classes whose meeting in one sentence suggests a rule even when no fixed phrase matches: a group and a
/// slur-like generalisation (hate), a violent act and a political target (extremism), an act of cruelty and an
/// animal (violence), a child and a sexual word (minors), a drug and a sale (narcotics).
///
/// Each rule has classes marked by the weight of their lines: 0.01 = class A, 0.02 = class B, 0.03 = class C
/// (optional third condition). A rule is suspected when its classes all occur within `CooccurrenceRules.window`
/// words of each other, in one sentence. Marker weights are far below every reporting threshold.
enum CooccurrenceLexicon {
    /// In `Data/cooccurrence.txt`.
    static let patterns = DataFile.text("cooccurrence")
}

/// Finds the co-occurrences described by `CooccurrenceLexicon` among the phrase matches.
enum CooccurrenceRules {
    static let window = 12
    static let rules: [Rule: (confidence: Double, needsThird: Bool)] = [
        .hate: (0.75, false), .extremism: (0.75, true), .violence: (0.72, true), .minors: (0.75, false),
        .narcotics: (0.75, false), .insultThreat: (0.72, false),
    ]
    /// Insult words must sit closer to their target than other classes.
    static let insultWindow = 6

    static func findings(_ matches: [PhraseMatcher.Match], scan: TextScan, messages: Messages.Catalog) -> [Finding] {
        let markers = matches.filter { $0.weight < 0.05 }
        guard markers.count >= 2 else { return [] }
        let boundaries = OutletDetector.sentenceBoundaries(scan)
        var out: [Finding] = []
        for (rule, spec) in rules {
            // "Calling our keeper a clown is unfair": an insult word after 'call', 'not'… is not aimed at anyone.
            let a = markers.filter { $0.rule == rule && $0.weight == 0.01 && !SuspectedRules.disarmed($0, scan) }
            let reach = rule == .insultThreat ? insultWindow : window
            let b = markers.filter { $0.rule == rule && $0.weight == 0.02 }
            guard !a.isEmpty, !b.isEmpty else { continue }
            let c = markers.filter { $0.rule == rule && $0.weight == 0.03 }
            search: for x in a {
                for y in b where abs(x.firstToken - y.firstToken) <= reach && (x.start != y.start) {
                    let lo = min(x.start, y.start), hi = max(x.end, y.end)
                    guard !boundaries.crosses(lo, hi) else { continue }
                    if spec.needsThird {
                        guard c.contains(where: { abs($0.firstToken - x.firstToken) <= window && !boundaries.crosses(min(lo, $0.start), max(hi, $0.end)) }) else { continue }
                    }
                    out.append(Finding(rule: rule, start: lo, end: hi, confidence: spec.confidence, message: messages.text(for: rule)))
                    break search
                }
            }
        }
        return out
    }
}
