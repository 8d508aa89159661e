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
/// is only suspected when it is long enough to judge and shares (almost) no content word with either — or when its
/// author says so first ("Off topic, but…", "OT:", "Не по теме, но…").
enum OffTopicDetector {
    static let minimumContentWords = 10
    /// From this many content words one stem shared with the article by chance is tolerated.
    static let looseContentWords = 12
    static let maximumCosine: Float = 0.04
    /// A shorter comment (10–11 content words) is on topic if it is this close to any earlier comment.
    static let shortThreadCosine: Float = 0.1

    static func detect(_ scan: TextScan, terms: TermVector, context: CommentContext, messages: Messages.Catalog) -> Finding? {
        if announced(scan) {
            return Finding(rule: .offTopic, start: 0, end: scan.count, confidence: 0.85, message: messages.offTopic)
        }
        guard let article = context.article, article.terms.contentWords >= 25 else { return nil }
        // A request to the readers ("Does anyone know a good vet…?", "Подскажите…") is judged from fewer words.
        let minimum = asksReaders(scan) ? requestContentWords : minimumContentWords
        guard terms.contentWords >= minimum, terms.distinct >= min(8, minimum) else { return nil }
        let short = terms.contentWords < looseContentWords
        let (best, shared) = terms.compare(article.terms)
        guard best < maximumCosine, shared <= (short ? 0 : 1) else { return nil }
        // A reply to the discussion is on topic: it shares at least two content words with an earlier comment (a
        // shorter comment: or is at all close to one).
        for prior in context.thread.suffix(50) {
            let (cosine, sharedWithPrior) = terms.compare(prior.terms)
            if sharedWithPrior >= 2 || (short && cosine >= shortThreadCosine) { return nil }
        }
        let confidence = Double(0.75 - best * 5) - (short ? 0.05 : 0)
        return Finding(rule: .offTopic, start: 0, end: scan.count, confidence: confidence, message: messages.offTopic)
    }

    static let requestContentWords = 8
    private static let requests: [[UInt64]] = [["does", "anyone"], ["does", "anybody"], ["anyone", "know"], ["anybody", "know"],
                                               ["can", "anyone"], ["can", "anybody"], ["any", "recommendations"], ["any", "tips"],
                                               ["кто", "нибудь"], ["подскажите"], ["посоветуйте"], ["кто", "знает"]]
        .map { $0.map { WordHash.of($0) } }

    /// The comment opens by asking the other readers for help or a recommendation.
    static func asksReaders(_ scan: TextScan) -> Bool {
        let words = scan.tokens.prefix(4).filter { $0.letters > 0 }.map(\.hash)
        for r in requests {
            for start in 0...1 where start + r.count <= words.count && Array(words[start..<start + r.count]) == r { return true }
        }
        return false
    }

    /// Words a comment may open with before its author says it is off topic: "Slightly off topic", "Sorry, off-topic".
    private static let fillers: Set<String> = ["slightly", "a", "bit", "little", "sorry", "totally", "completely", "kinda",
                                               "somewhat", "bit", "kind", "of", "slight", "немного", "слегка", "извините",
                                               "простите", "сорри", "чуть", "совсем", "немножко"]
    private static let markers: [[String]] = [["off", "topic"], ["offtopic"], ["offtop"], ["оффтоп"], ["офтоп"],
                                              ["оффтопик"], ["офтопик"], ["не", "по", "теме"], ["не", "в", "тему"],
                                              ["unrelated", "but"], ["unrelated", "question"], ["unrelated", "to", "the", "article"],
                                              ["totally", "unrelated"], ["nothing", "to", "do", "with", "the", "article"],
                                              ["not", "related", "to", "the", "article"]]

    /// The comment opens by saying it is off topic and then says at least three more words.
    private static let openings: Set<UInt64> = Set((markers.map { $0[0] } + ["ot"]).map { WordHash.of($0) })

    static func announced(_ scan: TextScan) -> Bool {
        // Cheap test first: one of the first few words must open a marker.
        guard scan.tokens.prefix(6).contains(where: { openings.contains($0.hash) }) else { return false }
        let words = scan.tokens.prefix(12).filter { $0.letters > 0 }
        guard words.count >= 4 else { return false }
        let folded = words.map { scan.foldedString($0.start..<$0.end) }
        var i = 0
        while i < 3 && i < folded.count && fillers.contains(folded[i]) && folded[i] != "totally" { i += 1 }
        for start in Set([0, i]) {
            for m in markers where start + m.count + 3 <= folded.count && Array(folded[start..<start + m.count]) == m {
                return true
            }
            // "OT:" or "(OT)" as the opening.
            if folded[start] == "ot", start + 4 <= folded.count {
                let t = words[start]
                let after = t.end < scan.count ? scan.scalars[t.end] : " "
                let before = t.start > 0 ? scan.scalars[t.start - 1] : " "
                if after == ":" || (before == "(" && after == ")") || after == "-" { return true }
            }
        }
        return false
    }
}
