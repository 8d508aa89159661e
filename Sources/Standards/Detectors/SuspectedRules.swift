import Foundation

/// Turns lexicon matches into findings for the suspected rules, and scores promotion and spam with their context.
enum SuspectedRules {
    /// A single match at or above this weight is reported on its own.
    static let threshold = 0.7
    /// Several weaker matches of one rule are reported together when their weights add up to this.
    static let combined = 1.2
    static let lexiconRules: [Rule] = [.insultThreat, .trolling, .hate, .extremism, .minors, .violence, .suicide, .narcotics]

    /// Words that, just before a lone insult word, show it is not aimed at anyone: "I felt like an idiot",
    /// "don't call the ref an idiot", "I'm not a moron".
    static let disarming = HashTable(set: """
    i i'm im me myself like call calling called calls not don't dont never no nobody isn't wasn't aren't word
    term label unfair used
    я себя меня себе не ни называть называйте называю как будто словно
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { WordHash.of(String($0)) })

    /// Before a longer insult or threat only negation and reporting disarm it ("I don't think you're an idiot",
    /// "stop calling each other idiots"); "I hope he dies" stays a threat.
    static let negating = HashTable(set: """
    not don't dont never no nobody isn't wasn't aren't call calling called calls used stop
    не ни называть называйте называю
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { WordHash.of(String($0)) })

    static func disarmed(_ m: PhraseMatcher.Match, _ scan: TextScan) -> Bool {
        guard m.rule == .insultThreat else { return false }
        let words = m.firstToken == m.lastToken ? disarming : negating
        var k = m.firstToken - 1
        while k >= 0 && k >= m.firstToken - 4 {
            if words.contains(scan.tokens[k].hash) { return true }
            k -= 1
        }
        return false
    }

    static func findings(_ all: [PhraseMatcher.Match], scan: TextScan, messages: Messages.Catalog) -> [Finding] {
        var out: [Finding] = []
        // Co-occurrence markers (weights below 0.05) are read by CooccurrenceRules, never summed here.
        let matches = all.filter { $0.weight >= 0.05 && !disarmed($0, scan) }
        for rule in lexiconRules {
            let ms = matches.filter { $0.rule == rule }
            guard !ms.isEmpty else { continue }
            let strong = ms.filter { $0.weight >= threshold }
            if !strong.isEmpty {
                let boost = min(0.09, 0.03 * Double(ms.count - 1))
                for m in dedupe(strong) {
                    out.append(Finding(rule: rule, start: m.start, end: m.end, confidence: min(0.99, m.weight + boost),
                                       message: messages.text(for: rule)))
                }
            } else if ms.reduce(0, { $0 + $1.weight }) >= combined {
                out.append(Finding(rule: rule, start: ms.map(\.start).min() ?? 0, end: ms.map(\.end).max() ?? 0,
                                   confidence: 0.7, message: messages.text(for: rule)))
            }
        }
        return out
    }

    /// Overlapping matches of one rule become one (the widest).
    static func dedupe(_ ms: [PhraseMatcher.Match]) -> [PhraseMatcher.Match] {
        var out: [PhraseMatcher.Match] = []
        for m in ms.sorted(by: { ($0.start, -$0.end) < ($1.start, -$1.end) }) {
            if let last = out.last, m.start < last.end {
                if m.end > last.end { out[out.count - 1].end = m.end }
                out[out.count - 1].weight = max(last.weight, m.weight)
                continue
            }
            out.append(m)
        }
        return out
    }

    struct CommerceEvidence {
        var links = false
        var phones = false
        var price = false
        var spamProbability = 0.0
    }

    /// promotion (hold) and spam (reject). Spam needs several independent signs, at least one of them strong.
    static func commerce(_ matches: [PhraseMatcher.Match], evidence e: CommerceEvidence, narcotics: Bool,
                         messages: Messages.Catalog) -> [Finding] {
        var out: [Finding] = []
        // A dealer's "DM me" is narcotics, not promotion of a product.
        let promo = narcotics ? [] : dedupe(matches.filter { $0.rule == .promotion })
        let spam = dedupe(matches.filter { $0.rule == .spam })
        let context = (e.links ? 0.3 : 0) + (e.phones ? 0.3 : 0) + (e.price ? 0.2 : 0)

        let spamMax = spam.map(\.weight).max() ?? 0
        var spamScore = spam.reduce(0) { $0 + $1.weight } + context
        if e.spamProbability >= 0.995 { spamScore += 0.6 } else if e.spamProbability >= 0.95 { spamScore += 0.3 }
        // Spam also needs a way to act on it (a link, a phone number or a second spam sign): an earnings figure alone
        // ("I make 2,300 a month and rent is 1,100") is a member talking about their life.
        let actionable = e.links || e.phones || spam.count >= 2
        if spamMax >= 0.7 && spamScore >= 1.35 && actionable {
            let conf = min(0.99, 0.6 + spamScore / 5)
            for m in spam {
                out.append(Finding(rule: .spam, start: m.start, end: m.end, confidence: conf, message: messages.text(for: .spam)))
            }
        }
        let promoMax = promo.map(\.weight).max() ?? 0
        let promoScore = promo.reduce(0) { $0 + $1.weight } + context
        // Spam already says "advertising": promotion is only reported when the comment is not spam.
        let spamFound = !out.isEmpty
        if !spamFound && (promoMax >= 0.8 || (promoMax >= 0.5 && promoScore >= 1.1)) {
            let conf = min(0.95, 0.55 + promoScore / 4)
            for m in promo {
                out.append(Finding(rule: .promotion, start: m.start, end: m.end, confidence: conf,
                                   message: messages.text(for: .promotion)))
            }
        }
        return out
    }
}

/// disrespect_outlet: an insult aimed at the publication (by name, or as "this site", "your paper", "the editors").
enum OutletDetector {
    /// Patterns, all under the rule `disrespect_outlet`: weight 0.01 marks a reference to the publication,
    /// 0.02 an insult word; the rest are insults of the press on their own.
    static let patterns = """
    disrespect_outlet 0.01 | (this|your|the|that|what a) ~1 (site|paper|newspaper|rag|outlet|publication|website|tabloid|magazine|media outlet|editorial board|editors|editor|newsroom|journalists|reporters|propaganda outlet|news site|news outlet)
    disrespect_outlet 0.01 | (этот|эта|это|ваш|ваша|ваше|ваши|здешние|местные) ~1 (сайт|газета|газетенка|газетёнка|издание|редакция|редактор|журналисты|журналюги|писаки|помойка|сми|портал|ресурс)
    disrespect_outlet 0.01 | (newsdesk)
    disrespect_outlet 0.02 | (garbage|trash|rubbish|joke|propaganda|liars|pathetic|disgrace|disgraceful|clowns|idiots|morons|hacks|shills|crap|worthless|sucks|suck|toilet paper|rag|mouthpiece|presstitutes|shameful|lying|lie|lies|bullshit|shit|shitty|cesspool|sewer|scum|traitors|embarrassment|laughingstock|clickbait|fake news|biased garbage|a joke|worst|should be fired|mouthpiece|propaganda machine)
    disrespect_outlet 0.02 | (дно|помойка|мусор|позор|лжецы|вранье|враньё|пропаганда|журналюги|продажные|проститутки|идиоты|клоуны|бред|желтуха|шлак|убогие|брехня|врут|лживые|лживая|лживое|дерьмо|говно|отстой|подстилка|подстилки|холуи|шавки)
    disrespect_outlet 0.85 | (this|what a|your) (rag|shitrag|toilet paper|propaganda rag|fish wrapper)
    disrespect_outlet 0.8 | (presstitutes|presstitute|lamestream|journalists are scum|so called journalists|so-called journalists)
    disrespect_outlet 0.8 | (журналюги|журналюшки|писаки|продажные журналисты|газетенка|газетёнка|жёлтая газетенка|помойка а не)
    """

    static func detect(_ scan: TextScan, matches all: [PhraseMatcher.Match], outletNames: [String],
                       messages: Messages.Catalog) -> [Finding] {
        var out: [Finding] = []
        let matches = all.filter { $0.rule == .disrespectOutlet }
        guard !matches.isEmpty else { return out }
        for m in matches where m.weight >= 0.5 {
            out.append(Finding(rule: .disrespectOutlet, start: m.start, end: m.end, confidence: m.weight,
                               message: messages.text(for: .disrespectOutlet)))
        }
        var refs = matches.filter { $0.weight == 0.01 }.map { (start: $0.start, end: $0.end) }
        refs.append(contentsOf: nameMatches(scan, outletNames))
        guard !refs.isEmpty else { return out }
        let bad = matches.filter { $0.weight == 0.02 }
        guard !bad.isEmpty else { return out }
        // Same sentence, within 90 scalars: the nearest insult on either side of each reference (two pointers).
        let badSorted = bad.sorted { $0.start < $1.start }
        let badStarts = badSorted.map(\.start)
        let boundaries = sentenceBoundaries(scan)
        let claimed = SpanSet(out.map { $0.start..<$0.end })
        var lastEnd = -1
        for r in refs.sorted(by: { $0.start < $1.start }) where r.start >= lastEnd && !claimed.contains(r.start) {
            var lo = 0, hi = badStarts.count
            while lo < hi { let mid = (lo + hi) / 2; if badStarts[mid] < r.start { lo = mid + 1 } else { hi = mid } }
            for k in [lo, lo - 1] where k >= 0 && k < badStarts.count {   // an insult after the reference first
                let b = badStarts[k]
                let bm = badSorted[k]
                guard abs(b - r.start) < 90 else { continue }
                let a = min(r.start, b), e = max(r.end, bm.end)
                guard !boundaries.crosses(a, e) else { continue }
                out.append(Finding(rule: .disrespectOutlet, start: a, end: e, confidence: 0.75,
                                   message: messages.text(for: .disrespectOutlet)))
                lastEnd = e
                break
            }
        }
        return out
    }

    struct Boundaries {
        let positions: [Int]
        /// True when a sentence boundary lies in a..<b.
        func crosses(_ a: Int, _ b: Int) -> Bool {
            var lo = 0, hi = positions.count
            while lo < hi { let mid = (lo + hi) / 2; if positions[mid] < a { lo = mid + 1 } else { hi = mid } }
            return lo < positions.count && positions[lo] < b
        }
    }

    static func sentenceBoundaries(_ scan: TextScan) -> Boundaries {
        var p: [Int] = []
        for i in 0..<scan.count {
            let v = scan.scalars[i].value
            if v == 0x2E || v == 0x21 || v == 0x3F || v == 0x0A { p.append(i) }
        }
        return Boundaries(positions: p)
    }

    static func nameMatches(_ scan: TextScan, _ names: [String]) -> [(start: Int, end: Int)] {
        var out: [(start: Int, end: Int)] = []
        for name in names {
            let parts = name.split(whereSeparator: { $0 == " " || $0 == "-" }).map { WordHash.of(String($0)) }
            guard !parts.isEmpty, parts.count <= scan.tokens.count else { continue }
            for i in 0...(scan.tokens.count - parts.count) {
                var ok = true
                for (k, h) in parts.enumerated() where scan.tokens[i + k].hash != h { ok = false; break }
                if ok { out.append((scan.tokens[i].start, scan.tokens[i + parts.count - 1].end)) }
            }
        }
        return out
    }
}
