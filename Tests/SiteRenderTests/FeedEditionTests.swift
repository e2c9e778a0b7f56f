import Foundation
import SiteModel
import Testing
@testable import SiteRender

@Suite struct FeedEditionTests {
    typealias Support = FeedTestSupport

    private func seoEdition(status: EditionStatus = .scheduled) -> Edition {
        var edition = Support.edition(
            4, "2011-11-10T19:00", title: "Le référencement naturel",
            html: "<p>Voir <a href=\"/editions/3/\">la précédente</a> et <img src=\"photos/tableau.jpg\" alt=\"t\" />.</p>\n",
            venue: Venue(key: "cantine", name: "Cantine numérique de Cornouaille", address: "Creac\u{2019}h Gwen, Quimper"),
            speakers: [Speaker(name: "Ronan Chardonneau", affiliation: "SEO Camp"), Speaker(name: "Sterenn Le Coz")])
        edition.status = status
        edition.tags = ["seo"]
        edition.photos = [Photo(src: "/photos/bp04-1.jpg", alt: "Ronan au tableau")]
        return edition
    }

    @Test func theTitleSaysWhichEditionItIs() throws {
        let files = Support.files(Site(config: Support.config(), editions: [seoEdition()]))
        let title = "Breizh\u{2019}péro #4 \u{2014} Le référencement naturel"
        #expect(try FeedXMLReader(files.rss).texts("title", inside: "item") == [title])
        #expect(try FeedXMLReader(files.atom).texts("title", inside: "entry") == [title])
        #expect(try Support.jsonItems(files.json).first?["title"] as? String == title)
    }

    @Test func theTextGivesDateVenueAndSpeakersBeforeTheBody() throws {
        let files = Support.files(Site(config: Support.config(), editions: [seoEdition()]))
        let content = try #require(try FeedXMLReader(files.rss).texts("content:encoded").first)
        let base = Support.baseURL
        let expectedStart = """
        <ul>
        <li>Date\u{a0}: jeudi 10 novembre 2011 à 19\u{a0}h</li>
        <li>Lieu\u{a0}: <a href="\(base)/lieux/cantine/">Cantine numérique de Cornouaille</a>, Creac\u{2019}h Gwen, Quimper</li>
        <li>Intervenants\u{a0}: <a href="\(base)/intervenants/ronan-chardonneau/">Ronan Chardonneau</a> (SEO Camp), \
        <a href="\(base)/intervenants/sterenn-le-coz/">Sterenn Le Coz</a></li>
        </ul>
        <p>Voir <a href="\(base)/editions/3/">la précédente</a> et <img src="\(base)/editions/4/photos/tableau.jpg" alt="t" />.</p>
        <p><img src="\(base)/photos/bp04-1.jpg" alt="Ronan au tableau" /></p>

        """
        #expect(content == expectedStart)
        #expect(try FeedXMLReader(files.atom).texts("content") == [content])
        #expect(try Support.jsonItems(files.json).first?["content_html"] as? String == content)
    }

    @Test func theSummaryStartsWithTheDateAndTheVenue() throws {
        let files = Support.files(Site(config: Support.config(), editions: [seoEdition()]))
        let summary = "jeudi 10 novembre 2011 à 19\u{a0}h, Cantine numérique de Cornouaille. Résumé 4."
        #expect(try FeedXMLReader(files.rss).texts("description", inside: "item") == [summary])
        #expect(try FeedXMLReader(files.atom).texts("summary") == [summary])
    }

    @Test func aCancelledEditionSaysSoFirst() throws {
        let files = Support.files(Site(config: Support.config(), editions: [seoEdition(status: .cancelled)]))
        let content = try #require(try FeedXMLReader(files.rss).texts("content:encoded").first)
        #expect(content.hasPrefix("<p><strong>Annulé.</strong></p>\n<ul>\n"))
    }

    @Test func englishSitesGetEnglishLabels() throws {
        var config = Support.config()
        config.language = "en"
        config.words = DefaultTheme.words("en")
        let files = Support.files(Site(config: config, editions: [seoEdition()]))
        let content = try #require(try FeedXMLReader(files.rss).texts("content:encoded").first)
        #expect(content.hasPrefix("<ul>\n<li>Date: Thursday, November 10, 2011 at 7:00\u{a0}PM</li>\n<li>Venue: "))
        #expect(content.contains("<li>Speakers: "))

        config.language = "en-GB"
        config.words = DefaultTheme.words("en-GB")
        let british = Support.files(Site(config: config, editions: [seoEdition(status: .cancelled)]))
        let britishContent = try #require(try FeedXMLReader(british.rss).texts("content:encoded").first)
        #expect(britishContent.hasPrefix("<p><strong>Cancelled.</strong></p>\n<ul>\n<li>Date: Thursday 10 November 2011 at 19:00</li>"))
        #expect(try FeedXMLReader(british.rss).texts("title").contains { $0.hasPrefix("Cancelled — ") })
    }
}
