import Foundation
import SiteModel
import Testing
@testable import SiteRender

/// Writes a sample of the three feeds where `KERNE_FEED_SAMPLE_DIR` says, for
/// `.ci/validate_feeds.py` to check: `KERNE_FEED_SAMPLE_DIR=/tmp/feeds swift test --filter FeedSample`.
@Suite struct FeedSampleOutputTests {
    static let folder = ProcessInfo.processInfo.environment["KERNE_FEED_SAMPLE_DIR"]

    static func sampleSite() -> Site {
        typealias Support = FeedTestSupport
        let cantine = Venue(key: "cantine", name: "Cantine numérique de Cornouaille", address: "Creac\u{2019}h Gwen, Quimper")
        return Site(config: Support.config(), editions: [
            Support.edition(1, "2011-02-23", title: "Les débuts"),
            Support.edition(4, "2011-11-10T19:00", title: "Le référencement naturel",
                            html: "<p>Voir <a href=\"../3/\">avant</a> ]]> et <img src=\"a.png\" alt=\"\" /></p>\n",
                            venue: cantine, speakers: [Speaker(name: "Ronan Chardonneau", affiliation: "SEO Camp")]),
            Support.edition(30, "2014-06-12T19:00", title: "Tom & Jerry <script>\"quotes\"</script> 🎉", venue: cantine),
        ], news: [
            Support.news("ouverture", "2013-10", title: "La Cantine numérique ouvre ses portes", author: "Christian Rogel",
                         tags: ["cantine"], updated: "2013-10-15T10:00"),
            Support.news("meme-heure", "2011-11-10T19:00", tags: ["R&D"]),
        ])
    }

    @Test(.enabled(if: folder != nil)) func writesTheSampleFeeds() throws {
        let folder = URL(fileURLWithPath: try #require(Self.folder), isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in FeedRenderer.render(Self.sampleSite()) {
            try Data(file.contents).write(to: folder.appendingPathComponent(file.path))
        }
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("feed.json").path))
    }
}
