import Foundation
import Testing
import TestSupport
import SiteModel
@testable import SiteBuild

/// News posts and standalone pages name one picture, the same in `og:image` and in their
/// JSON-LD `image`: the first image their body shows from `content/static/` (its widest
/// published file), else the site's card.
@Suite struct PageImageTests {
    static func page(_ site: PhotoSiteCopy, _ path: String) throws -> String {
        try String(contentsOf: site.output.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func postsAndPagesShowTheirFirstImageElseTheSiteCard() throws {
        let site = try PhotoSiteCopy()
        defer { site.remove() }
        try site.write(Data("---\ntitle: La salle est prête\ndate: 2026-10-01\n---\nVoici la salle.\n\n![La salle](/photos/salle.jpg) ![Plan](/photos/plan.png)\n".utf8),
                       to: "news/2026-10-01-la-salle.md")
        try site.write(Data("---\ntitle: Rien à voir\ndate: 2026-10-02\n---\nSans image, ou d'ailleurs : ![x](https://example.org/x.png)\n".utf8),
                       to: "news/2026-10-02-rien.md")
        let report = site.build()
        #expect(report.succeeded, "\(PhotoSiteCopy.lines(report))")
        let base = "https://photos.example.org"

        let withImage = try Self.page(site, "actualites/la-salle/index.html")
        #expect(withImage.contains("<meta property=\"og:image\" content=\"\(base)/photos/salle.jpg\">"))
        #expect(withImage.contains("\"@type\": \"NewsArticle\""))
        #expect(withImage.contains("\"image\": \"\(base)/photos/salle.jpg\""))

        let without = try Self.page(site, "actualites/rien/index.html")
        #expect(without.contains("<meta property=\"og:image\" content=\"\(base)/card.png\">"))
        #expect(without.contains("\"image\": \"\(base)/card.png\""))

        let about = try Self.page(site, "a-propos/index.html")
        #expect(about.contains("\"@type\": \"WebPage\""))
        #expect(about.contains("<meta property=\"og:image\" content=\"\(base)/card.png\">"))
        #expect(about.contains("\"image\": \"\(base)/card.png\""))
    }

    /// Without cards and without an image of its own, a page names no picture at all.
    @Test func noCardNoImage() throws {
        let site = try PhotoSiteCopy()
        defer { site.remove() }
        let siteFile = site.content.appendingPathComponent("site.yml")
        try (String(contentsOf: siteFile, encoding: .utf8) + "social_cards: false\n").write(to: siteFile, atomically: true, encoding: .utf8)
        #expect(site.build().succeeded)
        let about = try Self.page(site, "a-propos/index.html")
        #expect(about.contains("\"@type\": \"WebPage\""))
        #expect(!about.contains("\"image\"") && !about.contains("og:image"))
    }
}
