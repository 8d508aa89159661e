import Foundation

/// An open-addressing hash map from 64-bit word hashes to small integers.
///
/// The keys are already well-mixed FNV hashes, so a multiply-shift bucket index is enough; Swift's `Dictionary`
/// re-hashes every key with SipHash, which showed up as the single largest cost in the benchmark profile.
struct HashTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var shift: UInt64
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 8) {
        var size = 8
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: 0, count: size)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    @inline(__always)
    private static func normal(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    subscript(key: UInt64) -> Int32? {
        get {
            let k = HashTable.normal(key)
            var i = slot(k)
            while true {
                let stored = keys[i]
                if stored == k { return values[i] }
                if stored == 0 { return nil }
                i = (i + 1) & mask
            }
        }
        set {
            guard let value = newValue else { preconditionFailure("HashTable does not remove keys") }
            if (count + 1) * 2 > keys.count { grow() }
            let k = HashTable.normal(key)
            var i = slot(k)
            while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
            if keys[i] == 0 { count += 1 }
            keys[i] = k
            values[i] = value
        }
    }

    func contains(_ key: UInt64) -> Bool { self[key] != nil }

    mutating func insert(_ key: UInt64) { if self[key] == nil { self[key] = 0 } }

    private mutating func grow() {
        var bigger = HashTable(capacity: keys.count)
        for i in keys.indices where keys[i] != 0 { bigger[keys[i]] = values[i] }
        self = bigger
    }
}

extension HashTable {
    init<S: Sequence>(set: S) where S.Element == UInt64 {
        self.init()
        for k in set { insert(k) }
    }
}

