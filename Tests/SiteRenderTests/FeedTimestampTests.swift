import Foundation
import SiteModel
import Testing
@testable import SiteRender

@Suite struct FeedTimestampTests {
    private func stamp(_ text: String, _ zone: String = "Europe/Paris") throws -> FeedTimestamp {
        FeedTimestamp(try #require(EventDate.parse(text)), in: try #require(TimeZone(identifier: zone)))
    }

    @Test func printsRFC822AndRFC3339() throws {
        let winter = try stamp("2011-11-10T19:00")
        #expect(winter.rfc822 == "Thu, 10 Nov 2011 19:00:00 +0100")
        #expect(winter.rfc3339 == "2011-11-10T19:00:00+01:00")
        let summer = try stamp("2012-05-10T19:05")
        #expect(summer.rfc822 == "Thu, 10 May 2012 19:05:00 +0200")
        #expect(summer.rfc3339 == "2012-05-10T19:05:00+02:00")
    }

    @Test func calendarArithmeticHoldsAtTheEdges() throws {
        #expect(try stamp("2012-02-29").rfc822 == "Wed, 29 Feb 2012 00:00:00 +0100")
        #expect(try stamp("2000-03-01", "UTC").rfc822 == "Wed, 01 Mar 2000 00:00:00 +0000")
        #expect(try stamp("1969-12-31T23:30", "UTC").rfc3339 == "1969-12-31T23:30:00+00:00")
        #expect(try stamp("1969-12-31T23:30", "UTC").rfc822 == "Wed, 31 Dec 1969 23:30:00 +0000")
        #expect(try stamp("2011-12-31T23:30Z").rfc3339 == "2012-01-01T00:30:00+01:00")
        #expect(try stamp("2011-03-27T03:00").rfc822 == "Sun, 27 Mar 2011 03:00:00 +0200")
    }

    @Test func negativeAndHalfHourOffsets() throws {
        #expect(try stamp("2012-07-04T12:00", "America/New_York").rfc822 == "Wed, 04 Jul 2012 12:00:00 -0400")
        #expect(try stamp("2012-07-04T12:00", "Asia/Kolkata").rfc3339 == "2012-07-04T12:00:00+05:30")
    }

    @Test func oldLocalMeanTimeStaysConsistent() throws {
        let old = try stamp("1900-06-01T12:00")
        #expect(old.utcOffsetSeconds % 60 == 0)
        #expect(old.rfc3339.hasPrefix("1900-06-01T"))
    }
}
