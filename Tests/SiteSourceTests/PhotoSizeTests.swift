import Foundation
import SiteModel
@testable import SiteSource
import Testing

/// The loader checks each photo's header with ImageHeaders and reads its size.
@Suite("photo sizes")
struct PhotoSizeTests {
    @Test func loaderSetsPhotoSizesAndRefusesWhatIsNoImage() throws {
        let content = try TemporaryContent([
            "editions/01-premier.md": "---\nedition: 1\ntitle: Premier\ndate: 2011-02-23\nphotos:\n"
                + "  - {src: /photos/salle.png, alt: La salle}\n  - {src: /photos/notes.txt, alt: Des notes}\n---\n",
        ])
        try content.write("static/photos/salle.png", Data(contentsOf: Fixtures.root.appendingPathComponent("images/drawing.png")))
        try content.write("static/photos/notes.txt", "pas une image")
        #expect(content.lines() == [
            "content/editions/01-premier.md:7:11: error: '/photos/notes.txt' is not an image: its first bytes are not those of a JPEG, PNG, GIF, WebP or SVG file",
        ])
        #expect(content.load().diagnostics.first?.hint
                == "use a PNG, JPEG, GIF, WebP or SVG image (an SVG needs width and height or a viewBox)")
    }

    @Test func loaderReadsTheUprightSizeAndWarnsOfAnimations() throws {
        let content = try TemporaryContent([
            "editions/01-premier.md": "---\nedition: 1\ntitle: Premier\ndate: 2011-02-23\nphotos:\n"
                + "  - {src: /photos/salle.png, alt: La salle}\n  - {src: /photos/anim.gif, alt: Une animation}\n---\n",
        ])
        try content.write("static/photos/salle.png", Data(contentsOf: Fixtures.root.appendingPathComponent("images/drawing.png")))
        try content.write("static/photos/anim.gif", Data(contentsOf: Fixtures.root.appendingPathComponent("images/animated.gif")))
        #expect(content.lines().count == 1)
        #expect(content.lines().first?.contains("7:11: warning: '/photos/anim.gif' is an animated GIF") == true)
        let photos = try #require(content.load().site?.editions.first?.photos)
        #expect(photos.first == Photo(src: "/photos/salle.png", alt: "La salle", width: 640, height: 400,
                                      location: SourceLocation(path: "content/editions/01-premier.md", line: 6, column: 11)))
    }

    /// A bomb, a truncated file and a PNG named .jpg are refused from their header, at their entry.
    @Test func badImagesAreErrorsAtTheirPhotosEntry() throws {
        let content = try TemporaryContent([
            "editions/01-premier.md": "---\nedition: 1\ntitle: Premier\ndate: 2011-02-23\nphotos:\n"
                + "  - {src: /photos/bomb.png, alt: Une bombe}\n  - {src: /photos/coupee.jpg, alt: Coupée}\n"
                + "  - {src: /photos/faux.jpg, alt: Un PNG}\n---\n",
        ])
        for (name, fixture) in [("bomb.png", "bomb.png"), ("coupee.jpg", "truncated.jpg"), ("faux.jpg", "really-png.jpg")] {
            try content.write("static/photos/\(name)", Data(contentsOf: Fixtures.root.appendingPathComponent("images/\(fixture)")))
        }
        let lines = content.lines()
        #expect(lines.count == 3)
        #expect(lines.first?.hasPrefix("content/editions/01-premier.md:6:11: error: '/photos/bomb.png' declares ") == true)
        #expect(lines.dropFirst().first == "content/editions/01-premier.md:7:11: error: '/photos/coupee.jpg' is truncated: the JPEG data stops before its end")
        #expect(lines.last == "content/editions/01-premier.md:8:11: error: '/photos/faux.jpg' is a PNG image, not a JPEG as its name says")
    }

    /// The sizes of images written in Markdown are the render's (`ResponsiveMarkup`, given what
    /// the build published): the loader keeps the body as the Markdown renderer wrote it, and
    /// remembers where each photo entry is, for errors found once the file is decoded.
    @Test func loaderLeavesMarkdownImagesToTheRenderAndPlacesPhotos() throws {
        let content = try TemporaryContent([
            "editions/01-premier.md": "---\nedition: 1\ntitle: Premier\ndate: 2011-02-23\nphotos:\n"
                + "  - {src: /photos/salle.png, alt: La salle}\n---\n![La salle](/photos/salle.png)\n",
        ])
        try content.write("static/photos/salle.png", Data(contentsOf: Fixtures.root.appendingPathComponent("images/drawing.png")))
        let edition = try #require(content.load().site?.editions.first)
        #expect(edition.body.html == "<p><img src=\"/photos/salle.png\" alt=\"La salle\"></p>\n")
        #expect(edition.photos.first?.location == SourceLocation(path: "content/editions/01-premier.md", line: 6, column: 11))
    }
}
