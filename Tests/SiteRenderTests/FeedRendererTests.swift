import Foundation
import SiteModel
import Testing
@testable import SiteRender

@Suite struct FeedRendererTests {
    typealias Support = FeedTestSupport

    private func ids(_ files: (rss: String, atom: String, json: String)) throws -> (rss: [String], atom: [String], json: [String]) {
        let rss = try FeedXMLReader(files.rss).texts("guid")
        let atom = try FeedXMLReader(files.atom).texts("id", inside: "entry")
        let json = try Support.jsonItems(files.json).compactMap { $0["id"] as? String }
        return (rss, atom, json)
    }

    @Test func itemsAreNewestFirstAndTiesAreBrokenByURL() throws {
        let site = Site(config: Support.config(), editions: [
            Support.edition(4, "2011-11-10T19:00"),
            Support.edition(30, "2014-03-13T19:00"), // upcoming: still announced
        ], news: [
            Support.news("b", "2011-11-10T19:00"),
            Support.news("a", "2011-11-10T18:00Z"), // the same instant, written in UTC
            Support.news("mois", "2011-11"),
            Support.news("veille", "2011-11-09"),
        ])
        // A month-only date counts as the end of its month: published by then.
        let expected = [
            "\(Support.baseURL)/editions/30/",
            "\(Support.baseURL)/actualites/mois/",
            "\(Support.baseURL)/actualites/a/",
            "\(Support.baseURL)/actualites/b/",
            "\(Support.baseURL)/editions/4/",
            "\(Support.baseURL)/actualites/veille/",
        ]
        let found = try ids(Support.files(site))
        #expect(found.rss == expected)
        #expect(found.atom == expected)
        #expect(found.json == expected)
    }

    @Test func onlyTheNewestFeedItemsAreKept() throws {
        let news = (1...5).map { Support.news("n\($0)", "2012-0\($0)-15") }
        let files = Support.files(Site(config: Support.config(feedItems: 2), news: news))
        let found = try ids(files)
        #expect(found.rss == ["\(Support.baseURL)/actualites/n5/", "\(Support.baseURL)/actualites/n4/"])
        #expect(found.atom == found.rss)
        #expect(found.json == found.rss)
    }

    @Test func anEmptyFeedHasNoBuildDate() throws {
        let files = Support.files(Site(config: Support.config(feedItems: 0), news: [Support.news("n", "2012-01")]))
        #expect(try FeedXMLReader(files.rss).texts("item").isEmpty)
        #expect(!files.rss.contains("lastBuildDate"))
        #expect(!files.atom.contains("<updated>"))
        #expect(try Support.jsonItems(files.json).isEmpty)
    }

    /// No day is invented: RSS and JSON Feed give no date, Atom (which must) the end of the month.
    @Test func monthPrecisionGetsNoInventedDay() throws {
        let files = Support.files(Site(config: Support.config(), news: [Support.news("cantine", "2013-10")]))
        #expect(try FeedXMLReader(files.rss).texts("pubDate").isEmpty)
        #expect(try FeedXMLReader(files.atom).texts("published").isEmpty)
        #expect(try FeedXMLReader(files.atom).texts("updated", inside: "entry") == ["2013-10-31T23:59:00+01:00"])
        #expect(try Support.jsonItems(files.json).first?["date_published"] == nil)
    }

    @Test func datesCarryTheSiteOffsetInWinterAndSummer() throws {
        let site = Site(config: Support.config(), editions: [
            Support.edition(4, "2011-11-10T19:00"),
            Support.edition(9, "2012-05-10T19:00"),
            Support.edition(10, "2012-06-14T17:00Z"), // shown on the site's clock
        ])
        let files = Support.files(site)
        #expect(try FeedXMLReader(files.rss).texts("pubDate") == [
            "Thu, 14 Jun 2012 19:00:00 +0200", "Thu, 10 May 2012 19:00:00 +0200", "Thu, 10 Nov 2011 19:00:00 +0100",
        ])
        #expect(try FeedXMLReader(files.atom).texts("published") == [
            "2012-06-14T19:00:00+02:00", "2012-05-10T19:00:00+02:00", "2011-11-10T19:00:00+01:00",
        ])
    }

    @Test func datesFollowTheSiteTimeZoneNotParis() throws {
        let site = Site(config: Support.config(timeZone: "America/St_Johns"), news: [Support.news("n", "2012-01-05T08:30")])
        let files = Support.files(site)
        #expect(try FeedXMLReader(files.rss).texts("pubDate") == ["Thu, 05 Jan 2012 08:30:00 -0330"])
        #expect(try FeedXMLReader(files.atom).texts("published") == ["2012-01-05T08:30:00-03:30"])
    }

    @Test func lastBuildDateIsTheNewestItemNeverTheClock() throws {
        let plain = Support.files(Site(config: Support.config(), news: [
            Support.news("old", "2012-01-05"), Support.news("new", "2012-02-07T10:00"),
        ]))
        #expect(try FeedXMLReader(plain.rss).texts("lastBuildDate") == ["Tue, 07 Feb 2012 10:00:00 +0100"])
        #expect(try FeedXMLReader(plain.atom).texts("updated", inside: "feed") == ["2012-02-07T10:00:00+01:00"])

        // An older item changed later is the newest change.
        let edited = Support.files(Site(config: Support.config(), news: [
            Support.news("old", "2012-01-05", updated: "2012-03-01T09:00"), Support.news("new", "2012-02-07T10:00"),
        ]))
        #expect(try FeedXMLReader(edited.rss).texts("lastBuildDate") == ["Thu, 01 Mar 2012 09:00:00 +0100"])
        let atom = try FeedXMLReader(edited.atom)
        #expect(atom.texts("updated", inside: "feed") == ["2012-03-01T09:00:00+01:00"])
        #expect(atom.texts("updated", inside: "entry") == ["2012-02-07T10:00:00+01:00", "2012-03-01T09:00:00+01:00"])
        let json = try Support.jsonItems(edited.json)
        #expect(json.map { $0["date_modified"] as? String } == [nil, "2012-03-01T09:00:00+01:00"])
    }

    @Test func newsAuthorsAndTagsAppearInEveryFormat() throws {
        let post = Support.news("n", "2012-01-05", author: "Christian Rogel", tags: ["cantine", "numérique"])
        let files = Support.files(Site(config: Support.config(), news: [post]))
        let rss = try FeedXMLReader(files.rss)
        #expect(rss.texts("dc:creator") == ["Christian Rogel"])
        #expect(rss.texts("author").isEmpty)
        #expect(rss.texts("category") == ["cantine", "numérique"])
        let atom = try FeedXMLReader(files.atom)
        #expect(atom.texts("name", inside: "author") == ["Silicon Kerné", "Christian Rogel"])
        #expect(atom.attributes("category").map { $0["term"] } == ["cantine", "numérique"])
        let item = try #require(try Support.jsonItems(files.json).first)
        #expect(item["tags"] as? [String] == ["cantine", "numérique"])
        #expect((item["authors"] as? [[String: String]])?.first?["name"] == "Christian Rogel")
    }

    @Test func channelDescribesTheSite() throws {
        let rss = try FeedXMLReader(Support.files(Site(config: Support.config(), news: [Support.news("n", "2012-01")])).rss)
        #expect(rss.texts("title", inside: "channel") == ["Breizh\u{2019}péro"])
        #expect(rss.texts("link", inside: "channel") == ["\(Support.baseURL)/"])
        #expect(rss.texts("description", inside: "channel") == ["Les apéros web de Quimper et de Cornouaille"])
        #expect(rss.texts("language") == ["fr"])
        #expect(rss.texts("generator") == ["Kerné"])
        #expect(rss.attributes("atom:link").first?["href"] == "\(Support.baseURL)/feed.xml")
        #expect(rss.attributes("guid").first?["isPermaLink"] == "true")
    }

    @Test func theSameSiteGivesTheSameBytes() {
        let site = Site(config: Support.config(), editions: [Support.edition(4, "2011-11-10T19:00")],
                        news: [Support.news("n", "2012-01", author: "A", tags: ["t"])])
        #expect(FeedRenderer.render(site) == FeedRenderer.render(site))
        #expect(FeedRenderer.render(site).map(\.path) == ["feed.xml", "atom.xml", "feed.json"])
    }
}
