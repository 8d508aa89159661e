import Foundation
import Crypto

/// Rendered pages for anonymous readers, kept in memory under a byte budget (least recently used go first).
/// Entries carry tags ("edition:3", "article:42"); writes invalidate by tag, never by timer alone.
/// The header clock changes every minute, so pages are stored split at the clock marker and the current time
/// is put back in when they are served.
actor PageCache {
    struct Entry: Sendable {
        let parts: [String]
        let contentType: String
        let digest: String
        let tags: Set<String>
        let editionZone: TimeZone
        let editionLanguage: String
        /// The article whose view a hit counts.
        let viewOf: Int?
        let size: Int
        var lastUse: UInt64
    }

    static let clockMarker = "\u{2063}nd-clock\u{2063}"

    private let budget: Int
    private var entries: [String: Entry] = [:]
    private var keysByTag: [String: Set<String>] = [:]
    private var bytes = 0
    private var tick: UInt64 = 0
    private(set) var hits = 0
    private(set) var misses = 0

    init(budgetBytes: Int) {
        self.budget = budgetBytes
    }

    func get(_ key: String) -> Entry? {
        guard var entry = entries[key] else {
            misses += 1
            return nil
        }
        hits += 1
        tick += 1
        entry.lastUse = tick
        entries[key] = entry
        return entry
    }

    @discardableResult
    func put(_ key: String, html: String, contentType: String, tags: Set<String>, zone: TimeZone, language: String, viewOf: Int? = nil) -> Entry {
        let parts = html.components(separatedBy: Self.clockMarker)
        let size = html.utf8.count + key.utf8.count + 256
        let digest = SHA256.hash(data: Data(html.utf8)).prefix(12).map { String(format: "%02x", $0) }.joined()
        tick += 1
        let entry = Entry(parts: parts, contentType: contentType, digest: digest, tags: tags, editionZone: zone,
                          editionLanguage: language, viewOf: viewOf, size: size, lastUse: tick)
        guard budget > 0, size <= budget / 4 else { return entry }
        remove(key)
        entries[key] = entry
        bytes += size
        for tag in tags { keysByTag[tag, default: []].insert(key) }
        if bytes > budget { evict() }
        return entry
    }

    func invalidate(tags: Set<String>) {
        for tag in tags {
            guard let keys = keysByTag.removeValue(forKey: tag) else { continue }
            for key in keys { remove(key) }
        }
    }

    func removeAll() {
        entries.removeAll()
        keysByTag.removeAll()
        bytes = 0
    }

    var count: Int { entries.count }

    private func remove(_ key: String) {
        guard let old = entries.removeValue(forKey: key) else { return }
        bytes -= old.size
        for tag in old.tags {
            keysByTag[tag]?.remove(key)
            if keysByTag[tag]?.isEmpty == true { keysByTag[tag] = nil }
        }
    }

    /// Drops the least recently used quarter of the budget at once, so eviction work is rare.
    private func evict() {
        let target = budget * 3 / 4
        for (key, _) in entries.sorted(by: { $0.value.lastUse < $1.value.lastUse }) {
            if bytes <= target { break }
            remove(key)
        }
    }
}
