import Foundation

/// A multinomial naive-Bayes spam classifier over words and a few shape features (links, money, phone numbers).
///
/// The bundled model is trained when first used from `Data/spam_training.tsv` (labelled text written for this
/// project). Moderators' decisions can retrain it later: `SpamModel.train(examples:)` builds a new model,
/// `learn(_:)` adds examples, and the model is `Codable`, so the app can store it and pass it to `Engine`.
public struct SpamModel: Sendable, Codable, Equatable {
    public struct Example: Sendable, Codable, Equatable {
        public var text: String
        public var isSpam: Bool
        public init(text: String, isSpam: Bool) { self.text = text; self.isSpam = isSpam }
    }

    public private(set) var spamWords: [String: Int] = [:]
    public private(set) var hamWords: [String: Int] = [:]
    public private(set) var spamDocuments = 0
    public private(set) var hamDocuments = 0
    public private(set) var spamTotal = 0
    public private(set) var hamTotal = 0

    public init() {}

    public static func train(examples: [Example]) -> SpamModel {
        var m = SpamModel()
        for e in examples { m.learn(e) }
        return m
    }

    public mutating func learn(_ example: Example) {
        let features = SpamModel.features(TextScan(example.text))
        if example.isSpam {
            spamDocuments += 1
            for f in features { spamWords[f, default: 0] += 1; spamTotal += 1 }
        } else {
            hamDocuments += 1
            for f in features { hamWords[f, default: 0] += 1; hamTotal += 1 }
        }
    }

    /// Probability that a text is spam, 0...1.
    public func probability(_ text: String) -> Double { Compiled(self).probability(TextScan(text)) }

    /// The model trained from the bundled labelled examples.
    public static let bundled: SpamModel = {
        guard let url = Bundle.module.url(forResource: "spam_training", withExtension: "tsv", subdirectory: "Data"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return SpamModel() }
        var examples: [Example] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let cells = line.split(separator: "\t", maxSplits: 1)
            guard cells.count == 2 else { continue }
            examples.append(Example(text: String(cells[1]), isSpam: cells[0] == "spam"))
        }
        return train(examples: examples)
    }()

    static let shapeLink = "<link>", shapeMoney = "<money>", shapeNumber = "<number>", shapeExclaim = "<!!>"

    /// Distinct training features of a text: folded words of two letters or more, plus shape features. The
    /// compiled model computes the same features from word hashes.
    static func features(_ scan: TextScan) -> Set<String> {
        var out = Set<String>()
        for t in scan.tokens.prefix(400) {
            if t.letters >= 2 { out.insert(scan.foldedString(t.start..<t.end)) } else if t.digits >= 3 && t.letters == 0 { out.insert(shapeNumber) }
        }
        if !LinkExtractor.find(scan).isEmpty { out.insert(shapeLink) }
        if PriceScanner.hasPrice(scan) { out.insert(shapeMoney) }
        if hasDoubleExclamation(scan) { out.insert(shapeExclaim) }
        return out
    }

    static func hasDoubleExclamation(_ scan: TextScan) -> Bool {
        var previous = false
        for v in scan.folded {
            let bang = v == 0x21
            if bang && previous { return true }
            previous = bang
        }
        return false
    }

    static let shapeHashes = (link: WordHash.of(shapeLink), money: WordHash.of(shapeMoney),
                              number: WordHash.of(shapeNumber), exclaim: WordHash.of(shapeExclaim))

    /// The model as a hash table of log-likelihood ratios, built once per engine.
    struct Compiled: Sendable {
        let prior: Double
        private let index: HashTable      // feature hash -> position in `ratios`
        private let ratios: [Double]

        init(_ m: SpamModel) {
            let keys = Set(m.spamWords.keys).union(m.hamWords.keys).sorted()
            let vocabulary = keys.count + 1
            let sTotal = Double(m.spamTotal + vocabulary), hTotal = Double(m.hamTotal + vocabulary)
            var index = HashTable(capacity: keys.count)
            var ratios: [Double] = []
            for key in keys {
                let s = (Double(m.spamWords[key] ?? 0) + 1) / sTotal
                let h = (Double(m.hamWords[key] ?? 0) + 1) / hTotal
                index[WordHash.of(key)] = Int32(ratios.count)
                ratios.append(log(s / h))
            }
            self.index = index
            self.ratios = ratios
            let docs = Double(m.spamDocuments + m.hamDocuments)
            self.prior = docs > 0 ? log((Double(m.spamDocuments) + 1) / (Double(m.hamDocuments) + 1)) : 0
        }

        func probability(_ scan: TextScan, links: Bool? = nil, price: Bool? = nil) -> Double {
            guard !ratios.isEmpty else { return 0 }
            // Distinct features without a Set: sort the hashes and skip repeats.
            var features: [UInt64] = []
            features.reserveCapacity(min(scan.tokens.count, 400) + 3)
            for t in scan.tokens.prefix(400) {
                if t.letters >= 2 { features.append(t.hash) } else if t.digits >= 3 && t.letters == 0 { features.append(shapeHashes.number) }
            }
            if links ?? !LinkExtractor.find(scan).isEmpty { features.append(shapeHashes.link) }
            if price ?? PriceScanner.hasPrice(scan) { features.append(shapeHashes.money) }
            if SpamModel.hasDoubleExclamation(scan) { features.append(shapeHashes.exclaim) }
            features.sort()
            var logit = prior
            var previous: UInt64? = nil
            for f in features where f != previous {
                previous = f
                if let i = index[f] { logit += ratios[Int(i)] }
            }
            // Words never seen say nothing; the length of a comment should not decide.
            logit = max(-30, min(30, logit))
            return 1 / (1 + exp(-logit))
        }
    }
}

/// Prices and amounts of money: "$99", "99 USD", "1 500 руб", "€20", "50% off".
enum PriceScanner {
    static let currencySymbols: Set<UInt32> = [0x24, 0x20AC, 0xA3, 0x20BD, 0xA5, 0x20B4]
    static let currencyWords: Set<UInt64> = Set(["usd", "eur", "euro", "euros", "dollars", "dollar", "bucks", "руб",
                                                 "рублей", "рубля", "рубль", "р", "грн", "гривен", "pounds", "gbp",
                                                 "k", "btc", "usdt"].map(WordHash.of))

    static func hasPrice(_ scan: TextScan) -> Bool {
        let tokens = scan.tokens
        for (k, t) in tokens.enumerated() where t.digits > 0 {
            if t.start > 0, currencySymbols.contains(scan.scalars[t.start - 1].value) { return true }
            if t.end < scan.count, currencySymbols.contains(scan.scalars[t.end].value) { return true }
            if k + 1 < tokens.count, tokens[k + 1].start - t.end <= 1, currencyWords.contains(tokens[k + 1].hash) { return true }
        }
        return false
    }
}
