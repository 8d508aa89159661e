import Foundation

/// flood: one author posting many messages into a thread in a short time, above all incoherent or repetitive ones.
///
/// Past the hard rate (six or more in ten minutes in one thread, or ten in two minutes anywhere) the finding is
/// marked `overRate` and the default policy rejects it; below that, a third message within ten minutes that
/// repeats an earlier one or says nothing coherent is held.
enum FloodDetector {
    static let window: TimeInterval = 600
    static let hardThreadCount = 5
    static let burstWindow: TimeInterval = 120
    static let hardBurstCount = 9

    static func detect(_ scan: TextScan, terms: TermVector, context: CommentContext, messages: Messages.Catalog) -> Finding? {
        let now = context.now
        let since = now.addingTimeInterval(-window)
        let own = context.thread.filter { $0.author == context.author && $0.time >= since && $0.time <= now }
        let burst = context.authorRecent.filter { $0.time >= now.addingTimeInterval(-burstWindow) && $0.time <= now }.count
        let overRate = own.count >= hardThreadCount || burst >= hardBurstCount
        if overRate {
            return Finding(rule: .flood, start: 0, end: scan.count, confidence: 0.9, message: messages.flood(overRate: true),
                           overRate: true)
        }
        guard own.count >= 2 else { return nil }
        let text = scanText(scan)
        let repetitive = own.contains { prior in
            prior.text.lowercased() == text.lowercased() || (terms.distinct >= 2 && terms.cosine(prior.terms) >= 0.8)
        }
        // From the fourth message in the window, a very short one is flood too.
        let letters = scan.tokens.reduce(0) { $0 + $1.letters }
        let shortBurst = own.count >= 3 && letters < 25
        guard repetitive || shortBurst || incoherent(scan) else { return nil }
        return Finding(rule: .flood, start: 0, end: scan.count, confidence: repetitive ? 0.8 : 0.7,
                       message: messages.flood(overRate: false))
    }

    private static func scanText(_ scan: TextScan) -> String { scan.string(0..<scan.count) }

    static let vowels: Set<UInt32> = Set("aeiouyаеиоуыэюяіїє".unicodeScalars.map(\.value))

    /// Very short, the same word over and over, or mostly words with no vowels (keyboard mashing).
    static func incoherent(_ scan: TextScan) -> Bool {
        let words = scan.tokens.filter { $0.letters > 0 }
        if words.count <= 2 { return true }
        if words.count <= 12 && Set(words.map(\.hash)).count * 2 <= words.count { return true }
        var junk = 0
        for t in words where t.letters >= 4 && (t.script == .latin || t.script == .cyrillic) {
            var v = 0
            for i in t.start..<t.end where vowels.contains(scan.folded[i]) { v += 1 }
            if v == 0 || Double(v) / Double(t.letters) < 0.12 { junk += 1 }
        }
        return junk * 2 >= words.count
    }
}
