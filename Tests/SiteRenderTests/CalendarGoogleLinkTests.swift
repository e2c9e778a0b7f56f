import SiteModel
import Testing
@testable import SiteRender

@Suite struct CalendarGoogleLinkTests {
    typealias Fixture = CalendarFixture

    @Test func timedEditionInUTC() throws {
        let site = Fixture.site([])
        let edition = Edition(series: .breizhpero, number: 4, title: "Le référencement naturel", date: Fixture.timed(2011, 11, 10, 19),
                              end: Fixture.timed(2011, 11, 10, 22), venue: Fixture.cantine, summary: "SEO & co")
        let url = try #require(CalendarRenderer.googleCalendarURL(for: edition, site: site))
        #expect(url == "https://calendar.google.com/calendar/render?action=TEMPLATE"
            + "&text=Breizh%E2%80%99p%C3%A9ro%20%234%20%E2%80%94%20Le%20r%C3%A9f%C3%A9rencement%20naturel"
            + "&dates=20111110T180000Z/20111110T210000Z"
            + "&details=SEO%20%26%20co%0A%0Ahttps%3A%2F%2Fwww.silicon-kerne.net%2Feditions%2F4%2F"
            + "&location=Cantine%20num%C3%A9rique%20de%20Cornouaille%2C%20Creac%E2%80%99h%20Gwen%2C%20Quimper")
    }

    @Test func summerTimeAndDefaultDuration() throws {
        let edition = Edition(series: .breizhpero, number: 6, title: "t", date: Fixture.timed(2012, 3, 29, 19))
        let url = try #require(CalendarRenderer.googleCalendarURL(for: edition, site: Fixture.site([])))
        #expect(url.contains("&dates=20120329T170000Z/20120329T200000Z&"))
        #expect(!url.contains("location="))
    }

    @Test func allDayEditionWithExclusiveEnd() throws {
        let edition = Edition(series: .breizhpero, number: 1, title: "t", date: EventDate(year: 2011, month: 2, day: 23))
        let url = try #require(CalendarRenderer.googleCalendarURL(for: edition, site: Fixture.site([])))
        #expect(url.contains("&dates=20110223/20110224&"))
    }

    @Test func monthPrecisionHasNoLink() {
        let edition = Edition(series: .breizhpero, number: 2, title: "t", date: EventDate(year: 2011, month: 4))
        #expect(CalendarRenderer.googleCalendarURL(for: edition, site: Fixture.site([])) == nil)
    }

    @Test func percentEncodingKeepsOnlyUnreservedCharacters() {
        #expect(CalendarRenderer.percentEncoded("aZ09-._~ /?#&=+;,'\n€") == "aZ09-._~%20%2F%3F%23%26%3D%2B%3B%2C%27%0A%E2%82%AC")
    }
}
