import Foundation

/// Recent comments by all accounts, indexed by MinHash signatures with LSH buckets, for flash-mob detection.
///
/// Text is normalised (case, punctuation, emoji and spacing dropped) into character 4-gram shingles; a
/// 24-value MinHash signature is split into 6 bands of 4, and each band hashes into a bucket. A query only looks at
/// the entries sharing a bucket (at most `bucketScanLimit` most recent per bucket), so its cost does not grow with
/// the number of comments indexed. Entries older than `window` before the newest one, or beyond `capacity`, are
/// evicted in insertion order, so memory stays bounded.
///
/// `@unchecked Sendable` is sound here: every stored property is either immutable (`let`) or only read and written
/// while holding `lock`, so concurrent requests of a server can insert and query the same index safely.
public final class NearDuplicateIndex: @unchecked Sendable {
    public struct Match: Sendable, Equatable {
        public var id: String?
        public var author: String
        public var time: Date
        /// Estimated Jaccard similarity of the two texts' shingles (0...1).
        public var similarity: Double
    }

    struct Signature: Sendable {
        var values: [UInt32]
        var bands: [UInt64]
    }

    private struct Entry {
        var key: Int
        var id: String?
        var author: String
        var time: Date
        var signature: [UInt32]
        var bands: [UInt64]
    }

    static let hashes = 24
    static let rows = 4
    static let minimumNormalisedLength = 32
    static let minimumWords = 5
    static let bucketScanLimit = 64
    /// Only the first 1,000 normalised characters are shingled: copies that agree that far are copies.
    static let streamLimit = 1000

    public let window: TimeInterval
    public let capacity: Int
    private let lock = NSLock()
    /// Entry `key` lives in slot `key % capacity`; keys grow by one per insert and at most `capacity` are live, so
    /// a slot is looked up without hashing.
    private var slots: [Entry?]
    private var live = 0
    private var order: [Int] = []
    private var orderHead = 0
    private var nextID = 0
    private var buckets: [UInt64: [Int]] = [:]
    private var newest = Date.distantPast
    private var lastExamined = 0

    /// How many indexed entries the last query compared (for tests and the benchmark: it must not grow with `count`).
    public var lastQueryExamined: Int { lock.withLock { lastExamined } }

    public init(window: TimeInterval = 3600, capacity: Int = 200_000) {
        self.window = window
        self.capacity = max(1, capacity)
        self.slots = []
    }

    /// Must hold the lock.
    private func entry(_ key: Int) -> Entry? {
        let slot = key % capacity
        guard slot < slots.count, let e = slots[slot], e.key == key else { return nil }
        return e
    }

    /// Number of comments currently indexed.
    public var count: Int { lock.withLock { live } }

    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The signature of a text, or nil when it is too short to call two texts near-identical.
    static func signature(_ scan: TextScan) -> Signature? {
        // Normalised stream: folded letters and digits of each word, one space between words.
        var stream: [UInt32] = []
        stream.reserveCapacity(min(scan.count, streamLimit))
        for t in scan.tokens {
            if !stream.isEmpty { stream.append(0x20) }
            for i in t.start..<t.end where scan.kinds[i] == .letter || scan.kinds[i] == .digit { stream.append(scan.folded[i]) }
            if stream.count >= streamLimit { break }
        }
        // Short stock phrases ("RIP", "my condolences to the family") are posted by many people in good faith.
        guard stream.count >= minimumNormalisedLength, scan.tokens.count >= minimumWords else { return nil }
        // One-permutation MinHash: each shingle is hashed once and lands in one of 24 bins, each keeping its
        // minimum; empty bins borrow from the next filled one (rotation densification). One hash per shingle
        // instead of 24 keeps the signature a small part of a comment's cost.
        var mins = [UInt64](repeating: .max, count: hashes)
        mins.withUnsafeMutableBufferPointer { m in
            for i in 0...(stream.count - 4) {
                let sh = (UInt64(stream[i]) << 48) ^ (UInt64(stream[i + 1]) << 32) ^ (UInt64(stream[i + 2]) << 16) ^ UInt64(stream[i + 3])
                let h = mix(sh)
                let bin = Int(((h >> 32) &* UInt64(hashes)) >> 32)
                let value = h & 0xFFFF_FFFF
                if value < m[bin] { m[bin] = value }
            }
            for k in 0..<hashes where m[k] == .max {
                var d = 1
                while d < hashes && m[(k + d) % hashes] == .max || (d < hashes && m[(k + d) % hashes] > 0xFFFF_FFFF) { d += 1 }
                if d < hashes { m[k] = 0x1_0000_0000 | (mix(m[(k + d) % hashes] &+ UInt64(d)) & 0xFFFF_FFFF) }
            }
        }
        let values = mins.map { UInt32(truncatingIfNeeded: $0 ^ ($0 >> 32)) }
        var bands: [UInt64] = []
        for b in 0..<(hashes / rows) {
            var h = UInt64(b) &* 0x100_0000_01B3
            for r in 0..<rows { h = mix(h ^ UInt64(values[b * rows + r])) }
            bands.append(h)
        }
        return Signature(values: values, bands: bands)
    }

    static func similarity(_ a: [UInt32], _ b: [UInt32]) -> Double {
        var same = 0
        for k in 0..<min(a.count, b.count) where a[k] == b[k] { same += 1 }
        return Double(same) / Double(hashes)
    }

    /// Adds a comment. Texts too short to compare are not indexed.
    public func insert(text: String, author: String, time: Date, id: String? = nil) {
        guard let sig = NearDuplicateIndex.signature(TextScan(text)) else { return }
        insert(signature: sig, author: author, time: time, id: id)
    }

    func insert(signature sig: Signature, author: String, time: Date, id: String?) {
        lock.withLock {
            let key = nextID
            nextID += 1
            let slot = key % capacity
            if slot >= slots.count { slots.append(nil) }
            if let old = slots[slot] { remove(old) }
            slots[slot] = Entry(key: key, id: id, author: author, time: time, signature: sig.values, bands: sig.bands)
            live += 1
            order.append(key)
            for b in sig.bands {
                // Queries read only the newest entries of a bucket, so a bucket keeps at most twice that many:
                // thousands of identical comments cannot make insertions or evictions slow.
                buckets[b, default: []].append(key)
                if buckets[b]!.count > 2 * NearDuplicateIndex.bucketScanLimit {
                    buckets[b]!.removeFirst(NearDuplicateIndex.bucketScanLimit)
                }
            }
            if time > newest { newest = time }
            evict()
        }
    }

    /// Must hold the lock.
    private func evict() {
        let limit = newest.addingTimeInterval(-window)
        while orderHead < order.count {
            let key = order[orderHead]
            guard let e = entry(key) else { orderHead += 1; continue }
            guard e.time < limit else { break }
            remove(e)
            orderHead += 1
        }
        if orderHead > 4096 && orderHead * 2 > order.count {
            // Keys evicted by capacity (their slot reused) are skipped above; compact the queue now and then.
            order.removeFirst(orderHead)
            orderHead = 0
        }
    }

    /// Must hold the lock.
    private func remove(_ e: Entry) {
        slots[e.key % capacity] = nil
        live -= 1
        for b in e.bands {
            if var list = buckets[b] {
                if let idx = list.firstIndex(of: e.key) { list.remove(at: idx) }
                buckets[b] = list.isEmpty ? nil : list
            }
        }
    }

    /// Near-duplicates of `text` posted by accounts other than `author` within the window before `time`.
    public func nearDuplicates(of text: String, author: String, at time: Date, threshold: Double = 0.6) -> [Match] {
        guard let sig = NearDuplicateIndex.signature(TextScan(text)) else { return [] }
        return nearDuplicates(of: sig, author: author, at: time, threshold: threshold)
    }

    func nearDuplicates(of sig: Signature, author: String, at time: Date, threshold: Double = 0.6) -> [Match] {
        lock.withLock {
            var checked: [Int] = []   // a few hundred at most, so a linear check beats hashing
            var out: [Match] = []
            let earliest = time.addingTimeInterval(-window)
            defer { lastExamined = checked.count }
            for b in sig.bands {
                guard let list = buckets[b] else { continue }
                for key in list.suffix(NearDuplicateIndex.bucketScanLimit) where !checked.contains(key) {
                    checked.append(key)
                    guard let e = entry(key), e.author != author, e.time >= earliest, e.time <= time else { continue }
                    let s = NearDuplicateIndex.similarity(sig.values, e.signature)
                    if s >= threshold { out.append(Match(id: e.id, author: e.author, time: e.time, similarity: s)) }
                }
            }
            return out
        }
    }
}
