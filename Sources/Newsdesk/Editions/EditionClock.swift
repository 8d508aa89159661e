import Foundation

/// Formats times the way the outlet prints them: `03:51 GMT+3, 23 September 2017`, in the edition's zone.
/// Month names are tables rather than locale data so the output is the same on every machine.
enum EditionClock {
    private static let englishMonths = ["January", "February", "March", "April", "May", "June", "July",
                                        "August", "September", "October", "November", "December"]
    private static let russianMonths = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля",
                                        "августа", "сентября", "октября", "ноября", "декабря"]
    private static let arabicMonths = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو",
                                       "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]

    private static func months(_ language: String) -> [String] {
        switch language.prefix(2) {
        case "ru": russianMonths
        case "ar": arabicMonths
        default: englishMonths
        }
    }

    static func headerTime(_ date: Date, zone: TimeZone, language: String) -> String {
        let parts = components(date, zone: zone)
        return "\(twoDigits(parts.hour)):\(twoDigits(parts.minute)) \(gmtOffset(date, zone: zone)), \(dayMonthYear(parts, language: language))"
    }

    /// `14:05, 3 March 2026` — used on articles and listings.
    static func articleTime(_ date: Date, zone: TimeZone, language: String) -> String {
        let parts = components(date, zone: zone)
        return "\(twoDigits(parts.hour)):\(twoDigits(parts.minute)) \(gmtOffset(date, zone: zone)), \(dayMonthYear(parts, language: language))"
    }

    /// `14:05` — compact time for "Latest news" lists.
    static func shortTime(_ date: Date, zone: TimeZone) -> String {
        let parts = components(date, zone: zone)
        return "\(twoDigits(parts.hour)):\(twoDigits(parts.minute))"
    }

    /// `3 March` — compact day for listings.
    static func dayMonth(_ date: Date, zone: TimeZone, language: String) -> String {
        let parts = components(date, zone: zone)
        let names = months(language)
        return "\(parts.day) \(names[parts.month - 1])"
    }

    /// ISO-8601 with the zone's offset, e.g. `2026-11-29T04:51:00+03:00`: what the API and `<time datetime>` use.
    static func iso8601(_ date: Date, zone: TimeZone) -> String {
        let offset = zone.secondsFromGMT(for: date)
        let parts = components(date, offset: offset)
        let sign = offset < 0 ? "-" : "+"
        let abs = Swift.abs(offset)
        let digits = String(max(parts.year, 0))
        let year = String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        return "\(year)-\(twoDigits(parts.month))-\(twoDigits(parts.day))T\(twoDigits(parts.hour)):\(twoDigits(parts.minute)):"
            + "\(twoDigits(parts.second))\(sign)\(twoDigits(abs / 3600)):\(twoDigits((abs % 3600) / 60))"
    }

    static func gmtOffset(_ date: Date, zone: TimeZone) -> String {
        let offset = zone.secondsFromGMT(for: date)
        if offset == 0 { return "GMT" }
        let sign = offset < 0 ? "-" : "+"
        let hours = Swift.abs(offset) / 3600
        let minutes = (Swift.abs(offset) % 3600) / 60
        return minutes == 0 ? "GMT\(sign)\(hours)" : "GMT\(sign)\(hours):\(twoDigits(minutes))"
    }

    struct Parts: Equatable { let year, month, day, hour, minute, second: Int }

    private static func components(_ date: Date, zone: TimeZone) -> Parts {
        components(date, offset: zone.secondsFromGMT(for: date))
    }

    /// The wall-clock fields of `date` at `offset` seconds from UTC, by integer arithmetic on the proleptic Gregorian
    /// calendar (Howard Hinnant's `civil_from_days`). Pages format several times per card, and building a
    /// `Calendar` for each was a good part of rendering a page or a sitemap.
    static func components(_ date: Date, offset: Int) -> Parts {
        let t = Int(date.timeIntervalSince1970.rounded(.down)) + offset
        var days = t / 86_400
        var seconds = t % 86_400
        if seconds < 0 { seconds += 86_400; days -= 1 }
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return Parts(year: year, month: month, day: day, hour: seconds / 3_600, minute: (seconds % 3_600) / 60, second: seconds % 60)
    }

    private static func dayMonthYear(_ p: Parts, language: String) -> String {
        let names = months(language)
        return "\(p.day) \(names[p.month - 1]) \(p.year)"
    }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
