import Foundation
import Testing
import TestSupport
import SiteModel
import SiteRender
@testable import SiteBuild

/// Only an image changes, its edition's text does not: an incremental build still reports the
/// damage at the `photos:` entry that shows it, whether the header says so (the loader's check)
/// or only libvips finds it while decoding (the image step's).
@Suite struct PhotoChangeTests {
    static let familyEntry = "content/editions/01-lancement.md:7:10: error: "
    static let planEntry = "content/editions/01-lancement.md:9:10: error: "

    @Test func aReplacedPhotoIsReportedAtItsEntry() throws {
        let site = try PhotoSiteCopy()
        defer { site.remove() }
        let first = site.build()
        #expect(first.succeeded, "\(PhotoSiteCopy.lines(first))")
        let images = FixturePaths.fixtures.appendingPathComponent("images")

        // Damaged past its header: only decoding finds it.
        try site.write(try PhotoSiteCopy.scrambledJPEG(), to: "static/photos/famille.jpg")
        var report = site.build()
        #expect(PhotoSiteCopy.lines(report).count == 1)
        #expect(PhotoSiteCopy.lines(report).first?.hasPrefix(Self.familyEntry + "'/photos/famille.jpg' cannot be decoded: ") == true,
                "\(PhotoSiteCopy.lines(report))")
        #expect(report.diagnostics.first?.hint == "content/static/photos/famille.jpg cannot be published; export it again as a PNG, JPEG or WebP")
        // libvips's message twice in a row is printed once, on the entry's line.
        #expect(report.diagnostics.first.map { !$0.message.contains("\n") } == true)
        // Again, with the parse served from the cache this time.
        report = site.build()
        #expect(PhotoSiteCopy.lines(report).first?.hasPrefix(Self.familyEntry + "'/photos/famille.jpg' cannot be decoded: ") == true)

        // A truncated file and a bomb: the header says so.
        try site.write(try Data(contentsOf: images.appendingPathComponent("truncated.jpg")), to: "static/photos/famille.jpg")
        report = site.build()
        #expect(PhotoSiteCopy.lines(report) == [Self.familyEntry + "'/photos/famille.jpg' is truncated: the JPEG data stops before its end"])
        try site.write(try Data(contentsOf: FixturePaths.site("site-photos").appendingPathComponent("content/static/photos/famille.jpg")),
                       to: "static/photos/famille.jpg")
        try site.write(try Data(contentsOf: images.appendingPathComponent("bomb.png")), to: "static/photos/plan.png")
        report = site.build()
        #expect(PhotoSiteCopy.lines(report).count == 1)
        #expect(PhotoSiteCopy.lines(report).first?.hasPrefix(Self.planEntry + "'/photos/plan.png' declares 20000×20000 pixels") == true,
                "\(PhotoSiteCopy.lines(report))")

        // Mended: the build succeeds again.
        try site.write(try Data(contentsOf: FixturePaths.site("site-photos").appendingPathComponent("content/static/photos/plan.png")),
                       to: "static/photos/plan.png")
        #expect(site.build().succeeded)
    }

    /// Images written in Markdown that the build publishes as they are (an SVG, a JPEG libvips
    /// cannot decode) keep the size their header declares; a resized one gets its widths.
    @Test func markdownImagesPublishedAsTheyAreKeepTheirDeclaredSize() throws {
        let site = try PhotoSiteCopy()
        defer { site.remove() }
        try site.write(try Data(contentsOf: FixturePaths.fixtures.appendingPathComponent("images/card.svg")), to: "static/photos/schéma 1.svg")
        try site.write(try PhotoSiteCopy.scrambledJPEG(), to: "static/photos/abimee.jpg")
        try site.write(Data("---\ntitle: Galerie\n---\n![Schéma](/photos/sch%C3%A9ma%201.svg) ![Abîmée](/photos/abimee.jpg) ![Plan](/photos/plan.png)\n".utf8),
                       to: "pages/galerie.md")
        let report = site.build()
        #expect(report.succeeded, "\(PhotoSiteCopy.lines(report))")
        #expect(PhotoSiteCopy.lines(report).contains { $0.hasPrefix("content/static/photos/abimee.jpg:1:1: warning: '/photos/abimee.jpg' cannot be decoded") })
        let page = try String(contentsOf: site.output.appendingPathComponent("galerie/index.html"), encoding: .utf8)
        #expect(page.contains("<img src=\"/photos/sch%C3%A9ma%201.svg\" width=\"1200\" height=\"630\" alt=\"Schéma\">"))
        // Upright, as the header's Exif orientation says: the published file is the original.
        #expect(page.contains("<img src=\"/photos/abimee.jpg\" width=\"900\" height=\"1200\" alt=\"Abîmée\">"))
        #expect(page.contains("<img src=\"/photos/plan.png\" srcset=\"/photos/plan-480.png 480w, /photos/plan.png 640w\" "
                              + "sizes=\"\(Theme.defaultImageSizes)\" width=\"640\""))
    }
}
