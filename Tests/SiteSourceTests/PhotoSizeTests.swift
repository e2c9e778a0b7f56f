import Foundation
import SiteModel
@testable import SiteSource
import Testing

/// The loader reads each photo's size with ImageHeaders.
@Suite("photo sizes")
struct PhotoSizeTests {
    @Test func loaderSetsPhotoSizesAndWarnsWhenUnreadable() throws {
        let content = try TemporaryContent([
            "editions/01-premier.md": "---\nedition: 1\ntitle: Premier\ndate: 2011-02-23\nphotos:\n"
                + "  - {src: /photos/salle.png, alt: La salle}\n  - {src: /photos/notes.txt, alt: Des notes}\n---\n",
        ])
        try content.write("static/photos/salle.png", Data(contentsOf: Fixtures.root.appendingPathComponent("images/drawing.png")))
        try content.write("static/photos/notes.txt", "pas une image")
        #expect(content.lines() == [
            "content/editions/01-premier.md:7:11: warning: cannot read the width and height of photo '/photos/notes.txt'",
        ])
        #expect(content.load().diagnostics.first?.hint
                == "use a PNG, JPEG, GIF, WebP or SVG image (an SVG needs width and height or a viewBox)")
        let photos = try #require(content.load().site?.editions.first?.photos)
        #expect(photos == [Photo(src: "/photos/salle.png", alt: "La salle", width: 640, height: 400),
                           Photo(src: "/photos/notes.txt", alt: "Des notes")])
    }

    @Test func imagesWrittenInMarkdownGetTheirSizeToo() throws {
        let content = try TemporaryContent([
            "news/2013-10-02-ouverture.md": "---\ntitle: Ouverture\ndate: 2013-10-02\n---\n"
                + "![La salle](/photos/salle%201.png \"titre\") et ![ailleurs](https://example.org/x.png) "
                + "et ![texte](/photos/notes.txt)\n",
        ])
        try content.write("static/photos/salle 1.png", Data(contentsOf: Fixtures.root.appendingPathComponent("images/drawing.png")))
        try content.write("static/photos/notes.txt", "pas une image")
        let post = try #require(content.load().site?.news.first)
        #expect(post.body.html == "<p><img src=\"/photos/salle%201.png\" width=\"640\" height=\"400\" alt=\"La salle\" title=\"titre\"> "
                + "et <img src=\"https://example.org/x.png\" alt=\"ailleurs\"> et <img src=\"/photos/notes.txt\" alt=\"texte\"></p>\n")
        #expect(post.body.summaryHTML.contains("width=\"640\" height=\"400\""))
    }
}
