import Foundation
import SiteModel
import Testing
@testable import SiteRender

@Suite struct FeedEscapingTests {
    typealias Support = FeedTestSupport
    static let hostile = "Tom & Jerry <script>\"quotes\"</script> 🎉"

    @Test func aHostileTitleComesBackUnchangedFromEveryFormat() throws {
        let config = Support.config(title: Self.hostile, tagline: "a < b & 'c'")
        let post = Support.news("n", "2012-01-05", title: Self.hostile, author: "O'Brien <ob>", tags: ["R&D"])
        let files = Support.files(Site(config: config, news: [post]))

        let rss = try FeedXMLReader(files.rss)
        #expect(rss.texts("title") == [Self.hostile, Self.hostile])
        #expect(rss.texts("description", inside: "channel") == ["a < b & 'c'"])
        #expect(rss.texts("dc:creator") == ["O'Brien <ob>"])
        #expect(rss.texts("category") == ["R&D"])

        let atom = try FeedXMLReader(files.atom)
        #expect(atom.texts("title") == [Self.hostile, Self.hostile])
        #expect(atom.attributes("category").first?["term"] == "R&D")

        let json = try Support.jsonObject(files.json)
        #expect(json["title"] as? String == Self.hostile)
        #expect(try Support.jsonItems(files.json).first?["title"] as? String == Self.hostile)
        #expect(!files.json.contains("</"))
        #expect(files.json.contains("<\\/script>"))
    }

    @Test func charactersXMLForbidsAreDropped() throws {
        let post = Support.news("n", "2012-01-05", title: "bip\u{1}\u{B}\u{FFFE} bop\r\nfin",
                                html: "<p>a\u{0}b\u{1B}c</p>")
        let files = Support.files(Site(config: Support.config(), news: [post]))
        let rss = try FeedXMLReader(files.rss)
        #expect(rss.texts("title", inside: "item") == ["bip bop\nfin"])
        #expect(rss.texts("content:encoded") == ["<p>abc</p>"])
        #expect(try FeedXMLReader(files.atom).texts("title", inside: "entry") == ["bip bop\nfin"])
        #expect(try Support.jsonItems(files.json).first?["title"] as? String == "bip bop\nfin")
    }

    @Test func cdataEndMarkersInContentSurvive() throws {
        let html = "<p>x ]]> y</p>\n<pre><code>a]]]]>b ]]&gt;</code></pre>\n"
        let files = Support.files(Site(config: Support.config(), news: [Support.news("n", "2012-01-05", html: html)]))
        #expect(try FeedXMLReader(files.rss).texts("content:encoded") == [html])
        #expect(try FeedXMLReader(files.atom).texts("content") == [html])
        #expect(try Support.jsonItems(files.json).first?["content_html"] as? String == html)
    }

    @Test func theJSONFeedHasTheRequiredFields() throws {
        let site = Site(config: Support.config(), editions: [Support.edition(4, "2011-11-10T19:00")],
                        news: [Support.news("n", "2012-01-05")])
        let json = try Support.jsonObject(Support.files(site).json)
        #expect(json["version"] as? String == "https://jsonfeed.org/version/1.1")
        #expect(json["title"] as? String == "Breizh\u{2019}péro")
        #expect(json["home_page_url"] as? String == "\(Support.baseURL)/")
        #expect(json["feed_url"] as? String == "\(Support.baseURL)/feed.json")
        #expect(json["description"] as? String == "Les apéros web de Quimper et de Cornouaille")
        #expect(json["language"] as? String == "fr")
        let items = try #require(json["items"] as? [[String: Any]])
        #expect(items.count == 2)
        for item in items {
            let id = try #require(item["id"] as? String)
            #expect(item["url"] as? String == id)
            #expect(item["title"] is String)
            #expect(item["summary"] is String)
            #expect((item["content_html"] as? String)?.isEmpty == false)
            #expect(item["date_published"] is String)
        }
    }

    @Test func jsonStringsEscapeWhatJSONAndScriptsNeed() {
        let value = JSONValue.object(["b": .string("\"\\\n\t\u{1}</a>\u{2028}é"), "a": .array([])])
        #expect(value.text == "{\n  \"a\": [],\n  \"b\": \"\\\"\\\\\\n\\t\\u0001<\\/a>\\u2028é\"\n}\n")
    }
}
