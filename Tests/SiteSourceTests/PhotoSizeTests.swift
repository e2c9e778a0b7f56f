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
}
