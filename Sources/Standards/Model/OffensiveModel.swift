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

    /// Parses the exported file. Byte by byte, with its own decimal reader: `String.split` and `Float(String)` over
    /// 15,000 lines took most of the engine's start-up time.
    init(tsv: String) {
        var index = HashTable(capacity: 16_000)
        var idf: [Float] = [], coef: [Float] = []
        var folds: [(intercept: Double, a: Double, b: Double)] = []
        var text = tsv
        text.withUTF8 { bytes in
            let n = bytes.count
            var i = 0
            while i < n {
                var end = i
                while end < n && bytes[end] != 0x0A { end += 1 }
                defer { i = end + 1 }
                guard end > i else { continue }
                if bytes[i] == 0x23 {   // "#": comments, and the folds line
                    let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<end]), as: UTF8.self)
                    if line.hasPrefix("# folds\t") {
                        for cell in line.split(separator: "\t").dropFirst() {
                            let v = cell.split(separator: ",").compactMap { Double($0) }
                            if v.count == 3 { folds.append((v[0], v[1], v[2])) }
                        }
                    }
                    continue
                }
                var tab = i
                while tab < end && bytes[tab] != 0x09 { tab += 1 }
                guard tab < end else { continue }
                var ascii = true
                var h = WordHash.seed
                for k in i..<tab {
                    let b = bytes[k]
                    if b >= 0x80 { ascii = false; break }
                    h = WordHash.step(h, UInt32(b >= 0x41 && b <= 0x5A ? b + 32 : b))
                }
                if !ascii { h = WordHash.of(String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<tab]), as: UTF8.self)) }
                var numbers: [Float] = []
                numbers.reserveCapacity(6)
                var k = tab + 1
                while k < end {
                    var j = k
                    while j < end && bytes[j] != 0x09 { j += 1 }
                    numbers.append(OffensiveModel.decimal(bytes, k, j))
                    k = j + 1
                }
                guard numbers.count >= 2 else { continue }
                index[h] = Int32(idf.count)
                idf.append(numbers[0])
                coef.append(contentsOf: numbers.dropFirst())
            }
        }
        self.index = index
        self.idf = idf
        self.coef = coef
        self.folds = folds
    }

    /// "-0.1234" → -0.1234 (the exporter writes plain fixed-point numbers).
    static func decimal(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Float {
        var i = start
        var negative = false
        if i < end && b[i] == 0x2D { negative = true; i += 1 }
        var whole: Double = 0, fraction: Double = 0, scale: Double = 1
        while i < end && b[i] >= 0x30 && b[i] <= 0x39 { whole = whole * 10 + Double(b[i] - 0x30); i += 1 }
        if i < end && b[i] == 0x2E {
            i += 1
            while i < end && b[i] >= 0x30 && b[i] <= 0x39 { fraction = fraction * 10 + Double(b[i] - 0x30); scale *= 10; i += 1 }
        }
        let v = whole + fraction / scale
        return Float(negative ? -v : v)
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
