import Foundation
import Testing
import TestSupport
import SiteModel
@testable import SiteBuild

/// The fixture site with photos (`site-photos`): a JPEG with an Exif orientation and a GPS
/// position, a PNG drawing, and a JPEG written in Markdown (a crop of the first, made with
/// `vips crop`, which keeps the Exif data), built with a build cache.
@Suite struct PhotoSiteTests {
    static let now = EventDate(year: 2026, month: 11, day: 23)

    static func build(into output: URL, cache: URL?) -> BuildReport {
        let root = FixturePaths.site("site-photos")
        var options = BuildOptions(contentDirectory: root.appendingPathComponent("content"),
                                   themeDirectory: FixturePaths.defaultTheme, outputDirectory: output, now: now)
        options.cacheRoot = cache
        return SiteBuilder(options: options, displayBase: root).build()
    }

    /// Width and height of a PNG, from its IHDR chunk.
    static func pngSize(_ data: Data) -> (Int, Int)? {
        let bytes = [UInt8](data)
        guard bytes.count > 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) else { return nil }
        func int(_ offset: Int) -> Int { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (int(16), int(20))
    }

    @Test func photosArePublishedAtTheThemeWidthsWithoutMetadata() throws {
        let temporary = try FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let output = temporary.appendingPathComponent("output")
        let report = Self.build(into: output, cache: temporary.appendingPathComponent("cache"))
        #expect(report.succeeded, "\(report.diagnostics) \(report.errors)")
        let files = FolderContents.read(output)

        // Upright: the fixture is stored 1200×900 with an orientation that turns it to 900×1200.
        #expect(Set(files.keys.filter { $0.hasPrefix("photos/") }) == [
            "photos/famille-480.jpg", "photos/famille-480.webp", "photos/famille.jpg", "photos/famille-900.webp",
            "photos/plan-480.png", "photos/plan-480.webp", "photos/plan.png", "photos/plan-640.webp",
            "photos/salle-480.jpg", "photos/salle-480.webp", "photos/salle.jpg", "photos/salle-600.webp",
        ])
        let page = String(decoding: try #require(files["editions/1/index.html"]), as: UTF8.self)
        #expect(page.contains("<source type=\"image/webp\" srcset=\"/photos/famille-480.webp 480w, /photos/famille-900.webp 900w\""))
        #expect(page.contains("<img src=\"/photos/famille.jpg\" alt=\"Les participants réunis devant la Cantine\" "
                              + "srcset=\"/photos/famille-480.jpg 480w, /photos/famille.jpg 900w\""))
        #expect(page.contains("width=\"900\" height=\"1200\" loading=\"lazy\""))
        #expect(page.contains("srcset=\"/photos/plan-480.png 480w, /photos/plan.png 640w\""))
        // The image written in Markdown gets its widths too.
        #expect(page.contains("<img src=\"/photos/salle.jpg\" srcset=\"/photos/salle-480.jpg 480w, /photos/salle.jpg 600w\" "
                              + "sizes=\"(min-width: 42rem) 42rem, 100vw\" width=\"600\" height=\"800\" loading=\"lazy\" alt="))

        // No published file keeps the Exif block (with its GPS position) of the originals.
        let original = try Data(contentsOf: FixturePaths.site("site-photos").appendingPathComponent("content/static/photos/famille.jpg"))
        #expect(original.range(of: Data("Exif".utf8)) != nil)
        for (path, data) in files where !path.hasSuffix(".html") && !path.hasSuffix(".xml") && !path.hasSuffix(".json") {
            #expect(data.range(of: Data("Exif".utf8)) == nil, "\(path) keeps Exif data")
            #expect(data != original, "\(path) is the original")
        }

        // A card per edition and one for the site, 1200×630, as og:image and in the JSON-LD.
        for card in ["editions/1/card.png", "card.png"] {
            let png = try #require(files[card])
            let size = Self.pngSize(png)
            #expect(size?.0 == 1200 && size?.1 == 630, "\(card)")
        }
        #expect(page.contains("<meta property=\"og:image\" content=\"https://photos.example.org/editions/1/card.png\">"))
        #expect(page.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"))
        #expect(page.contains("\"image\": \"https://photos.example.org/editions/1/card.png\""))
        let about = String(decoding: try #require(files["a-propos/index.html"]), as: UTF8.self)
        #expect(about.contains("<meta property=\"og:image\" content=\"https://photos.example.org/card.png\">"))
    }

    @Test func cleanBuildsAreIdenticalAndAnUnchangedRebuildMakesNoImage() throws {
        let temporary = try FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let first = temporary.appendingPathComponent("first")
        let second = temporary.appendingPathComponent("second")
        let cache = temporary.appendingPathComponent("cache")
        let report = Self.build(into: first, cache: cache)
        #expect(report.succeeded)
        #expect(report.steps.first { $0.name == "images" }?.detail == "5 made, 0 from the cache")
        #expect(Self.build(into: second, cache: nil).succeeded)
        var one = FolderContents.read(first)
        var two = FolderContents.read(second)
        one.removeValue(forKey: ".kerne-output")
        two.removeValue(forKey: ".kerne-output")
        #expect(one == two)

        // Nothing changed: the cache answers before any image is looked at.
        let again = Self.build(into: first, cache: cache)
        #expect(again.steps.map(\.name) == ["cache"])
        // A new output folder with the same image cache: every image comes from it.
        let third = Self.build(into: temporary.appendingPathComponent("third"), cache: cache)
        #expect(third.steps.first { $0.name == "images" }?.detail == "0 made, 5 from the cache")
    }

    /// `social_cards: false` in site.yml: no card is drawn, and no page names one.
    @Test func socialCardsCanBeTurnedOff() throws {
        let temporary = try FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let content = temporary.appendingPathComponent("content")
        try FileManager.default.copyItem(at: FixturePaths.site("site-photos").appendingPathComponent("content"), to: content)
        let siteFile = content.appendingPathComponent("site.yml")
        try (String(contentsOf: siteFile, encoding: .utf8) + "social_cards: false\n").write(to: siteFile, atomically: true, encoding: .utf8)
        var options = BuildOptions(contentDirectory: content, themeDirectory: FixturePaths.defaultTheme,
                                   outputDirectory: temporary.appendingPathComponent("output"), now: Self.now)
        options.cacheRoot = temporary.appendingPathComponent("cache")
        let report = SiteBuilder(options: options, displayBase: temporary).build()
        #expect(report.succeeded, "\(report.diagnostics) \(report.errors)")
        let files = FolderContents.read(temporary.appendingPathComponent("output"))
        #expect(files["photos/famille-480.webp"] != nil)
        #expect(files.keys.filter { $0.hasSuffix("card.png") }.isEmpty)
        let page = String(decoding: try #require(files["editions/1/index.html"]), as: UTF8.self)
        #expect(!page.contains("card.png"))
    }
}
