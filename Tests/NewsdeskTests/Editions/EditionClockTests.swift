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
}
