import CompressNIO
import Crypto
import Foundation
import NIOConcurrencyHelpers
import NIOCore

/// Rendered pages for anonymous readers, kept in memory under a byte budget (least recently used go first).
/// Entries carry tags ("edition:3", "article:42"); writes invalidate by tag, never by a timer alone.
///
/// The header clock changes every minute, so a page is kept split at the clock marker; once a minute it is put
/// together with the current time and compressed (gzip), and every hit in that minute gets those bytes as they are.
/// Counters on a page (views) are as of its rendering: a counter changing never evicts a page; `maxAge` bounds how
/// old the figures can get. The work of splitting and compressing happens outside the lock, so a read never waits
/// for another page being stored.
final class PageCache: Sendable {
    /// A page as stored: its pieces, and the assembled bytes of the current minute.
    final class Entry: Sendable {
        let parts: [String]
        let contentType: String
        /// Digest of the rendered page; with the minute it makes the ETag.
        let digest: String
        let tags: Set<String>
        /// The tags as `Surrogate-Key` (space-separated) and `Cache-Tag` (comma-separated) headers send them.
        let surrogateKey: String
        let cacheTag: String
        let editionZone: TimeZone
        let editionLanguage: String
        /// The article whose view a hit counts.
        let viewOf: Int?
        /// The route pattern that rendered it, for the metrics of hits answered before routing.
        let route: String
        /// Bytes of the pieces and the key (the renditions are counted when the page is stored).
        let size: Int
        let storedAt: Date
        private let current = NIOLockedValueBox<Rendition?>(nil)

        struct Rendition: Sendable {
            let minute: Int
            let etag: String
            let gzipETag: String
            let identity: ByteBuffer
            let gzip: ByteBuffer
        }

        init(parts: [String], contentType: String, digest: String, tags: Set<String>, editionZone: TimeZone,
             editionLanguage: String, viewOf: Int?, route: String = "unmatched", size: Int, storedAt: Date) {
            self.parts = parts
            self.contentType = contentType
            self.digest = digest
            self.tags = tags
            let sorted = tags.sorted()
            self.surrogateKey = sorted.joined(separator: " ")
            self.cacheTag = sorted.joined(separator: ",")
            self.editionZone = editionZone
            self.editionLanguage = editionLanguage
            self.viewOf = viewOf
            self.route = route
            self.size = size
            self.storedAt = storedAt
        }

        /// The page with the clock of this minute, plain and gzip-compressed; built once a minute.
        func rendition(at now: Date) -> Rendition {
            let minute = Int(now.timeIntervalSince1970 / 60)
            if let r = current.withLockedValue({ $0 }), r.minute == minute { return r }
            let html = assembled(at: now)
            var identity = ByteBufferAllocator().buffer(capacity: html.utf8.count)
            identity.writeString(html)
            var source = identity
            let gzip = (try? source.compress(with: PageCache.gzip)) ?? identity
            let r = Rendition(minute: minute, etag: "\"\(digest)-\(minute)\"", gzipETag: "\"\(digest)-\(minute)-gz\"",
                              identity: identity, gzip: gzip)
            current.withLockedValue { $0 = r }
            return r
        }

        func assembled(at now: Date) -> String {
            guard parts.count > 1 else { return parts.first ?? "" }
            let clock = "<time class=\"site-clock\" datetime=\"\(EditionClock.iso8601(now, zone: editionZone))\">"
                + EditionClock.headerTime(now, zone: editionZone, language: editionLanguage) + "</time>"
            return parts.joined(separator: clock)
        }
    }

    static let clockMarker = "\u{2063}nd-clock\u{2063}"

    /// zlib level 3: a 41 KB article compresses in half the time of the default level 6 (0.37 against 0.78 ms, a
    /// tenth of an uncached render) into 9% more bytes (7.9 against 7.2 KB), still fewer than nginx's default
    /// level 1 sends (8.2 KB). A page is compressed on every render and once a minute while cached.
    static let gzip = CompressionAlgorithm.gzip(configuration: .init(compressionLevel: .compressionLevel3))

    private struct State {
        /// Each page with its last use and the bytes it holds: its pieces, and the plain and gzip renditions.
        var entries: [String: (entry: Entry, lastUse: UInt64, bytes: Int)] = [:]
        var keysByTag: [String: Set<String>] = [:]
        var bytes = 0
        var tick: UInt64 = 0
        var hits = 0
        var misses = 0
        var stores = 0
    }

    private let budget: Int
    /// How old a page may get before it is rendered again, so its counters stay fresh without evicting on each change.
    let maxAge: TimeInterval
    private let state = NIOLockedValueBox(State())
    /// Concurrent misses of one page render it once.
    let renders = RenderGate()

    /// Other nodes' caches hear every invalidation through the bus.
    private let bus: NodeBus?
    /// Data many pages show alike, dropped by the same tags as the pages (none kept when the cache is off).
    let shared: SharedParts

    init(budgetBytes: Int, maxAge: TimeInterval = 300, bus: NodeBus? = nil) {
        self.budget = budgetBytes
        self.maxAge = maxAge
        self.bus = bus
        shared = SharedParts(maxAge: budgetBytes > 0 ? 60 : 0)
    }

    var hits: Int { state.withLockedValue { $0.hits } }
    var misses: Int { state.withLockedValue { $0.misses } }
    /// Pages rendered and stored since start.
    var stores: Int { state.withLockedValue { $0.stores } }
    var count: Int { state.withLockedValue { $0.entries.count } }
    /// Bytes held by the stored pages, as the budget counts them.
    var bytes: Int { state.withLockedValue { $0.bytes } }

    func get(_ key: String, now: Date = Date(), countingMiss: Bool = true) -> Entry? {
        state.withLockedValue { s in
            guard let found = s.entries[key], now.timeIntervalSince(found.entry.storedAt) < maxAge else {
                if countingMiss { s.misses += 1 }
                return nil
            }
            s.hits += 1
            s.tick += 1
            s.entries[key]?.lastUse = s.tick
            return found.entry
        }
    }

    /// Splits and digests the page (outside the lock), then stores it if it fits the budget.
    @discardableResult
    func put(_ key: String, html: String, contentType: String, tags: Set<String>, zone: TimeZone, language: String,
             viewOf: Int? = nil, route: String = "unmatched", now: Date = Date()) -> Entry {
        let entry = Self.entry(html: html, key: key, contentType: contentType, tags: tags, zone: zone, language: language,
                               viewOf: viewOf, route: route, now: now)
        guard budget > 0 else { return entry }
        // The page is answered right after it is stored, so its first rendition is made here, and counted: the plain
        // and compressed copies hold more memory than the pieces (a budget that counted only the pieces let the cache
        // grow to nearly twice its size).
        let first = entry.rendition(at: now)
        let bytes = entry.size + first.identity.readableBytes + first.gzip.readableBytes
        guard bytes <= budget / 4 else { return entry }
        state.withLockedValue { s in
            Self.remove(key, from: &s)
            s.tick += 1
            s.stores += 1
            s.entries[key] = (entry, s.tick, bytes)
            s.bytes += bytes
            for tag in tags { s.keysByTag[tag, default: []].insert(key) }
            if s.bytes > budget { Self.evict(&s, target: budget * 3 / 4) }
        }
        return entry
    }

    /// An entry that is not stored (pages for one reader) but is served the same way.
    static func entry(html: String, key: String = "", contentType: String, tags: Set<String>, zone: TimeZone, language: String,
                      viewOf: Int?, route: String = "unmatched", now: Date) -> Entry {
        let digest = SHA256.hash(data: Data(html.utf8)).prefix(12).map { byte in
            String(Self.hexDigits[Int(byte >> 4)]) + String(Self.hexDigits[Int(byte & 0x0F)])
        }.joined()
        return Entry(parts: Self.split(html, on: clockMarker), contentType: contentType, digest: digest, tags: tags,
                     editionZone: zone, editionLanguage: language, viewOf: viewOf, route: route,
                     size: html.utf8.count + key.utf8.count + 256, storedAt: now)
    }

    private static let hexDigits = Array("0123456789abcdef")

    /// `text` cut at every `marker`, by bytes: Foundation's `components(separatedBy:)` compares with string options
    /// and was a good part of storing a rendered page. The marker is found with `memchr`/`memcmp`, and the parts are
    /// sliced from the string itself (they start and end where a whole marker does, so they need no new check that
    /// they are valid UTF-8).
    static func split(_ text: String, on marker: String) -> [String] {
        var text = text
        var marker = marker
        let needleCount = marker.utf8.count
        guard needleCount > 0 else { return [text] }
        let offsets: [Int] = text.withUTF8 { bytes in
            marker.withUTF8 { needle in
                guard let base = bytes.baseAddress, let needleBase = needle.baseAddress else { return [] }
                var found: [Int] = []
                var i = 0
                while i + needleCount <= bytes.count,
                      let hit = memchr(base + i, Int32(needle[0]), bytes.count - i - needleCount + 1) {
                    let at = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                    if memcmp(base + at, needleBase, needleCount) == 0 {
                        found.append(at)
                        i = at + needleCount
                    } else {
                        i = at + 1
                    }
                }
                return found
            }
        }
        guard !offsets.isEmpty else { return [text] }
        let utf8 = text.utf8
        var parts: [String] = []
        parts.reserveCapacity(offsets.count + 1)
        var start = utf8.startIndex
        for at in offsets {
            let hit = utf8.index(utf8.startIndex, offsetBy: at)
            parts.append(String(text[start..<hit]))
            start = utf8.index(hit, offsetBy: needleCount)
        }
        parts.append(String(text[start...]))
        return parts
    }

    /// Drops the pages with these tags here and on every other node.
    func invalidate(tags: Set<String>) {
        invalidateLocally(tags: tags)
        if !tags.isEmpty { bus?.publish(.invalidate(tags: tags.sorted())) }
    }

    func invalidateLocally(tags: Set<String>) {
        shared.invalidate(tags: tags)
        state.withLockedValue { s in
            for tag in tags {
                guard let keys = s.keysByTag.removeValue(forKey: tag) else { continue }
                for key in keys { Self.remove(key, from: &s) }
            }
        }
    }

    func removeAll() {
        shared.removeAll()
        state.withLockedValue { s in
            s.entries.removeAll()
            s.keysByTag.removeAll()
            s.bytes = 0
        }
    }

    private static func remove(_ key: String, from s: inout State) {
        guard let old = s.entries.removeValue(forKey: key) else { return }
        s.bytes -= old.bytes
        for tag in old.entry.tags {
            s.keysByTag[tag]?.remove(key)
            if s.keysByTag[tag]?.isEmpty == true { s.keysByTag[tag] = nil }
        }
    }

    /// Drops the least recently used pages down to `target` bytes at once, so eviction work is rare.
    private static func evict(_ s: inout State, target: Int) {
        for (key, _) in s.entries.sorted(by: { $0.value.lastUse < $1.value.lastUse }) {
            if s.bytes <= target { break }
            remove(key, from: &s)
        }
    }
}
