import Foundation

/// flood: one author posting many messages into a thread in a short time, above all incoherent or repetitive ones.
///
/// Past the hard rate (six or more in ten minutes in one thread, or ten in two minutes anywhere) the finding is
/// marked `overRate` and the default policy rejects it; below that, a message of three or more words that repeats
/// one the author posted in the thread within ten minutes is held, and so is a third message in the window that
/// repeats or nearly repeats an earlier one or says nothing coherent.
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
        guard !own.isEmpty else { return nil }
        // Posting the same sentence again (case, punctuation, emoji and spacing aside) is flood from the second
        // message; a short repeat ("vote no!!" after "VOTE NO") only from the third.
        let key = normalised(scan)
        let repeated = !key.isEmpty && (key.count >= 3 || own.count >= 2)
            && own.contains { prior in normalised(TextScan(prior.text)) == key }
            // A near-repeat with a few words changed ("…not the one that talks about it" cut short, a typo fixed)
            // counts from the second message too, when it has enough content words to compare.
            || terms.distinct >= 4 && own.contains { terms.cosine($0.terms) >= 0.8 }
        if repeated {
            return Finding(rule: .flood, start: 0, end: scan.count, confidence: 0.8, message: messages.flood(overRate: false))
        }
        guard own.count >= 2 else { return nil }
        let repetitive = own.contains { prior in terms.distinct >= 2 && terms.cosine(prior.terms) >= 0.8 }
        // From the fourth message in the window, a very short one is flood too.
        let letters = scan.tokens.reduce(0) { $0 + $1.letters }
        let shortBurst = own.count >= 3 && letters < 25
        guard repetitive || shortBurst || incoherent(scan) else { return nil }
        return Finding(rule: .flood, start: 0, end: scan.count, confidence: repetitive ? 0.8 : 0.7,
                       message: messages.flood(overRate: false))
    }

    /// The folded words and numbers of a text in order, without punctuation, emoji or spacing ("hello?" and "Hello!!"
    /// are one text; so are "ref out" and "REF OUT!!!").
    static func normalised(_ scan: TextScan) -> [UInt64] {
        var out: [UInt64] = []
        for t in scan.tokens where t.letters > 0 || t.digits > 0 { out.append(t.hash) }
        return out
    }

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
