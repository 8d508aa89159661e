import Foundation
import NIOConcurrencyHelpers

/// Data that many pages show alike (an edition's side column of latest news, picks and galleries), read from the
/// database once and kept beside the page cache under the same tags: whatever drops the pages of `edition:3` on any
/// node drops the parts of `edition:3` too, and nothing is kept longer than `maxAge`.
///
/// Every article page of an edition shows the same side column: its three queries were half of the statements of
/// an uncached article render. A part built while an invalidation went by is used for that one request and not kept,
/// so a page rendered after a publish never shows what was there before it.
final class SharedParts: Sendable {
    private struct Part: @unchecked Sendable {
        // Only values the caller passed as Sendable are stored; the cast back is checked.
        let value: Any
        let tags: Set<String>
        let storedAt: Date
    }

    private struct State {
        var parts: [String: Part] = [:]
        /// Counts invalidations, so a part whose reading overlapped one is not stored.
        var generation: UInt64 = 0
    }

    let maxAge: TimeInterval
    private let state = NIOLockedValueBox(State())

    init(maxAge: TimeInterval = 60) {
        self.maxAge = maxAge
    }

    /// The part stored under `key`, or the one `build` reads (kept when no invalidation happened meanwhile).
    func value<V: Sendable>(_ key: String, tags: Set<String>, now: Date = Date(),
                            build: () async throws -> V) async throws -> V {
        let (found, generation) = state.withLockedValue { s -> (V?, UInt64) in
            guard let part = s.parts[key], now.timeIntervalSince(part.storedAt) < maxAge else { return (nil, s.generation) }
            return (part.value as? V, s.generation)
        }
        if let found { return found }
        let value = try await build()
        state.withLockedValue { s in
            guard s.generation == generation else { return }
            s.parts[key] = Part(value: value, tags: tags, storedAt: now)
        }
        return value
    }

    /// Drops the parts with any of these tags (the page cache calls this for every invalidation, local or heard).
    func invalidate(tags: Set<String>) {
        state.withLockedValue { s in
            s.generation &+= 1
            s.parts = s.parts.filter { $0.value.tags.isDisjoint(with: tags) }
        }
    }

    func removeAll() {
        state.withLockedValue { s in
            s.generation &+= 1
            s.parts.removeAll()
        }
    }

    var count: Int { state.withLockedValue { $0.parts.count } }
}
