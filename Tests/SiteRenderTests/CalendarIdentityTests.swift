import SiteModel
@testable import SiteRender
import Testing

/// Nothing of one site in the calendars: PRODID and names come from the site.
@Suite struct CalendarIdentityTests {
    static func agenda(_ config: SiteConfig) -> String {
        let site = Site(config: config, editions: [
            Edition(series: EventSeries(key: "meetup", name: "Brest Web", folder: "events"), number: 1, title: "First",
                    date: EventDate(year: 2026, month: 12, day: 3, hour: 19, minute: 0)),
        ])
        return CalendarRenderer.render(site).first { $0.path == "agenda.ics" }.map(CalendarFixture.text) ?? ""
    }

    @Test func productIDIsTheOrganizersElseTheTitle() {
        let real = Self.agenda(CalendarFixture.config())
        #expect(real.contains("\r\nPRODID:-//Silicon Kerné//Kerné//FR\r\n"), "the real site keeps its PRODID")

        let english = Self.agenda(SiteConfig(title: "Brest Web", baseURL: "https://example.org", language: "en-GB").withDefaultWords())
        #expect(english.contains("\r\nPRODID:-//Brest Web//Kerné//EN\r\n"))
        #expect(english.contains("\r\nX-WR-CALNAME:Brest Web\r\n"))
        #expect(english.contains("\r\nUID:meetup-1@example.org\r\n"))
        #expect(!english.contains("Silicon") && !english.contains("breizhpero"))

        let escaped = Self.agenda(SiteConfig(title: "T", baseURL: "https://example.org", organizer: "A, B; C").withDefaultWords())
        #expect(escaped.contains("\r\nPRODID:-//A\\, B\\; C//Kerné//FR\r\n"))
    }
}
