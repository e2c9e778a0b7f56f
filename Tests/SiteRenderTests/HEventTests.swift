import Foundation
import SiteModel
@testable import SiteRender
import Testing

/// Event pages are `h-event` microformats: name, start, end, location, url.
@Suite("h-event")
struct HEventTests {
    @Test func anEventPageIsAnHEventWithItsProperties() throws {
        var edition = FeedTestSupport.edition(7, "2012-04-12T19:00", title: "Le web",
                                              venue: Venue(key: "bar", name: "Bar du port", address: "Quai"))
        edition.end = EventDate.parse("2012-04-12T22:30")
        let files = try EventDefectTests.render(Site(config: FeedTestSupport.config(), venues: [edition.venue!], editions: [edition]),
                                                now: "2012-01-01")
        let page = try #require(files["editions/7/index.html"])
        #expect(page.contains("<article class=\"edition h-event\">"))
        #expect(page.contains("<h1 class=\"p-name\">Le web</h1>"))
        #expect(page.contains("<data class=\"u-url\" value=\"https://www.silicon-kerne.net/editions/7/\"></data>"))
        #expect(page.contains("<time class=\"dt-start\" datetime=\"2012-04-12T19:00+02:00\">"))
        #expect(page.contains("<data class=\"dt-end\" value=\"2012-04-12T22:30+02:00\"></data>"))
        #expect(page.contains("<dd class=\"p-location\"><a href=\"/lieux/bar/\">Bar du port</a>, Quai</dd>"))
        // One h-event per page: the neighbours and cards are not events of their own.
        #expect(page.components(separatedBy: "h-event").count - 1 == 1)
    }

    @Test func withoutAnEndOrAVenueTheirPropertiesAreLeftOut() throws {
        let files = try EventDefectTests.render(Site(config: FeedTestSupport.config(), editions: [FeedTestSupport.edition(8, "2012-05")]),
                                                now: "2012-01-01")
        let page = try #require(files["editions/8/index.html"])
        #expect(page.contains("<time class=\"dt-start\" datetime=\"2012-05\">"))
        #expect(!page.contains("dt-end") && !page.contains("p-location"))
    }
}
