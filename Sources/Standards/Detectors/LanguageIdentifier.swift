import Foundation

/// A character-trigram naive-Bayes language identifier.
///
/// Profiles (the most frequent trigrams of each language with their counts) are built by
/// `bench/standards/langid/build_profiles.py` from gettext catalogues shipped in Debian packages (see
/// `Data/README.md`). A text is lower-cased, non-letters become spaces, and every trigram scores
/// log P(trigram | language); trigrams outside a profile get a fixed floor.
public struct LanguageIdentifier: Sendable {
    public struct Guess: Sendable, Equatable {
        public var language: String
        /// Mean log-likelihood advantage per trigram of `language` over the runner-up.
        public var margin: Double
        public var trigrams: Int
    }

    let languages: [String]
    private let index: HashTable               // trigram -> first entry
    private let entryLanguage: [UInt8]
    private let entryGain: [Float]             // log P - floor
    private let entryNext: [Int32]             // next entry of the same trigram, -1 at the end
    static let floor: Float = -13

    /// The identifier built from the bundled profiles.
    public static let shared: LanguageIdentifier = {
        guard let url = Bundle.module.url(forResource: "langprofiles", withExtension: "tsv", subdirectory: "Data"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            return LanguageIdentifier(profiles: "")
        }
        return LanguageIdentifier(profiles: text)
    }()

    static func key(_ a: UInt32, _ b: UInt32, _ c: UInt32) -> UInt64 {
        (UInt64(a) << 42) | (UInt64(b) << 21) | UInt64(c)
    }

    /// Parses profile lines: `lang <TAB> total <TAB> tri=count ...` (spaces in trigrams written `_`).
    init(profiles: String) {
        var langs: [String] = []
        var index = HashTable(capacity: 60_000)
        var lang: [UInt8] = [], gain: [Float] = [], next: [Int32] = []
        for line in profiles.split(separator: "\n") {
            let cells = line.split(separator: "\t")
            guard cells.count > 2, let total = Double(cells[1]) else { continue }
            let l = UInt8(langs.count)
            langs.append(String(cells[0]))
            for cell in cells.dropFirst(2) {
                guard let eq = cell.lastIndex(of: "="), let count = Double(cell[cell.index(after: eq)...]) else { continue }
                let sc = cell[..<eq].unicodeScalars.map { $0 == "_" ? UInt32(0x20) : $0.value }
                guard sc.count == 3 else { continue }
                let k = LanguageIdentifier.key(sc[0], sc[1], sc[2])
                let g = Float(log(count / total)) - LanguageIdentifier.floor
                guard g > 0 else { continue }
                lang.append(l); gain.append(g)
                next.append(index[k] ?? -1)
                index[k] = Int32(lang.count - 1)
            }
        }
        self.languages = langs
        self.index = index
        self.entryLanguage = lang
        self.entryGain = gain
        self.entryNext = next
    }

    /// Identifies the language of some text; nil when there is not enough text to tell.
    /// Reads at most `limit` letters, which is plenty for a comment.
    public func identify(_ text: String, limit: Int = 600) -> Guess? {
        identify(TextScan(text), excluded: [], limit: limit)
    }

    func identify(_ scan: TextScan, excluded: [Range<Int>], limit: Int = 600, minimumTrigrams: Int = 20) -> Guess? {
        guard !languages.isEmpty else { return nil }
        let (_, scores, n) = self.scores(scan, excluded: excluded, limit: limit)
        guard n >= minimumTrigrams else { return nil }
        var best = 0, second = -1
        for l in 1..<scores.count {
            if scores[l] > scores[best] { second = best; best = l } else if second < 0 || scores[l] > scores[second] { second = l }
        }
        let margin = second >= 0 ? Double(scores[best] - scores[second]) / Double(n) : 1
        return Guess(language: languages[best], margin: margin, trigrams: n)
    }

    /// Per-language summed gains over the text's trigrams (higher is likelier), and the number of trigrams.
    func scores(_ scan: TextScan, excluded: [Range<Int>], limit: Int = 600) -> (langs: [String], scores: [Float], trigrams: Int) {
        var scores = [Float](repeating: 0, count: languages.count)
        var a: UInt32 = 0x20, b: UInt32 = 0x20
        var n = 0, letters = 0, ex = 0, i = 0
        while i < scan.count && letters < limit {
            while ex < excluded.count && excluded[ex].upperBound <= i { ex += 1 }
            if ex < excluded.count && excluded[ex].contains(i) { i = excluded[ex].upperBound; continue }
            let c: UInt32
            if scan.kinds[i] == .letter { c = scan.folded[i]; letters += 1 } else {
                if b == 0x20 { i += 1; continue }
                c = 0x20
            }
            if !(a == 0x20 && b == 0x20) || c != 0x20 { score(LanguageIdentifier.key(a, b, c), &scores); n += 1 }
            a = b; b = c
            i += 1
        }
        if b != 0x20 { score(LanguageIdentifier.key(a, b, 0x20), &scores); n += 1 }
        return (languages, scores, n)
    }

    @inline(__always)
    private func score(_ k: UInt64, _ scores: inout [Float]) {
        guard var e = index[k] else { return }
        while e >= 0 {
            scores[Int(entryLanguage[Int(e)])] += entryGain[Int(e)]
            e = entryNext[Int(e)]
        }
    }
}
