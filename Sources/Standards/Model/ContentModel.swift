import Foundation

/// The statistical layer: one calibrated logistic regression per content rule over `ContentFeatures`, trained by
/// `bench/standards/model/train.py` on text written for this project and exported to `Data/content-model.bin`.
///
/// File format: one line of JSON (rules, feature bits, per-rule weight scale, intercept, Platt calibration `a`, `b`,
/// and the thresholds chosen on blind sets), then `2^bits × 8` signed bytes: the quantised weights, bucket-major, so
/// one memory read gives a feature's weight for every rule.
struct ContentModel: Sendable {
    struct Header: Codable {
        var rules: [String]
        var bits: Int
        var scale: [Float]
        var intercept: [Float]
        var a: [Float]
        var b: [Float]
        /// Findings are reported at or above `report`; below `confident` they are marked uncertain (lower confidence).
        var report: [Double]
        var confident: [Double]
        var trainedOn: String?
    }

    static let stride = 8
    /// English insult and trolling findings also need this much from the offensive-language model.
    static let offensiveGate = 0.3
    /// ...or one of these words for a contemptible person (`Data/insult-traits.txt`).
    static let insultTraits: HashTable = {
        var t = HashTable()
        for line in DataFile.text("insult-traits").split(separator: "\n") {
            let w = line.trimmingCharacters(in: .whitespaces)
            if !w.isEmpty && !w.hasPrefix("//") { t.insert(WordHash.of(w)) }
        }
        return t
    }()
    /// Comments with fewer different words than this are left to the phrase detectors.
    static let minimumWords = 3
    let header: Header
    let rules: [Rule]
    private let weights: [Int8]

    static let shared: ContentModel = {
        guard let url = Bundle.module.url(forResource: "content-model", withExtension: "bin", subdirectory: "Data"),
              let data = try? Data(contentsOf: url), let model = ContentModel(data: data) else {
            fatalError("the resource Data/content-model.bin is missing or damaged")
        }
        return model
    }()

    init?(data: Data) {
        guard let newline = data.firstIndex(of: 0x0A),
              let header = try? JSONDecoder().decode(Header.self, from: data[data.startIndex..<newline]) else { return nil }
        let count = (1 << header.bits) * ContentModel.stride
        let body = data[(newline + 1)...]
        guard header.bits == ContentFeatures.bits, body.count == count, header.rules.count <= ContentModel.stride,
              [header.scale, header.intercept, header.a, header.b].allSatisfy({ $0.count == header.rules.count }),
              header.report.count == header.rules.count, header.confident.count == header.rules.count else { return nil }
        let rules = header.rules.compactMap(Rule.init(rawValue:))
        guard rules.count == header.rules.count else { return nil }
        self.header = header
        self.rules = rules
        self.weights = body.withUnsafeBytes { Array($0.bindMemory(to: Int8.self)) }
    }

    struct Score {
        var rule: Rule
        var probability: Double
        var start: Int
        var end: Int
    }

    /// Calibrated probability per rule (the span is filled in by `evidence` when a finding needs it).
    func score(_ features: ContentFeatures) -> [Score] {
        var words = SIMD8<Int32>(repeating: 0)
        var rest = SIMD8<Float>(repeating: 0)
        weights.withUnsafeBytes { raw in
            for b in features.text {
                words &+= SIMD8<Int32>(truncatingIfNeeded: raw.loadUnaligned(fromByteOffset: Int(b) &* ContentModel.stride, as: SIMD8<Int8>.self))
            }
            for f in features.others {
                let w = raw.loadUnaligned(fromByteOffset: Int(f.bucket) &* ContentModel.stride, as: SIMD8<Int8>.self)
                rest += SIMD8<Float>(SIMD8<Int32>(truncatingIfNeeded: w)) * f.value
            }
        }
        let acc = SIMD8<Float>(words) * features.textScale + rest
        var out: [Score] = []
        out.reserveCapacity(rules.count)
        for r in rules.indices {
            let logit = acc[r] * header.scale[r] + header.intercept[r]
            let p = 1 / (1 + exp(-Double(header.a[r] * logit + header.b[r])))
            out.append(Score(rule: rules[r], probability: p, start: -1, end: -1))
        }
        return out
    }

    /// The text span whose features push rule `r` hardest: a word, two words, or a SpamAssassin phrase.
    func evidence(_ scan: TextScan, _ features: ContentFeatures, rule r: Int) -> (start: Int, end: Int)? {
        var best: Int8 = 0
        var span: (Int, Int)? = nil
        ContentFeatures.forEachText(scan) { b, s, e in
            guard e - s >= 3 else { return }   // "a", "is": never the evidence a member should be shown
            let w = weights[Int(b) * ContentModel.stride + r]
            if w > best { best = w; span = (Int(s), Int(e)) }
        }
        for f in features.others where f.start >= 0 {
            let w = weights[Int(f.bucket) * ContentModel.stride + r]
            if w > best { best = w; span = (Int(f.start), Int(f.end)) }
        }
        return span
    }

    func index(of rule: Rule) -> Int? { rules.firstIndex(of: rule) }
}

extension ContentFeatures {
    /// The features of a comment as the engine sees it (links outside the allow-list, phone numbers and e-mail
    /// addresses found, prices, and the offensive-language score).
    static func of(_ scan: TextScan, links: [FoundLink], personal: [PersonalDataDetector.Hit],
                   allowedDomains: Set<String>) -> ContentFeatures {
        var context = Context()
        context.links = links.count { !$0.isAllowed(by: allowedDomains) }
        context.phones = personal.count { $0.kind == .phone }
        context.emails = personal.count { $0.kind == .email }
        context.price = PriceScanner.hasPrice(scan)
        return ContentFeatures(scan, context: context, offensive: OffensiveModel.shared.probability(scan))
    }
}

/// For the training script (`standards-bench features`): the statistical layer's features of a text, exactly as the
/// engine computes them.
public enum StandardsTraining {
    public struct Feature: Sendable {
        public let bucket: Int
        public let value: Float
    }

    public static func features(_ text: String) -> [Feature] {
        let scan = TextScan(text)
        let links = LinkExtractor.find(scan)
        let personal = PersonalDataDetector.find(scan, matches: SuspectedLexicon.matcher.find(in: scan))
        return ContentFeatures.of(scan, links: links, personal: personal, allowedDomains: [])
            .all.map { Feature(bucket: Int($0.bucket), value: $0.value) }
    }

    /// The offensive-language probability of alt-profanity-check's exported model.
    public static func offensiveProbability(_ text: String) -> Double { OffensiveModel.shared.probability(TextScan(text)) }

    /// The content model's calibrated probability per rule (empty when no model is bundled).
    public static func probabilities(_ text: String) -> [String: Double] {
        let scan = TextScan(text)
        let links = LinkExtractor.find(scan)
        let personal = PersonalDataDetector.find(scan, matches: SuspectedLexicon.matcher.find(in: scan))
        let features = ContentFeatures.of(scan, links: links, personal: personal, allowedDomains: [])
        var out: [String: Double] = [:]
        for s in ContentModel.shared.score(features) { out[s.rule.rawValue] = s.probability }
        return out
    }
}
