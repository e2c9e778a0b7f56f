import Foundation
import SiteModel
import Testing
@testable import SiteRender

@Suite struct CalendarRendererTests {
    typealias Fixture = CalendarFixture
    let files = CalendarRenderer.render(CalendarFixture.breizhpero)

    @Test func agendaAndOneFilePerEditionWithADay() {
        #expect(files.map(\.path) == ["agenda.ics", "editions/agenda.ics"] + [1, 4, 5, 6, 7, 8, 9].map { "editions/\($0)/breizhpero-\($0).ics" })
    }

    @Test func monthPrecisionIsLeftOut() throws {
        let agenda = try Fixture.file("agenda.ics", in: files)
        #expect(!Fixture.text(agenda).contains("breizhpero-2@"))
        #expect(!Fixture.text(agenda).contains("Le mois sans jour"))
    }

    @Test func everyLineEndsWithCRLFAndFitsIn75Octets() {
        for file in files {
            let bytes = file.contents
            #expect(bytes.suffix(2) == [13, 10], "\(file.path)")
            for (index, byte) in bytes.enumerated() {
                if byte == 10 { #expect(index > 0 && bytes[index - 1] == 13, "bare LF in \(file.path)") }
                if byte == 13 { #expect(index + 1 < bytes.count && bytes[index + 1] == 10, "bare CR in \(file.path)") }
            }
            for line in Fixture.physicalLines(bytes) {
                #expect(line.count <= 75, "\(file.path): \(line.count) octets")
                #expect(String(validating: line, as: UTF8.self) != nil, "\(file.path): split UTF-8")
            }
        }
    }

    @Test func calendarHeader() throws {
        let agenda = Fixture.unfoldedLines(try Fixture.file("agenda.ics", in: files))
        #expect(Array(agenda.prefix(12)) == [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Silicon Kerné//Kerné//FR", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "NAME:Breizh’péro", "X-WR-CALNAME:Breizh’péro",
            "X-WR-CALDESC:Les apéros web de Quimper et de Cornouaille", "X-WR-TIMEZONE:Europe/Paris",
            "REFRESH-INTERVAL;VALUE=DURATION:PT12H", "X-PUBLISHED-TTL:PT12H", "BEGIN:VTIMEZONE",
        ])
        #expect(agenda.last == "END:VCALENDAR")
        let single = Fixture.unfoldedLines(try Fixture.file("editions/4/breizhpero-4.ics", in: files))
        #expect(single.contains("X-WR-CALNAME:Breizh’péro #4"))
        #expect(Fixture.components("VEVENT", in: single).count == 1)
    }

    @Test func timedEventWithEverything() throws {
        let event = try Fixture.event(4, in: try Fixture.file("agenda.ics", in: files))
        #expect(event == [
            "BEGIN:VEVENT",
            "UID:breizhpero-4@www.silicon-kerne.net",
            "DTSTAMP:20111110T180000Z",
            "LAST-MODIFIED:20111110T180000Z",
            "DTSTART;TZID=Europe/Paris:20111110T190000",
            "DTEND;TZID=Europe/Paris:20111110T220000",
            "SUMMARY:Breizh’péro #4 — Le référencement naturel",
            #"DESCRIPTION:Comment être trouvé \; et pourquoi\, surtout.\n\nIntervenants"# + "\u{a0}" + #":\n– "#
                + #"Ronan Chardonneau (SEO Camp)\n– Sterenn Le Coz\n\nhttps://www.silicon-kerne.net/editions/4/"#,
            "URL:https://www.silicon-kerne.net/editions/4/",
            #"LOCATION:Cantine numérique de Cornouaille\, Creac’h Gwen\, Quimper"#,
            "GEO:47.98;-4.1",
            "CATEGORIES:seo,référencement",
            "STATUS:CONFIRMED",
            "SEQUENCE:2",
            "TRANSP:OPAQUE",
            "END:VEVENT",
        ])
    }

    @Test func allDayEventsEndTheNextDay() throws {
        let event = try Fixture.event(1, in: try Fixture.file("agenda.ics", in: files))
        #expect(Fixture.value("DTSTART;VALUE=DATE", in: event) == "20110223")
        #expect(Fixture.value("DTEND;VALUE=DATE", in: event) == "20110224")
        // Midnight in Paris, in UTC.
        #expect(Fixture.value("DTSTAMP", in: event) == "20110222T230000Z")
        let single = Fixture.text(try Fixture.file("editions/1/breizhpero-1.ics", in: files))
        #expect(!single.contains("VTIMEZONE"))
        #expect(!single.contains("TZID"))
    }

    @Test(arguments: [
        (EventDate(year: 2011, month: 12, day: 31), nil, "20120101"),
        (EventDate(year: 2012, month: 2, day: 28), nil, "20120229"),
        (EventDate(year: 2011, month: 2, day: 28), nil, "20110301"),
        (EventDate(year: 2013, month: 6, day: 7), EventDate(year: 2013, month: 6, day: 9), "20130610"),
        (EventDate(year: 2013, month: 6, day: 7), CalendarFixture.timed(2013, 6, 8, 2), "20130609"),
        (EventDate(year: 2013, month: 6, day: 7), EventDate(year: 2013, month: 6, day: 7), "20130608"),
    ] as [(EventDate, EventDate?, String)])
    func allDayEndIsExclusive(date: EventDate, end: EventDate?, expected: String) throws {
        let files = CalendarRenderer.render(Fixture.site([Edition(series: .breizhpero, number: 3, title: "t", date: date, end: end)]))
        let event = try Fixture.event(3, in: try Fixture.file("agenda.ics", in: files))
        #expect(Fixture.value("DTEND;VALUE=DATE", in: event) == expected)
    }

    @Test func summerTimeTransitionsAndEndsAcrossThem() throws {
        let agenda = try Fixture.file("agenda.ics", in: files)
        let lines = Fixture.unfoldedLines(agenda)
        let zones = Fixture.components("VTIMEZONE", in: lines)
        #expect(zones.count == 1)
        let zone = try #require(zones.first)
        #expect(zone[1] == "TZID:Europe/Paris")
        let observances = Fixture.components("STANDARD", in: zone) + Fixture.components("DAYLIGHT", in: zone)
        let onsets = observances.compactMap { Fixture.value("DTSTART", in: $0) }.sorted()
        #expect(onsets == ["20101031T030000", "20110327T020000", "20111030T030000", "20120325T020000", "20121028T030000"])
        let spring = try #require(Fixture.components("DAYLIGHT", in: zone).first { $0.contains("DTSTART:20120325T020000") })
        #expect(Fixture.value("TZOFFSETFROM", in: spring) == "+0100")
        #expect(Fixture.value("TZOFFSETTO", in: spring) == "+0200")
        #expect(Fixture.value("TZNAME", in: spring) != nil)
        let autumn = try #require(Fixture.components("STANDARD", in: zone).first { $0.contains("DTSTART:20121028T030000") })
        #expect(Fixture.value("TZOFFSETFROM", in: autumn) == "+0200")
        #expect(Fixture.value("TZOFFSETTO", in: autumn) == "+0100")

        // 01:30 CET + 3 h = 05:30 CEST; 01:00 CEST + 3 h = 03:00 CET.
        let nightOfChange = try Fixture.event(5, in: agenda)
        #expect(Fixture.value("DTSTART;TZID=Europe/Paris", in: nightOfChange) == "20120325T013000")
        #expect(Fixture.value("DTEND;TZID=Europe/Paris", in: nightOfChange) == "20120325T053000")
        let backToWinter = try Fixture.event(9, in: agenda)
        #expect(Fixture.value("DTEND;TZID=Europe/Paris", in: backToWinter) == "20121028T030000")
        let afterChange = try Fixture.event(6, in: agenda)
        #expect(Fixture.value("DTSTAMP", in: afterChange) == "20120329T170000Z")
        #expect(Fixture.value("DTEND;TZID=Europe/Paris", in: afterChange) == "20120329T220000")
    }

    @Test func singleEditionFileCoversItsOwnYearOnly() throws {
        let lines = Fixture.unfoldedLines(try Fixture.file("editions/4/breizhpero-4.ics", in: files))
        let zone = try #require(Fixture.components("VTIMEZONE", in: lines).first)
        let onsets = zone.filter { $0.hasPrefix("DTSTART:") }
        #expect(onsets == ["DTSTART:20101031T030000", "DTSTART:20110327T020000", "DTSTART:20111030T030000"])
    }

    @Test(arguments: ["Asia/Tokyo", "UTC"])
    func zonesWithoutSummerTimeGetOneStandardComponent(zone: String) throws {
        let site = Fixture.site([Edition(series: .breizhpero, number: 3, title: "t", date: Fixture.timed(2012, 7, 1, 19))], timeZone: zone)
        let lines = Fixture.unfoldedLines(try Fixture.file("agenda.ics", in: CalendarRenderer.render(site)))
        let vtimezone = try #require(Fixture.components("VTIMEZONE", in: lines).first)
        #expect(vtimezone[1] == "TZID:\(zone)")
        #expect(Fixture.components("STANDARD", in: vtimezone).count == 1)
        #expect(Fixture.components("DAYLIGHT", in: vtimezone).isEmpty)
        let offset = zone == "UTC" ? "+0000" : "+0900"
        #expect(Fixture.value("TZOFFSETTO", in: vtimezone) == offset)
        #expect(Fixture.value("TZOFFSETFROM", in: vtimezone) == offset)
        #expect(lines.contains("DTSTART;TZID=\(zone):20120701T190000"))
        #expect(lines.contains("DTEND;TZID=\(zone):20120701T220000"))
    }

    @Test func cancelledAndPostponedEditions() throws {
        let agenda = try Fixture.file("agenda.ics", in: files)
        #expect(Fixture.value("STATUS", in: try Fixture.event(7, in: agenda)) == "CANCELLED")
        #expect(Fixture.value("STATUS", in: try Fixture.event(8, in: agenda)) == "TENTATIVE")
        #expect(Fixture.value("STATUS", in: try Fixture.event(6, in: agenda)) == "CONFIRMED")
    }

    @Test func geoOnlyWhenKnown() throws {
        let agenda = try Fixture.file("agenda.ics", in: files)
        #expect(Fixture.value("GEO", in: try Fixture.event(5, in: agenda)) == "47.98;-4.1")
        #expect(Fixture.value("GEO", in: try Fixture.event(6, in: agenda)) == nil)
        #expect(Fixture.value("LOCATION", in: try Fixture.event(6, in: agenda)) == nil)
        #expect(CalendarEvent.geoValue(GeoPoint(latitude: -0.0000004, longitude: 179.9999996)) == "0;180")
        #expect(CalendarEvent.geoValue(GeoPoint(latitude: 0.00001, longitude: -12.5)) == "0.00001;-12.5")
        #expect(CalendarEvent.geoValue(GeoPoint(latitude: 91, longitude: 0)) == nil)
        #expect(CalendarEvent.geoValue(GeoPoint(latitude: .nan, longitude: 0)) == nil)
    }

    @Test func eventsSortedByStartThenNumber() throws {
        let site = Fixture.site([
            Edition(series: .breizhpero, number: 10, title: "a", date: Fixture.timed(2014, 5, 1, 19)),
            Edition(series: .breizhpero, number: 11, title: "b", date: Fixture.timed(2013, 5, 1, 19)),
            Edition(series: .breizhpero, number: 12, title: "c", date: Fixture.timed(2014, 5, 1, 19)),
            Edition(series: .breizhpero, number: 13, title: "d", date: EventDate(year: 2014, month: 5, day: 1)),
        ])
        let lines = Fixture.unfoldedLines(try Fixture.file("agenda.ics", in: CalendarRenderer.render(site)))
        let uids = lines.filter { $0.hasPrefix("UID:") }
        #expect(uids == [11, 13, 10, 12].map { "UID:breizhpero-\($0)@www.silicon-kerne.net" })
    }

    @Test func stampComesFromUpdatedAndExplicitOffsetsShowOnTheSiteClock() throws {
        let edition = Edition(series: .breizhpero, number: 3, title: "t", date: try #require(EventDate.parse("2011-11-10T18:00Z")),
                              updated: EventDate(year: 2012, month: 1, day: 5))
        let event = try Fixture.event(3, in: try Fixture.file("agenda.ics", in: CalendarRenderer.render(Fixture.site([edition]))))
        #expect(Fixture.value("DTSTAMP", in: event) == "20120104T230000Z")
        #expect(Fixture.value("LAST-MODIFIED", in: event) == "20120104T230000Z")
        #expect(Fixture.value("DTSTART;TZID=Europe/Paris", in: event) == "20111110T190000")
    }

    @Test func aSecondRenderGivesTheSameBytes() {
        #expect(CalendarRenderer.render(CalendarFixture.breizhpero) == files)
    }

    @Test func emptySiteStillGivesAValidAgenda() throws {
        let files = CalendarRenderer.render(Fixture.site([]))
        #expect(files.map(\.path) == ["agenda.ics", "editions/agenda.ics"])
        let lines = Fixture.unfoldedLines(try Fixture.file("agenda.ics", in: files))
        #expect(lines.first == "BEGIN:VCALENDAR" && lines.last == "END:VCALENDAR")
        #expect(!lines.contains("BEGIN:VTIMEZONE"))
    }

    /// Writes the fixture's calendar where `KERNE_CALENDAR_SAMPLE_DIR` says, for `.ci/validate_calendar.py`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["KERNE_CALENDAR_SAMPLE_DIR"] != nil))
    func writesASampleForTheValidator() throws {
        let folder = URL(fileURLWithPath: try #require(ProcessInfo.processInfo.environment["KERNE_CALENDAR_SAMPLE_DIR"]))
        for file in files {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents).write(to: url)
        }
    }
}
