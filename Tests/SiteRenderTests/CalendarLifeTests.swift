import Foundation
import SiteModel
@testable import SiteRender
import Testing

private typealias Fixture = CalendarFixture

/// An event's life as calendars see it: stamps, sequence, zone names, where to add it.
@Suite("calendar life")
struct CalendarLifeTests {
    private func event(_ edition: Edition, now: EventDate?) throws -> [String] {
        try Fixture.event(edition.number, in: try Fixture.file("agenda.ics", in: CalendarRenderer.render(Fixture.site([edition]), now: now)))
    }

    @Test func stampIsNeverAfterTheBuildDayAndComesFromTheContent() throws {
        var upcoming = Edition(series: .breizhpero, number: 21, title: "t", date: Fixture.timed(2014, 2, 13, 19))
        let now = EventDate(year: 2013, month: 11, day: 1)
        // No `published`: the start of the build's day, not the event's start in the future.
        #expect(Fixture.value("DTSTAMP", in: try event(upcoming, now: now)) == "20131031T230000Z")
        upcoming.published = EventDate(year: 2013, month: 10, day: 20)
        #expect(Fixture.value("DTSTAMP", in: try event(upcoming, now: now)) == "20131019T220000Z")
        #expect(Fixture.value("LAST-MODIFIED", in: try event(upcoming, now: now)) == "20131019T220000Z")
        upcoming.updated = EventDate(year: 2013, month: 10, day: 25)
        #expect(Fixture.value("DTSTAMP", in: try event(upcoming, now: now)) == "20131024T220000Z")
        // Past: the event's start, as before; the same bytes build after build.
        let past = Edition(series: .breizhpero, number: 4, title: "t", date: Fixture.timed(2011, 11, 10, 19))
        #expect(Fixture.value("DTSTAMP", in: try event(past, now: now)) == "20111110T180000Z")
        #expect(try event(past, now: now) == event(past, now: now))
    }

    @Test func sequenceRisesWithStatusAndMoveWithoutTheContributor() throws {
        var edition = Edition(series: .breizhpero, number: 5, title: "t", date: Fixture.timed(2012, 1, 12, 19))
        #expect(Fixture.value("SEQUENCE", in: try event(edition, now: nil)) == "0")
        edition.previousDate = Fixture.timed(2012, 1, 5, 19)
        #expect(Fixture.value("SEQUENCE", in: try event(edition, now: nil)) == "1")
        edition.status = .cancelled
        #expect(Fixture.value("SEQUENCE", in: try event(edition, now: nil)) == "2")
        #expect(Fixture.value("STATUS", in: try event(edition, now: nil)) == "CANCELLED")
        edition.sequence = 3
        #expect(Fixture.value("SEQUENCE", in: try event(edition, now: nil)) == "5")
    }

    @Test func zoneNamesAreOurOwn() throws {
        let edition = Edition(series: .breizhpero, number: 5, title: "t", date: Fixture.timed(2012, 1, 12, 19))
        let lines = Fixture.unfoldedLines(try Fixture.file("agenda.ics", in: CalendarRenderer.render(Fixture.site([edition]))))
        let names = lines.filter { $0.hasPrefix("TZNAME:") }
        #expect(names == ["TZNAME:CET", "TZNAME:CEST", "TZNAME:CET"])
        #expect(ICalendarZoneName.name(identifier: "Europe/London", offsetSeconds: 3600, isDaylight: true) == "BST")
        #expect(ICalendarZoneName.name(identifier: "America/Montreal", offsetSeconds: -18000, isDaylight: false) == "UTC-0500")
        #expect(ICalendarZoneName.name(identifier: "UTC", offsetSeconds: 0, isDaylight: false) == "UTC")
    }

    @Test func outlookLinksGiveTheSameEventAsGoogle() throws {
        let edition = Edition(series: .breizhpero, number: 4, title: "Le référencement", date: Fixture.timed(2011, 11, 10, 19),
                              venue: Fixture.cantine)
        let event = try #require(CalendarEvent(edition: edition, config: Fixture.config()))
        let office = CalendarRenderer.outlookCalendarURL(for: event, host: "outlook.office.com")
        #expect(office.hasPrefix("https://outlook.office.com/calendar/0/deeplink/compose?path=%2Fcalendar%2Faction%2Fcompose&rru=addevent&subject="))
        #expect(office.contains("&startdt=2011-11-10T18%3A00%3A00Z&enddt=2011-11-10T21%3A00%3A00Z&body="))
        #expect(office.contains("&location=Cantine%20num%C3%A9rique"))
        let day = Edition(series: .breizhpero, number: 1, title: "t", date: EventDate(year: 2011, month: 2, day: 23))
        let live = CalendarRenderer.outlookCalendarURL(for: try #require(CalendarEvent(edition: day, config: Fixture.config())),
                                                       host: "outlook.live.com")
        #expect(live.hasPrefix("https://outlook.live.com/calendar/0/deeplink/compose?"))
        #expect(live.contains("&startdt=2011-02-23&enddt=2011-02-24&allday=true&body="))
    }

    @Test func onlyAnEventWithADayThatWillTakePlaceCanBeAdded() throws {
        let timed = FeedTestSupport.edition(4, "2011-11-10T19:00")
        var cancelled = FeedTestSupport.edition(5, "2012-01-12T19:00")
        cancelled.status = .cancelled
        let month = FeedTestSupport.edition(6, "2012-03")
        let files = try EventDefectTests.render(Site(config: FeedTestSupport.config(), editions: [timed, cancelled, month]), now: "2011-01-01")
        let page = try #require(files["editions/4/index.html"])
        #expect(page.contains("href=\"/editions/4/breizhpero-4.ics\">Ajouter à mon agenda</a>"))
        #expect(page.contains("href=\"webcal://www.silicon-kerne.net/editions/4/breizhpero-4.ics\""))
        #expect(page.contains("href=\"https://calendar.google.com/calendar/render?"))
        #expect(page.contains("href=\"https://outlook.office.com/calendar/0/deeplink/compose?"))
        #expect(page.contains("href=\"https://outlook.live.com/calendar/0/deeplink/compose?"))
        for number in [5, 6] {
            let other = try #require(files["editions/\(number)/index.html"])
            #expect(!other.contains("Ajouter à mon agenda") && !other.contains("calendar.google.com") && !other.contains("outlook."))
        }
        // The home announces the cancelled one (the next) without a button to add it.
        let home = try #require(try EventDefectTests.render(Site(config: FeedTestSupport.config(), editions: [cancelled]), now: "2011-01-01")["index.html"])
        #expect(!home.contains("Ajouter à mon agenda"))
    }
}
