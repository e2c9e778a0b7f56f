import SiteModel
@testable import SiteRender
import Testing

/// Several series in one site: every event in `agenda.ics`, each series its own calendar, each
/// event its own file, identities made of the series' key and the number or slug.
@Suite struct CalendarSeriesTests {
    typealias Fixture = CalendarFixture
    static let workshops = EventSeries(key: "atelier", name: "Ateliers", folder: "ateliers")
    static let cantine = EventSeries(key: "cantine", name: "À la Cantine", folder: "cantine", numbered: false)

    static let site = Site(config: Fixture.config(), series: [.breizhpero, workshops, cantine], editions: [
        Edition(series: .breizhpero, number: 1, title: "Premier apéro", date: EventDate(year: 2013, month: 9, day: 12)),
        Edition(series: workshops, number: 1, title: "Premier atelier", date: Fixture.timed(2013, 9, 20, 14)),
        Edition(series: cantine, number: 0, slug: "pixel-pero", title: "Pixel’péro", date: Fixture.timed(2013, 10, 29, 18)),
        Edition(series: cantine, number: 0, slug: "inauguration", title: "Inauguration", date: EventDate(year: 2013, month: 11)),
    ])
    let files = CalendarRenderer.render(Self.site)

    @Test func everySeriesHasItsCalendarAndEveryEventWithADayItsFile() {
        #expect(files.map(\.path) == ["agenda.ics", "editions/agenda.ics", "ateliers/agenda.ics", "cantine/agenda.ics",
                                      "editions/1/breizhpero-1.ics", "ateliers/1/atelier-1.ics",
                                      "cantine/pixel-pero/cantine-pixel-pero.ics"])
    }

    @Test func agendaHoldsTheEventsOfEverySeriesByStart() throws {
        let agenda = Fixture.unfoldedLines(try Fixture.file("agenda.ics", in: files))
        #expect(agenda.filter { $0.hasPrefix("UID:") } == ["UID:breizhpero-1@www.silicon-kerne.net",
                                                           "UID:atelier-1@www.silicon-kerne.net",
                                                           "UID:cantine-pixel-pero@www.silicon-kerne.net"])
        #expect(agenda.contains("DTSTART;TZID=Europe/Paris:20131029T180000"))
        #expect(agenda.contains("SUMMARY:Pixel’péro"))
        #expect(agenda.contains("SUMMARY:Ateliers #1 — Premier atelier"))
    }

    @Test func aSeriesCalendarHoldsItsOwnEventsOnly() throws {
        let workshops = Fixture.unfoldedLines(try Fixture.file("ateliers/agenda.ics", in: files))
        #expect(workshops.filter { $0.hasPrefix("UID:") } == ["UID:atelier-1@www.silicon-kerne.net"])
        #expect(workshops.contains("X-WR-CALNAME:Ateliers"))
        let cantine = Fixture.unfoldedLines(try Fixture.file("cantine/agenda.ics", in: files))
        #expect(cantine.filter { $0.hasPrefix("UID:") } == ["UID:cantine-pixel-pero@www.silicon-kerne.net"])
    }

    @Test func anEventsOwnCalendarIsNamedAfterItsHeading() throws {
        let pixel = Fixture.unfoldedLines(try Fixture.file("cantine/pixel-pero/cantine-pixel-pero.ics", in: files))
        #expect(pixel.contains("X-WR-CALNAME:Pixel’péro"))
        #expect(pixel.contains("URL:https://www.silicon-kerne.net/cantine/pixel-pero/"))
        let workshop = Fixture.unfoldedLines(try Fixture.file("ateliers/1/atelier-1.ics", in: files))
        #expect(workshop.contains("X-WR-CALNAME:Ateliers #1"))
    }
}
