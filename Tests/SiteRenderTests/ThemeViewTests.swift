import Foundation
import SiteModel
@testable import SiteRender
import Testing

/// What the default theme's pages get from the renderer: date badges, the chart, the home.
@Suite("theme views")
struct ThemeViewTests {
    static let paris = TimeZone(identifier: "Europe/Paris")!

    @Test func badgeHasDayOnlyWhenKnownAndTimeOnWallClock() throws {
        let month = DateText.badge(try #require(EventDate.parse("2013-12")), words: DefaultTheme.words("fr"), in: Self.paris)
        #expect(month["day"] == nil && month["month"]?.string == "déc." && month["year"]?.string == "2013")
        let day = DateText.badge(try #require(EventDate.parse("2011-02-23")), words: DefaultTheme.words("fr"), in: Self.paris)
        #expect(day["day"]?.string == "23" && day["month"]?.string == "févr." && day["time"] == nil)
        let utc = DateText.badge(try #require(EventDate.parse("2011-11-10T18:30+00:00")), words: DefaultTheme.words("fr"), in: Self.paris)
        #expect(utc["day"]?.string == "10" && utc["time"]?.string == "19\u{a0}h\u{a0}30")
        let evening = try #require(EventDate.parse("2011-11-10T19:00"))
        let english = DateText.badge(evening, words: DefaultTheme.words("en"), in: Self.paris)
        #expect(english["month"]?.string == "Nov" && english["time"]?.string == "7:00\u{a0}PM")
        let british = DateText.badge(evening, words: DefaultTheme.words("en-GB"), in: Self.paris)
        #expect(british["month"]?.string == "Nov" && british["time"]?.string == "19:00")
    }

    @Test func chartIsAGroupOfLinkedBars() throws {
        let chart = AttendanceChart(bars: [.init(number: 1, attendees: 11, url: "/editions/1/"),
                                           .init(number: 4, attendees: 20, url: "/editions/4/")],
                                    label: { "Breizh’péro #\($0)" }, words: DefaultTheme.words("fr"))
        let svg = try #require(chart.svg())
        #expect(svg.contains("role=\"group\" aria-labelledby=\"chart-title chart-desc\""))
        #expect(!svg.contains("role=\"img\""), "an img may not contain links")
        #expect(svg.components(separatedBy: "<a href=").count - 1 == 2)
        #expect(svg.contains("<title>Breizh’péro #4\u{a0}: 20 participants</title>"))
        #expect(AttendanceChart(bars: [], label: { "\($0)" }, words: DefaultTheme.words("fr")).svg() == nil)
    }

    @Test func homeAnnouncesTheNextEditionWithOneHeadingOne() throws {
        let site = StructuredDataTests.site()
        let theme = try CompiledTheme(DefaultTheme.load())
        let files = SiteRenderer.render(site, theme: theme, context: BuildContext(now: EventDate(year: 2012, month: 4, day: 1)))
        let home = String(decoding: try #require(files.first { $0.path == "index.html" }).contents, as: UTF8.self)
        #expect(home.components(separatedBy: "<h1").count - 1 == 1)
        #expect(home.contains("<h1 id=\"titre\">Les apéros web de Quimper et de Cornouaille</h1>"))
        #expect(home.contains("<span class=\"badge-day\">12</span><span class=\"badge-month\">avr.</span>"))
        #expect(home.contains("<a class=\"button\" href=\"/editions/7/breizhpero-7.ics\">Ajouter à mon agenda</a>"))
        for file in files where file.path.hasSuffix(".html") {
            let html = String(decoding: file.contents, as: UTF8.self)
            #expect(html.components(separatedBy: "<h1").count - 1 == 1, "\(file.path) needs exactly one h1")
        }
    }
}
