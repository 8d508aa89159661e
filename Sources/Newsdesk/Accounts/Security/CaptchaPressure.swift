import Foundation
import NIOConcurrencyHelpers

/// Counts the captchas each address asked for in the current minute (on this node) and makes them harder for an
/// address that asks often: each doubling past `freePerMinute` adds a bit of proof-of-work, up to `maxExtraBits`
/// (each bit doubles the work a script must do; people solving a few forms never notice).
final class CaptchaPressure: Sendable {
    let freePerMinute: Int
    let maxExtraBits: Int
    private let counts = NIOLockedValueBox<(minute: Int, perAddress: [String: Int])>((0, [:]))

    init(freePerMinute: Int = 10, maxExtraBits: Int = 4) {
        self.freePerMinute = freePerMinute
        self.maxExtraBits = maxExtraBits
    }

    /// Counts this request and tells how many bits to add to the base difficulty.
    func extraBits(for address: String, now: Date) -> Int {
        let minute = Int(now.timeIntervalSince1970 / 60)
        let count = counts.withLockedValue { state -> Int in
            if state.minute != minute { state = (minute, [:]) }
            let n = (state.perAddress[address] ?? 0) + 1
            state.perAddress[address] = n
            return n
        }
        guard count > freePerMinute else { return 0 }
        return min(maxExtraBits, Int(log2(Double(count) / Double(freePerMinute))) + 1)
    }
}
