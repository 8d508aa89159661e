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
        let parts = components(date, zone: zone)
        let offset = zone.secondsFromGMT(for: date)
        let sign = offset < 0 ? "-" : "+"
        let abs = Swift.abs(offset)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d%@%02d:%02d", parts.year, parts.month, parts.day,
                      parts.hour, parts.minute, parts.second, sign, abs / 3600, (abs % 3600) / 60)
    }

    static func gmtOffset(_ date: Date, zone: TimeZone) -> String {
        let offset = zone.secondsFromGMT(for: date)
        if offset == 0 { return "GMT" }
        let sign = offset < 0 ? "-" : "+"
        let hours = Swift.abs(offset) / 3600
        let minutes = (Swift.abs(offset) % 3600) / 60
        return minutes == 0 ? "GMT\(sign)\(hours)" : "GMT\(sign)\(hours):\(twoDigits(minutes))"
    }

    private struct Parts { let year, month, day, hour, minute, second: Int }

    private static func components(_ date: Date, zone: TimeZone) -> Parts {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return Parts(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1,
                     hour: c.hour ?? 0, minute: c.minute ?? 0, second: c.second ?? 0)
    }

    private static func dayMonthYear(_ p: Parts, language: String) -> String {
        let names = months(language)
        return "\(p.day) \(names[p.month - 1]) \(p.year)"
    }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
