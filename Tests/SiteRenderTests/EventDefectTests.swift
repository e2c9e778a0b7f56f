import Foundation
import SiteModel
@testable import SiteRender
import Testing

/// The defects of issue 21, each as the default theme shows it.
@Suite("event defects")
struct EventDefectTests {
    static func render(_ site: Site, now: String) throws -> [String: String] {
        let theme = try CompiledTheme(DefaultTheme.load())
        let files = SiteRenderer.render(site, theme: theme, context: BuildContext(now: try #require(EventDate.parse(now))))
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) })
    }

    @Test func inlineVenueWithoutURLIsNotALinkToTheEventItself() throws {
        let edition = FeedTestSupport.edition(7, "2012-04-12T19:00", venue: Venue(name: "Bar du port", address: "Quai"))
        let files = try Self.render(Site(config: FeedTestSupport.config(), editions: [edition]), now: "2012-01-01")
        let page = try #require(files["editions/7/index.html"])
        #expect(page.contains("<dd class=\"p-location\">Bar du port, Quai</dd>"))
        #expect(!page.contains("<a href=\"/editions/7/\">Bar du port</a>"))
    }

    @Test func aVenueWithoutEventsHasNoPageAndIsNotInTheSitemap() throws {
        let cantine = Venue(key: "cantine", name: "Cantine")
        let bar = Venue(key: "bar", name: "Bar")
        let edition = FeedTestSupport.edition(7, "2012-04-12T19:00", venue: bar)
        let files = try Self.render(Site(config: FeedTestSupport.config(), venues: [cantine, bar], editions: [edition]), now: "2012-01-01")
        #expect(files["lieux/bar/index.html"] != nil)
        #expect(files["lieux/cantine/index.html"] == nil)
        #expect(!(files["sitemap.xml"] ?? "").contains("/lieux/cantine/"))
    }

    @Test func homeFiguresAgreeInNumberAndCountOnlyHeldEvents() throws {
        var held = FeedTestSupport.edition(1, "2012-01-12T19:00", speakers: [Speaker(name: "Anne")])
        held.attendees = 1
        var postponed = FeedTestSupport.edition(2, "2012-02-09T19:00")
        postponed.status = .postponed
        postponed.attendees = 40
        let files = try Self.render(Site(config: FeedTestSupport.config(), editions: [held, postponed]), now: "2012-06-01")
        let home = try #require(files["index.html"])
        #expect(home.contains("<li><strong>1</strong> édition depuis 2012</li>"))
        #expect(home.contains("<li><strong>1</strong> participant compté</li>"))
        #expect(home.contains("<li><strong>1</strong> intervenant</li>"))
    }

    @Test func anAnnouncementWhoseMonthWentByIsNoRecap() throws {
        var held = FeedTestSupport.edition(19, "2013-12")
        held.attendees = 20
        let announced = FeedTestSupport.edition(20, "2014-01", title: "Sujet à définir")
        let files = try Self.render(Site(config: FeedTestSupport.config(), editions: [held, announced]), now: "2014-03-01")
        let home = try #require(files["index.html"])
        let recaps = try #require(home.components(separatedBy: "id=\"recaps\"").last)
        #expect(recaps.contains("Sujet 19"))
        #expect(!recaps.contains("Sujet à définir"))
        #expect(!announced.wasHeld(relativeTo: try #require(EventDate.parse("2014-03-01"))))
    }

    @Test func notFoundPageHasNoCanonicalLink() throws {
        let files = try Self.render(Site(config: FeedTestSupport.config(), editions: [FeedTestSupport.edition(1, "2012-01-12")]), now: "2012-06-01")
        let page = try #require(files["404.html"])
        #expect(!page.contains("rel=\"canonical\""))
        #expect(!page.contains("og:url"))
        #expect(try #require(files["index.html"]).contains("<link rel=\"canonical\" href=\"https://www.silicon-kerne.net/\">"))
    }

    @Test func chartKeepsAReadableSizeWithTwoBarsAndWithAHundredAndFifty() throws {
        func size(_ count: Int) throws -> (width: Int, height: Int, labels: Int) {
            let bars = (1...count).map { AttendanceChart.Bar(number: $0, attendees: 10 + $0 % 30, url: "/editions/\($0)/") }
            let svg = try #require(AttendanceChart(bars: bars, label: { "#\($0)" }, words: DefaultTheme.words("fr")).svg())
            let numbers = svg.firstMatch(of: /width="(\d+)" height="(\d+)"/)
            let labels = svg.components(separatedBy: "class=\"label\"").count - 1
            return (Int(try #require(numbers?.1)) ?? 0, Int(try #require(numbers?.2)) ?? 0, labels)
        }
        let two = try size(2), many = try size(150)
        #expect(two.height == many.height && two.height <= 240)
        #expect(two.width <= 240, "two bars are not stretched across the page")
        #expect(many.width / 150 >= 14, "each of 150 bars stays wide enough to point at")
        #expect(many.labels == 30, "one label every five bars")
        let css = try String(contentsOf: DefaultTheme.folder.appendingPathComponent("assets/style.css"), encoding: .utf8)
        #expect(css.contains(".chart { display: block; width: auto; height: auto; max-width: none; }"))
    }
}
