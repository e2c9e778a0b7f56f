import Foundation
import TestSupport
import Testing

/// A postponed edition says so everywhere it appears: its page, the feeds, its JSON-LD
/// (EventPostponed) and the calendars (TENTATIVE).
@Suite struct PostponedEditionTests {
    @Test func aPostponedEditionIsMarkedInEveryOutput() throws {
        let site = try ScratchFixture("site-basic")
        defer { site.remove() }
        try site.write("---\nedition: 6\ntitle: Repoussée\ndate: 2013-11-14T19:00\nstatus: postponed\n---\nPlus tard.\n",
                       to: "editions/06-repoussee.md")
        let (report, files) = site.build()
        try #require(report.succeeded, "\(report.diagnostics.filter(\.isError)) \(report.errors)")
        func text(_ path: String) throws -> String { String(decoding: try #require(files[path], "\(path) missing"), as: UTF8.self) }

        let page = try text("editions/6/index.html")
        #expect(page.contains("Reporté"))
        #expect(page.contains("\"eventStatus\":\"https://schema.org/EventPostponed\"")
                || page.contains("\"eventStatus\": \"https://schema.org/EventPostponed\""))
        // The other editions are not postponed.
        #expect(!(try text("editions/2/index.html")).contains("EventPostponed"))

        for feed in ["feed.xml", "atom.xml", "feed.json"] {
            let body = try text(feed)
            #expect(body.contains("Repoussée"), "\(feed) has no item for the edition")
            #expect(body.contains("Reporté."), "\(feed) does not say it is postponed")
        }
        let calendar = try text("editions/6/breizhpero-6.ics")
        #expect(calendar.contains("STATUS:TENTATIVE\r\n"))
        let agenda = try text("agenda.ics")
        let event = try #require(agenda.components(separatedBy: "BEGIN:VEVENT").first { $0.contains("Repoussée") })
        #expect(event.contains("STATUS:TENTATIVE\r\n"))
    }
}
