import Foundation

/// Bag of word stems with sublinear term weights; stop-words and very short words dropped. Stored as sorted
/// parallel arrays so the cosine is a merge, with no hashing.
struct TermVector: Sendable {
    private(set) var keys: [UInt64] = []
    private(set) var weights: [Float] = []
    private(set) var norm: Float = 0
    /// Number of content words (not distinct).
    private(set) var contentWords = 0

    static let stemLength = 5

    init(_ text: String) { self.init(scan: TextScan(text)) }

    init(scan: TextScan) {
        var stems: [UInt64] = []
        stems.reserveCapacity(scan.tokens.count)
        let stop = StopWords.all
        for t in scan.tokens where t.letters >= 3 && t.digits == 0 {
            if stop.contains(t.hash) { continue }
            stems.append(scan.prefixHash(t, length: TermVector.stemLength))
        }
        contentWords = stems.count
        stems.sort()
        var n: Float = 0
        var i = 0
        while i < stems.count {
            var j = i + 1
            while j < stems.count && stems[j] == stems[i] { j += 1 }
            let w = 1 + log(Float(j - i))
            keys.append(stems[i]); weights.append(w)
            n += w * w
            i = j
        }
        norm = n.squareRoot()
    }

    var distinct: Int { keys.count }

    /// Cosine similarity and the number of shared stems.
    func compare(_ other: TermVector) -> (cosine: Float, shared: Int) {
        guard norm > 0, other.norm > 0 else { return (0, 0) }
        var i = 0, j = 0, dot: Float = 0, shared = 0
        while i < keys.count && j < other.keys.count {
            if keys[i] == other.keys[j] { dot += weights[i] * other.weights[j]; shared += 1; i += 1; j += 1 }
            else if keys[i] < other.keys[j] { i += 1 } else { j += 1 }
        }
        return (dot / (norm * other.norm), shared)
    }

    func cosine(_ other: TermVector) -> Float { compare(other).cosine }
}

/// off_topic: lexical similarity of the comment to the article and the thread. Conservative on purpose: a comment
/// is only suspected when it is long enough to judge and shares (almost) no content word with either.
enum OffTopicDetector {
    static let minimumContentWords = 12
    static let maximumCosine: Float = 0.04

    static func detect(_ scan: TextScan, terms: TermVector, context: CommentContext, messages: Messages.Catalog) -> Finding? {
        guard let article = context.article, article.terms.contentWords >= 25 else { return nil }
        guard terms.contentWords >= minimumContentWords, terms.distinct >= 8 else { return nil }
        let (best, shared) = terms.compare(article.terms)
        guard best < maximumCosine, shared <= 1 else { return nil }
        // A reply to the discussion is on topic: it shares at least two content words with an earlier comment.
        for prior in context.thread.suffix(50) where terms.compare(prior.terms).shared >= 2 { return nil }
        let confidence = Double(0.75 - best * 5)
        return Finding(rule: .offTopic, start: 0, end: scan.count, confidence: confidence, message: messages.offTopic)
    }
}
