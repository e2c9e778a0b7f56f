import Foundation
import SiteModel
@testable import SiteRender
import Testing

/// JSON-LD: required schema.org fields, and no value can end the `<script>` element it sits in.
@Suite("structured data")
struct StructuredDataTests {
    static let hostile = "</script><script>alert(1)</script><!-- </SCRIPT >"

    static func site() -> Site {
        var edition = FeedTestSupport.edition(7, "2012-04-12T19:00", title: hostile,
                                              venue: Venue(key: "bar", name: "Bar <du> port", address: "Quai </script>"),
                                              speakers: [Speaker(name: hostile, affiliation: "<b>Studio</b>")])
        edition.attendees = 30
        let bare = FeedTestSupport.edition(8, "2012-05")
        let post = FeedTestSupport.news("ouverture", "2013-10-29", title: hostile, author: "Anne </script>")
        return Site(config: FeedTestSupport.config(), editions: [edition, bare], news: [post])
    }

    static func object(_ value: JSONValue) throws -> [String: Any] {
        let text = value.scriptText
        #expect(!text.contains("<"), "a '<' in JSON-LD could close the script")
        return try FeedTestSupport.jsonObject(text)
    }

    @Test func eventHasTheRequiredFieldsAndKeepsHostileTextAsData() throws {
        let site = Self.site()
        let event = try Self.object(try #require(StructuredData(site: site).event(site.editions[0])))
        #expect(event["@type"] as? String == "Event")
        #expect(event["name"] as? String == "Breizh’péro #7 — \(Self.hostile)")
        #expect(event["startDate"] as? String == "2012-04-12T19:00+02:00")
        #expect(event["eventStatus"] as? String == "https://schema.org/EventScheduled")
        #expect(event["eventAttendanceMode"] as? String == "https://schema.org/OfflineEventAttendanceMode")
        #expect((event["organizer"] as? [String: Any])?["name"] as? String == "Silicon Kerné")
        let location = try #require(event["location"] as? [String: Any])
        #expect(location["name"] as? String == "Bar <du> port")
        #expect((location["address"] as? [String: Any])?["streetAddress"] as? String == "Quai </script>")
        #expect(((event["performer"] as? [[String: Any]])?.first)?["name"] as? String == Self.hostile)

        // Known to the month only: no Event, rather than one with a partial date.
        #expect(StructuredData(site: site).event(site.editions[1]) == nil)
    }

    @Test func everyEventHasWhatGoogleRequiresAndRecommends() throws {
        var config = FeedTestSupport.config()
        config.location = "Quimper"
        var moved = FeedTestSupport.edition(9, "2012-05-10T19:00")
        moved.previousDate = EventDate.parse("2012-05-03T19:00")
        let day = FeedTestSupport.edition(10, "2012-06-14")
        let site = Site(config: config, editions: [moved, day], staticFiles: ["favicon.svg"])
        let data = StructuredData(site: site)
        let event = try Self.object(try #require(data.event(moved)))
        for key in ["name", "startDate", "endDate", "location", "eventStatus", "eventAttendanceMode", "organizer", "image", "description"] {
            #expect(event[key] != nil, "\(key)")
        }
        #expect(event["endDate"] as? String == "2012-05-10T22:00:00+02:00")
        #expect(event["eventStatus"] as? String == "https://schema.org/EventRescheduled")
        #expect(event["previousStartDate"] as? String == "2012-05-03T19:00+02:00")
        #expect((event["location"] as? [String: Any])?["address"] as? String == "Quimper")
        #expect(event["image"] as? String == "https://www.silicon-kerne.net/favicon.svg")
        let allDay = try Self.object(try #require(data.event(day)))
        #expect(allDay["startDate"] as? String == "2012-06-14" && allDay["endDate"] as? String == "2012-06-14")
        #expect(allDay["previousStartDate"] == nil && allDay["eventStatus"] as? String == "https://schema.org/EventScheduled")
    }

    @Test func articleAndBreadcrumbsHaveTheirFields() throws {
        let site = Self.site()
        let data = StructuredData(site: site)
        let article = try Self.object(data.article(site.news[0]))
        #expect(article["headline"] as? String == Self.hostile)
        #expect(article["datePublished"] as? String == "2013-10-29")
        #expect((article["author"] as? [String: Any])?["name"] as? String == "Anne </script>")

        let crumbs = try Self.object(data.breadcrumbs([("Accueil", "/"), ("Actualités", "/actualites/"), (Self.hostile, "/x/")]))
        let items = try #require(crumbs["itemListElement"] as? [[String: Any]])
        #expect(items.map { $0["position"] as? Int } == [1, 2, 3])
        #expect(items.map { $0["item"] as? String } == ["https://www.silicon-kerne.net/", "https://www.silicon-kerne.net/actualites/",
                                                        "https://www.silicon-kerne.net/x/"])
        #expect(items.last?["name"] as? String == Self.hostile)
    }

    /// Through the real default theme: every page has as many `</script>` as `<script`.
    @Test func renderedPagesCloseEachScriptOnce() throws {
        let theme = try CompiledTheme(DefaultTheme.load())
        let files = SiteRenderer.render(Self.site(), theme: theme, context: BuildContext(now: EventDate(year: 2012, month: 1, day: 1)))
        let pages = files.filter { $0.path.hasSuffix(".html") }
        #expect(pages.count > 5)
        for page in pages {
            let html = String(decoding: page.contents, as: UTF8.self).lowercased()
            let opened = html.components(separatedBy: "<script").count - 1
            let closed = html.components(separatedBy: "</script").count - 1
            #expect(opened == closed, "\(page.path): \(opened) scripts opened, \(closed) closed")
        }
        let edition = try #require(pages.first { $0.path == "editions/7/index.html" })
        #expect(String(decoding: edition.contents, as: UTF8.self).contains("<script type=\"application/ld+json\">"))
    }
}
