import Foundation
import Testing
@testable import Newsdesk

@Suite("Edition time formatting")
struct EditionClockTests {
    @Test(arguments: [
        ("Europe/Moscow", "en", "03:51 GMT+3, 23 September 2017"),
        ("Europe/Moscow", "ru", "03:51 GMT+3, 23 сентября 2017"),
        ("Asia/Riyadh", "ar", "03:51 GMT+3, 23 سبتمبر 2017"),
        ("Europe/London", "en", "01:51 GMT+1, 23 September 2017"),
        ("UTC", "en", "00:51 GMT, 23 September 2017"),
        ("Asia/Kolkata", "en", "06:21 GMT+5:30, 23 September 2017"),
        ("America/New_York", "en", "20:51 GMT-4, 22 September 2017"),
    ])
    func headerTimeIsInTheEditionsZone(zone: String, language: String, expected: String) throws {
        let tz = try #require(TimeZone(identifier: zone))
        #expect(EditionClock.headerTime(Date(timeIntervalSince1970: 1_506_127_860), zone: tz, language: language) == expected)
    }

    @Test func isoTimesCarryTheOffset() throws {
        let tz = try #require(TimeZone(identifier: "Europe/Moscow"))
        #expect(EditionClock.iso8601(Date(timeIntervalSince1970: 1_506_127_860), zone: tz) == "2017-09-23T03:51:00+03:00")
        #expect(EditionClock.iso8601(Date(timeIntervalSince1970: 1_506_127_860), zone: .gmt) == "2017-09-23T00:51:00+00:00")
    }

    @Test func cursorsRoundTripAndRejectGarbage() {
        let c = FeedCursor(seconds: 1_506_127_860, id: 42)
        #expect(FeedCursor(token: c.token) == c)
        for bad in ["", "!!", "MTIz", String(repeating: "A", count: 200), "LTEuLTE"] {
            #expect(FeedCursor(token: bad) == nil, "\(bad)")
        }
    }

    /// The wall-clock fields come from integer arithmetic: they must agree with Foundation's calendar everywhere,
    /// across daylight-saving changes, leap days, odd offsets and dates before 1970.
    @Test func wallClockArithmeticAgreesWithTheGregorianCalendar() throws {
        var rng = SystemRandomNumberGenerator()
        let zones = ["UTC", "Europe/London", "Europe/Moscow", "Asia/Riyadh", "America/New_York", "Asia/Kathmandu",
                     "Pacific/Chatham", "Australia/Lord_Howe", "America/St_Johns"].compactMap(TimeZone.init(identifier:))
        #expect(zones.count == 9)
        var fixed: [Double] = [0, -1, 951_782_400, 951_868_799, 4_107_542_400, -2_208_988_800, 1_711_846_800, 1_711_850_400]
        for _ in 0..<3_000 { fixed.append(Double(Int64.random(in: -2_208_988_800...4_102_444_800, using: &rng)) + 0.75) }
        for seconds in fixed {
            let date = Date(timeIntervalSince1970: seconds)
            for zone in zones {
                var calendar = Calendar(identifier: .gregorian)
                calendar.timeZone = zone
                let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
                let expected = EditionClock.Parts(year: c.year!, month: c.month!, day: c.day!, hour: c.hour!, minute: c.minute!, second: c.second!)
                let got = EditionClock.components(date, offset: zone.secondsFromGMT(for: date))
                #expect(got == expected, "\(seconds) in \(zone.identifier)")
                if got != expected { return }
            }
        }
        #expect(EditionClock.iso8601(Date(timeIntervalSince1970: 1_506_127_860), zone: TimeZone(identifier: "Asia/Kathmandu")!)
                == "2017-09-23T06:36:00+05:45")
        #expect(EditionClock.iso8601(Date(timeIntervalSince1970: -1), zone: .gmt) == "1969-12-31T23:59:59+00:00")
        #expect(EditionClock.iso8601(Date(timeIntervalSince1970: 1_506_127_860), zone: TimeZone(identifier: "America/St_Johns")!)
                == "2017-09-22T22:21:00-02:30")
    }
}
