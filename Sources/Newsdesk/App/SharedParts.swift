import Foundation
import NIOConcurrencyHelpers

/// Data that many pages show alike (an edition's side column of latest news, picks and galleries), read from the
/// database once and kept beside the page cache under the same tags: whatever drops the pages of `edition:3` on any
/// node drops the parts of `edition:3` too, and nothing is kept longer than `maxAge`.
///
/// Every article page of an edition shows the same side column: its three queries were half of the statements of
/// an uncached article render. A part whose tag was invalidated while it was being read is used for that one request
/// and not kept, so a page rendered after a publish never shows what was there before it.
final class SharedParts: Sendable {
    private struct Part: @unchecked Sendable {
        // Only values the caller passed as Sendable are stored; the cast back is checked.
        let value: Any
        let tags: Set<String>
        let storedAt: Date
    }

    private struct State {
        var parts: [String: Part] = [:]
        /// Parts being read now, by ticket: their tags, and whether one of them was invalidated meanwhile.
        var reading: [UInt64: (tags: Set<String>, stale: Bool)] = [:]
        var nextTicket: UInt64 = 0
    }

    let maxAge: TimeInterval
    private let state = NIOLockedValueBox(State())

    init(maxAge: TimeInterval = 60) {
        self.maxAge = maxAge
    }

    /// The part stored under `key`, or the one `build` reads (kept unless one of its tags was invalidated meanwhile:
    /// only its own tags count, so the steady invalidations of other pages, a comment here and there, do not stop it
    /// from being kept).
    func value<V: Sendable>(_ key: String, tags: Set<String>, now: Date = Date(),
                            build: () async throws -> V) async throws -> V {
        let (found, ticket) = state.withLockedValue { s -> (V?, UInt64) in
            if let part = s.parts[key], now.timeIntervalSince(part.storedAt) < maxAge, let value = part.value as? V {
                return (value, 0)
            }
            s.nextTicket &+= 1
            s.reading[s.nextTicket] = (tags, false)
            return (nil, s.nextTicket)
        }
        if let found { return found }
        let value: V
        do {
            value = try await build()
        } catch {
            _ = state.withLockedValue { $0.reading.removeValue(forKey: ticket) }
            throw error
        }
        state.withLockedValue { s in
            guard let read = s.reading.removeValue(forKey: ticket), !read.stale else { return }
            s.parts[key] = Part(value: value, tags: tags, storedAt: now)
        }
        return value
    }

    /// Drops the parts with any of these tags (the page cache calls this for every invalidation, local or heard).
    func invalidate(tags: Set<String>) {
        state.withLockedValue { s in
            for (ticket, read) in s.reading where !read.tags.isDisjoint(with: tags) { s.reading[ticket]?.stale = true }
            s.parts = s.parts.filter { $0.value.tags.isDisjoint(with: tags) }
        }
    }

    func removeAll() {
        state.withLockedValue { s in
            for ticket in s.reading.keys { s.reading[ticket]?.stale = true }
            s.parts.removeAll()
        }
    }

    var count: Int { state.withLockedValue { $0.parts.count } }
}
