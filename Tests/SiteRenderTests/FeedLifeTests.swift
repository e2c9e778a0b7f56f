import Foundation
import SiteModel
@testable import SiteRender
import Testing

/// One event through its life as feed readers see it: announced, moved, cancelled, recapped.
@Suite("feed life")
struct FeedLifeTests {
    typealias Support = FeedTestSupport
    static let url = "\(Support.baseURL)/editions/21/"

    struct Seen {
        var title: String
        var guid: String
        var pubDate: String?
        var atomPublished: String?
        var atomUpdated: String
        var jsonPublished: String?
        var jsonModified: String?
    }

    func seen(_ edition: Edition, now: String) throws -> Seen {
        let files = FeedRenderer.render(Site(config: Support.config(), editions: [edition]), now: EventDate.parse(now))
        func text(_ path: String) -> String { String(decoding: files.first { $0.path == path }?.contents ?? [], as: UTF8.self) }
        let rss = try FeedXMLReader(text("feed.xml")), atom = try FeedXMLReader(text("atom.xml"))
        let json = try #require(try Support.jsonItems(text("feed.json")).first)
        return Seen(title: try #require(rss.texts("title", inside: "item").first),
                    guid: try #require(rss.texts("guid").first), pubDate: rss.texts("pubDate").first,
                    atomPublished: atom.texts("published").first,
                    atomUpdated: try #require(atom.texts("updated", inside: "entry").first),
                    jsonPublished: json["date_published"] as? String, jsonModified: json["date_modified"] as? String)
    }

    @Test func anEventFromAnnouncementToRecap() throws {
        var edition = Support.edition(21, "2014-02-13T19:00", title: "L’accessibilité")
        // Announced, without `published`: no date to give, and nothing after the build's day.
        var now = try seen(edition, now: "2013-12-01")
        #expect(now.pubDate == nil && now.atomPublished == nil && now.jsonPublished == nil)
        #expect(now.atomUpdated == "2013-12-01T00:00:00+01:00")
        #expect(now.guid == Self.url && now.title == "Breizh’péro #21 — L’accessibilité")

        // Announced on 20 November: that is its date, before the event's.
        edition.published = EventDate.parse("2013-11-20")
        now = try seen(edition, now: "2013-12-01")
        #expect(now.pubDate == "Wed, 20 Nov 2013 00:00:00 +0100")
        #expect(now.atomPublished == "2013-11-20T00:00:00+01:00" && now.jsonPublished == now.atomPublished)

        // Moved a week later: the title says so; guid and date stay.
        edition.previousDate = edition.date
        edition.date = try #require(EventDate.parse("2014-02-20T19:00"))
        now = try seen(edition, now: "2014-01-10")
        #expect(now.title == "Nouvelle date — Breizh’péro #21 — L’accessibilité")
        #expect(now.guid == Self.url && now.pubDate == "Wed, 20 Nov 2013 00:00:00 +0100")

        // Postponed, then cancelled.
        edition.status = .postponed
        #expect(try seen(edition, now: "2014-01-10").title == "Reporté — Breizh’péro #21 — L’accessibilité")
        edition.status = .cancelled
        #expect(try seen(edition, now: "2014-01-10").title == "Annulé — Breizh’péro #21 — L’accessibilité")

        // Held after all, then recapped on 25 February: a new RSS item, an updated Atom/JSON one.
        edition.status = .scheduled
        edition.updated = EventDate.parse("2014-02-25")
        now = try seen(edition, now: "2014-03-01")
        #expect(now.title == "Breizh’péro #21 — L’accessibilité")
        #expect(now.guid == Self.url + "#recap-2014-02-25")
        #expect(now.pubDate == "Tue, 25 Feb 2014 00:00:00 +0100")
        #expect(now.atomPublished == "2013-11-20T00:00:00+01:00")
        #expect(now.atomUpdated == "2014-02-25T00:00:00+01:00" && now.jsonModified == now.atomUpdated)
    }

    @Test func noDateIsAfterTheBuildDay() throws {
        var edition = Support.edition(21, "2014-02-13T19:00")
        edition.published = EventDate.parse("2014-01-15")
        edition.updated = EventDate.parse("2014-03-01")
        let now = try seen(edition, now: "2014-01-10")
        #expect(now.pubDate == "Fri, 10 Jan 2014 00:00:00 +0100")
        #expect(now.atomUpdated == "2014-01-10T00:00:00+01:00")
        #expect(now.guid == Self.url, "no recap before the event")
        // A month-only event, past: no invented day anywhere, Atom's date is the end of its month.
        let month = try seen(Support.edition(20, "2014-01"), now: "2014-03-01")
        #expect(month.pubDate == nil && month.jsonPublished == nil && month.atomPublished == nil)
        #expect(month.atomUpdated == "2014-01-31T23:59:00+01:00")
    }

    @Test func aRecapComesBackToTheTopOfTheFeed() throws {
        var old = Support.edition(4, "2011-11-10T19:00")
        old.updated = EventDate.parse("2012-03-01")
        let site = Site(config: Support.config(), editions: [old, Support.edition(5, "2012-01-12T19:00")])
        let kept = FeedItemSelection.selected(from: site, now: EventDate.parse("2012-06-01")).map(\.sourcePath)
        #expect(kept.count == 2)
        let items = FeedItemSelection.items(for: site, now: EventDate.parse("2012-06-01"))
        #expect(items.map(\.url) == ["\(Support.baseURL)/editions/4/", "\(Support.baseURL)/editions/5/"])
    }
}
