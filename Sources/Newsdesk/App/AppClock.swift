import Foundation

/// The one source of "now": passed into services so tests can fix time.
struct AppClock: Sendable {
    let now: @Sendable () -> Date

    static let system = AppClock { Date() }

    static func fixed(_ date: Date) -> AppClock { AppClock { date } }
}
