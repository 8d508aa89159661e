import Foundation

/// The offensive-language model that ships in the PyPI package `alt-profanity-check` (MIT), exported to
/// `Data/offensive-words.tsv` by `bench/standards/model/export_profanity_check.py`: tf-idf over English words (l2
/// norm) and five linear SVMs with sigmoid calibration, averaged. The engine feeds its probability to the content
/// model as one feature; it knows thousands of insulting and obscene words no hand-written list had.
struct OffensiveModel: Sendable {
    private let index: HashTable        // word hash -> vocabulary position
    private let idf: [Float]
    private let coef: [Float]           // position * folds + fold
    private let folds: [(intercept: Double, a: Double, b: Double)]

    static let shared = OffensiveModel(tsv: DataFile.text("offensive-words", extension: "tsv"))

    init(tsv: String) {
        var index = HashTable(capacity: 16_000)
        var idf: [Float] = [], coef: [Float] = []
        var folds: [(intercept: Double, a: Double, b: Double)] = []
        for line in tsv.split(separator: "\n") {
            if line.hasPrefix("# folds\t") {
                for cell in line.split(separator: "\t").dropFirst() {
                    let v = cell.split(separator: ",").compactMap { Double($0) }
                    if v.count == 3 { folds.append((v[0], v[1], v[2])) }
                }
                continue
            }
            if line.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t")
            guard cells.count >= 3, let w = Float(cells[1]) else { continue }
            index[WordHash.of(String(cells[0]))] = Int32(idf.count)
            idf.append(w)
            coef.append(contentsOf: cells.dropFirst(2).map { Float($0) ?? 0 })
        }
        self.index = index
        self.idf = idf
        self.coef = coef
        self.folds = folds
    }

    var vocabularySize: Int { idf.count }

    /// Probability that the text is offensive, 0…1.
    func probability(_ scan: TextScan) -> Double {
        guard !folds.isEmpty else { return 0 }
        var positions: [Int32] = []
        positions.reserveCapacity(min(scan.tokens.count, 400))
        for t in scan.tokens.prefix(400) where t.letters + t.digits >= 2 {
            if let p = index[t.hash] { positions.append(p); continue }
            // scikit-learn splits "don't" into "don" and "t": look the parts up.
            var start = t.start
            for i in t.start...t.end where i == t.end || scan.folded[i] == 0x27 {
                if i - start >= 2, let p = index[WordHash.of(scan.folded[start..<i])] { positions.append(p) }
                start = i + 1
            }
        }
        let k = folds.count
        var dots = [Double](repeating: 0, count: k)
        var norm = 0.0
        positions.sort()
        var i = 0
        while i < positions.count {
            var j = i + 1
            while j < positions.count && positions[j] == positions[i] { j += 1 }
            let p = Int(positions[i])
            let x = Double(j - i) * Double(idf[p])
            norm += x * x
            for f in 0..<k { dots[f] += x * Double(coef[p * k + f]) }
            i = j
        }
        let scale = norm > 0 ? 1 / norm.squareRoot() : 0
        var sum = 0.0
        for (f, fold) in folds.enumerated() {
            let d = dots[f] * scale + fold.intercept
            sum += 1 / (1 + exp(fold.a * d + fold.b))
        }
        return sum / Double(k)
    }
}
