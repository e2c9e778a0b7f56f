import Foundation
import SiteModel
@testable import SiteSource
import Testing

/// The keys of an event's life: `published`, `previous_date`, and the site's default `location`.
@Suite("event life keys")
struct EventLifeKeysTests {
    @Test func publishedAndPreviousDateAreRead() throws {
        let content = try TemporaryContent([
            "editions/21-a11y.md": "---\nedition: 21\ntitle: A11y\ndate: 2014-02-20T19:00\npublished: 2013-12-07\n"
                + "previous_date: 2014-02-13T19:00\n---\nTexte.\n",
        ], site: TemporaryContent.minimalSite + "location: Quimper\n")
        #expect(content.lines() == [])
        let site = try #require(content.load().site)
        let edition = try #require(site.editions.first)
        #expect(edition.published == EventDate(year: 2013, month: 12, day: 7))
        #expect(edition.previousDate == EventDate(year: 2014, month: 2, day: 13, hour: 19, minute: 0))
        #expect(edition.calendarSequence == 1)
        #expect(site.config.location == "Quimper")
    }

    @Test func anInvalidDateIsAnErrorAtItsValue() throws {
        let content = try TemporaryContent([
            "editions/21-a11y.md": "---\nedition: 21\ntitle: A11y\ndate: 2014-02-20\nprevious_date: la semaine dernière\n---\n",
        ])
        #expect(content.lines() == ["content/editions/21-a11y.md:5:16: error: invalid date 'la semaine dernière' for 'previous_date'"])
    }
}
