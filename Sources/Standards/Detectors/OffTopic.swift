import Foundation

/// Bag of word stems with sublinear term weights; stop-words and very short words dropped.
struct TermVector: Sendable {
    private(set) var weights: [UInt64: Float] = [:]
    private(set) var norm: Float = 0
    /// Number of content words (not distinct).
    private(set) var contentWords = 0

    static let stemLength = 5

    init(_ text: String) { self.init(scan: TextScan(text)) }

    init(scan: TextScan) {
        var tf: [UInt64: Int] = [:]
        for t in scan.tokens where t.letters >= 3 && t.digits == 0 {
            if StopWords.all.contains(t.hash) { continue }
            let stem = scan.prefixHash(t, length: TermVector.stemLength)
            tf[stem, default: 0] += 1
            contentWords += 1
        }
        var n: Float = 0
        for (k, c) in tf {
            let w = 1 + log(Float(c))
            weights[k] = w
            n += w * w
        }
        norm = n.squareRoot()
    }

    func cosine(_ other: TermVector) -> Float {
        guard norm > 0, other.norm > 0 else { return 0 }
        let (small, large) = weights.count <= other.weights.count ? (self, other) : (other, self)
        var dot: Float = 0
        for (k, w) in small.weights { if let v = large.weights[k] { dot += w * v } }
        return dot / (norm * other.norm)
    }

    func shared(_ other: TermVector) -> Int {
        var c = 0
        for k in weights.keys where other.weights[k] != nil { c += 1 }
        return c
    }
}

/// off_topic: lexical similarity of the comment to the article and the thread. Conservative on purpose: a comment
/// is only suspected when it is long enough to judge and shares (almost) no content word with either.
enum OffTopicDetector {
    static let minimumContentWords = 12
    static let maximumCosine: Float = 0.04

    static func detect(_ scan: TextScan, terms: TermVector, context: CommentContext, messages: Messages.Catalog) -> Finding? {
        guard let article = context.article, article.terms.contentWords >= 25 else { return nil }
        guard terms.contentWords >= minimumContentWords, terms.weights.count >= 8 else { return nil }
        let best = terms.cosine(article.terms)
        guard best < maximumCosine, terms.shared(article.terms) <= 1 else { return nil }
        // A reply to the discussion is on topic: it shares at least two content words with an earlier comment.
        for prior in context.thread.suffix(50) where terms.shared(prior.terms) >= 2 { return nil }
        let confidence = Double(0.75 - best * 5)
        return Finding(rule: .offTopic, start: 0, end: scan.count, confidence: confidence, message: messages.offTopic)
    }
}
