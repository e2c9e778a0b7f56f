import Foundation
import Testing
@testable import SiteModel

@Suite struct EventDateTests {
    @Test func parsesTheThreePrecisions() throws {
        #expect(EventDate.parse("2011-04") == EventDate(year: 2011, month: 4))
        #expect(EventDate.parse("2011-02-23") == EventDate(year: 2011, month: 2, day: 23))
        #expect(EventDate.parse("2011-11-10T19:00") == EventDate(year: 2011, month: 11, day: 10, hour: 19, minute: 0))
        #expect(EventDate.parse("2011-11-10 19:00") == EventDate(year: 2011, month: 11, day: 10, hour: 19, minute: 0))
        #expect(EventDate.parse("2011-11-10T19:00+01:00")?.utcOffsetSeconds == 3600)
        #expect(EventDate.parse("2011-11-10T19:00Z")?.utcOffsetSeconds == 0)
    }

    @Test(arguments: ["2011", "2011-13", "2011-02-30", "2011-2-3", "2011-11-10T24:00", "2011-11-10T19:00+1",
                      "2011-11-10T19", "x011-01", "2011-04-31", "2011-11-10T19:00 ", ""])
    func rejectsMalformedDates(_ text: String) {
        #expect(EventDate.parse(text) == nil)
    }

    @Test func leapYears() {
        #expect(EventDate.parse("2012-02-29") != nil)
        #expect(EventDate.parse("2013-02-29") == nil)
        #expect(EventDate.parse("2000-02-29") != nil)
        #expect(EventDate.parse("1900-02-29") == nil)
    }

    @Test func instantsFollowTheTimeZoneAndItsSummerTime() throws {
        let paris = try #require(TimeZone(identifier: "Europe/Paris"))
        // 19:00 in Paris is 18:00 UTC in winter and 17:00 UTC in summer.
        let winter = EventDate(year: 2011, month: 11, day: 10, hour: 19, minute: 0).startInstant(in: paris)
        let summer = EventDate(year: 2012, month: 5, day: 10, hour: 19, minute: 0).startInstant(in: paris)
        #expect(winter.timeIntervalSince1970 == 1_320_948_000)
        #expect(summer.timeIntervalSince1970 == 1_336_669_200)
    }

    @Test func explicitOffsetsAreShownOnTheSiteClock() throws {
        let paris = try #require(TimeZone(identifier: "Europe/Paris"))
        let written = try #require(EventDate.parse("2011-11-10T18:00+00:00"))
        #expect(written.wallClock(in: paris) == EventDate(year: 2011, month: 11, day: 10, hour: 19, minute: 0))
        #expect(written.description == "2011-11-10T18:00+00:00")
    }

    @Test func upcomingIsDecidedByTheDay() {
        let edition = Edition(number: 1, title: "t", date: EventDate(year: 2013, month: 12, day: 5, hour: 19, minute: 0))
        #expect(edition.isUpcoming(relativeTo: EventDate(year: 2013, month: 12, day: 4)))
        #expect(!edition.isUpcoming(relativeTo: EventDate(year: 2013, month: 12, day: 5)))
    }
}
