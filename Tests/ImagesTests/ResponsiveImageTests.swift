import ImageHeaders
@testable import Images
import Testing

@Suite("responsive images")
struct ResponsiveImageTests {
    private let widths = [480, 960, 1600]

    /// Each variant's own header agrees with what it claims, and it carries no metadata.
    private func checkVariants(_ image: ResponsiveImage) throws {
        for variant in image.variants {
            let name = "variant." + (variant.format == .jpeg ? "jpg" : variant.format == .png ? "png" : "webp")
            let header = try ImageHeader.inspect(variant.bytes, fileName: name)
            #expect(header == ImageHeader(format: variant.format, size: ImageSize(width: variant.width, height: variant.height)))
            #expect(MetadataScan.blocks(in: variant.bytes) == [], "\(variant.width) \(variant.format)")
            // libvips decodes it back (the WebP container was rewritten without its metadata).
            #expect(try VipsImage.thumbnail(variant.bytes, width: 8, fileName: name).width == 8)
        }
    }

    @Test func jpegIsTurnedUprightAndLosesItsExifAndGPS() throws {
        let bytes = try ImageFixtures.bytes("oriented-gps.jpg")
        #expect(MetadataScan.blocks(in: bytes) == ["APP1 Exif"])  // the scan sees what it must remove
        let image = try ResponsiveImage.make(from: bytes, fileName: "oriented-gps.jpg", widths: widths)
        // Stored 1200×900 with orientation 6, shown 900×1200: 960 and 1600 collapse into 900.
        #expect(image.variants.map { "\($0.width)×\($0.height) \($0.format.name)" }
                == ["480×640 JPEG", "480×640 WebP", "900×1200 JPEG", "900×1200 WebP"])
        #expect(image.warnings == [])
        try checkVariants(image)
        // No orientation tag is left: the frame itself is portrait.
        #expect(ImageSize.read(image.variants[0].bytes) == ImageSize(width: 480, height: 640))
        #expect(!image.variants.contains { $0.bytes == bytes })
    }

    @Test func pngStaysPNGAndLosesItsExifChunk() throws {
        let bytes = try ImageFixtures.bytes("drawing.png")
        #expect(MetadataScan.blocks(in: bytes) == ["eXIf"])
        let image = try ResponsiveImage.make(from: bytes, fileName: "drawing.png", widths: widths)
        #expect(image.variants.map { "\($0.width)×\($0.height) \($0.format.name)" }
                == ["480×300 PNG", "480×300 WebP", "640×400 PNG", "640×400 WebP"])
        try checkVariants(image)
    }

    @Test func animatedGIFKeepsItsFirstFrameWithAWarning() throws {
        let image = try ResponsiveImage.make(from: try ImageFixtures.bytes("animated.gif"), fileName: "animated.gif", widths: widths)
        #expect(image.variants.map { "\($0.width)×\($0.height) \($0.format.name)" } == ["120×80 PNG", "120×80 WebP"])
        #expect(image.warnings == ["'animated.gif' is an animated GIF of 3 frames: only its first frame is published"])
        try checkVariants(image)
    }

    @Test func sameBytesOnEveryRun() throws {
        let bytes = try ImageFixtures.bytes("oriented-gps.jpg")
        let first = try ResponsiveImage.make(from: bytes, fileName: "a.jpg", widths: widths)
        let second = try ResponsiveImage.make(from: bytes, fileName: "a.jpg", widths: widths)
        #expect(first == second)
    }

    @Test func badFilesAreRefusedBeforeDecoding() throws {
        func error(_ name: String) throws -> ImageError? {
            let bytes = try ImageFixtures.bytes(name)
            do { _ = try ResponsiveImage.make(from: bytes, fileName: name, widths: widths) }
            catch { return error }
            return nil
        }
        let bomb = try #require(try error("bomb.png"))
        #expect(bomb == .problem(.tooLarge(file: "bomb.png", size: ImageSize(width: 20_000, height: 20_000), limits: ImageLimits())))
        #expect(bomb.description.hasPrefix("'bomb.png' declares 20000×20000 pixels"))
        #expect(try error("truncated.jpg") == .problem(.truncated(file: "truncated.jpg", format: .jpeg)))
        #expect(try error("really-png.jpg") == .problem(.wrongExtension(file: "really-png.jpg", named: .jpeg, actual: .png)))
        #expect(try error("text.png") == .problem(.notAnImage(file: "text.png")))
        #expect(try error("card.svg") == .vectorImage(file: "card.svg"))
    }

    @Test func damageInsideTheDataIsALibvipsErrorNamingTheFile() throws {
        // A whole file, with its end marker, whose compressed data is cut out after the header.
        var bytes = try ImageFixtures.bytes("drawing.png")
        let idat = try #require(bytes.indices.first { Array(bytes[$0..<$0 + 4]) == Array("IDAT".utf8) })
        for index in (idat + 4)..<(idat + 40) { bytes[index] = 0x55 }
        do {
            _ = try ResponsiveImage.make(from: bytes, fileName: "broken.png", widths: [100])
            Issue.record("a damaged PNG was decoded")
        } catch let error {
            guard case .libvips(file: "broken.png", _) = error else { Issue.record("\(error)"); return }
            #expect(error.description.hasPrefix("'broken.png' cannot be decoded: "))
        }
    }

    @Test func widthsAreCappedAtTheOriginal() {
        #expect(ResponsiveImage.publishedWidths([1600, 480, 960, 480], originalWidth: 1000) == [480, 960, 1000])
        #expect(ResponsiveImage.publishedWidths([1600], originalWidth: 300) == [300])
        #expect(ResponsiveImage.publishedWidths([], originalWidth: 300) == [300])
        #expect(ResponsiveImage.publishedWidths([0, -5, 200], originalWidth: 300) == [200])
    }
}
