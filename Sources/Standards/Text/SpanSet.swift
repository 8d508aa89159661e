import Foundation

/// Sorted, possibly overlapping scalar ranges with a logarithmic "is this position inside one?" query, so that
/// filtering many matches against many spans stays O(n log n) on adversarial input.
struct SpanSet {
    private var starts: [Int] = []
    private var maxEnds: [Int] = []   // running maximum of ends, aligned with starts

    init<S: Sequence>(_ ranges: S) where S.Element == Range<Int> {
        let sorted = ranges.sorted { $0.lowerBound < $1.lowerBound }
        var running = Int.min
        for r in sorted {
            starts.append(r.lowerBound)
            running = max(running, r.upperBound)
            maxEnds.append(running)
        }
    }

    var isEmpty: Bool { starts.isEmpty }

    /// True when some range contains `position`.
    func contains(_ position: Int) -> Bool {
        // Last range starting at or before position.
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] <= position { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return false }
        return maxEnds[lo - 1] > position
    }
}
