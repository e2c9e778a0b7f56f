import Foundation
import ImageHeaders
@testable import Images
import Testing

@Suite("image cache")
struct ImageCacheTests {
    private let widths = [480, 960]

    private func withCache(_ body: (ImageCache) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kerne-image-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(ImageCache(directory: folder))
    }

    private func files(in cache: ImageCache) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: cache.directory.path)
        return ((enumerator?.allObjects as? [String]) ?? []).filter { $0.hasSuffix(".variants") }.sorted()
    }

    @Test func storesOnceAndGivesBackTheSameVariants() throws {
        let bytes = try ImageFixtures.bytes("oriented-gps.jpg")
        try withCache { cache in
            let made = try cache.image(contentKey: "0123abcd", bytes: bytes, fileName: "a.jpg", widths: widths)
            #expect(made == (try ResponsiveImage.make(from: bytes, fileName: "a.jpg", widths: widths)))
            #expect(files(in: cache) == ["v2-\(Vips.identity)-q80-w480-960-max10000-50000000/0123abcd.variants"])
            // The cached copy is what is read, whatever bytes are given now.
            let cached = try cache.image(contentKey: "0123abcd", bytes: [], fileName: "a.jpg", widths: widths)
            #expect(cached == made)
            // Other widths are another recipe: processed again.
            #expect(throws: ImageError.problem(.notAnImage(file: "a.jpg"))) {
                try cache.image(contentKey: "0123abcd", bytes: [], fileName: "a.jpg", widths: [480])
            }
        }
    }

    @Test func damagedEntryIsMadeAgain() throws {
        let bytes = try ImageFixtures.bytes("drawing.png")
        try withCache { cache in
            let made = try cache.image(contentKey: "k", bytes: bytes, fileName: "d.png", widths: widths)
            let file = cache.directory.appendingPathComponent(try #require(files(in: cache).first))
            let archive = try Data(contentsOf: file)
            try archive.prefix(archive.count - 3).write(to: file)
            #expect(try cache.image(contentKey: "k", bytes: bytes, fileName: "d.png", widths: widths) == made)
            #expect(try Data(contentsOf: file) == archive)
        }
    }

    @Test func refusedImagesAreNotStored() throws {
        try withCache { cache in
            #expect(throws: ImageError.self) {
                try cache.image(contentKey: "bomb", bytes: try ImageFixtures.bytes("bomb.png"), fileName: "bomb.png", widths: widths)
            }
            #expect(files(in: cache) == [])
        }
    }

    /// The layout spelled out: the magic line, then words of 8 little-endian bytes and framed
    /// texts (the cache's one binary format). Entries written by earlier builds stay readable.
    @Test func archiveLayoutIsTheCachesBinaryFormat() {
        func word(_ value: UInt64) -> [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
        func text(_ value: String) -> [UInt8] { word(UInt64(value.utf8.count)) + Array(value.utf8) }
        let image = ResponsiveImage(
            header: ImageHeader(format: .png, size: ImageSize(width: 300, height: 2), frameCount: 1),
            variants: [ImageVariant(width: 300, height: 2, format: .webP, bytes: [7, 8, 9])], warnings: [])
        let expected = Array("kerne-images 1\n".utf8) + text("png") + word(300) + word(2) + word(1) + word(1)
            + word(300) + word(2) + text("webP") + word(3) + [7, 8, 9]
        #expect(VariantArchive.encode(image) == expected)
        #expect(VariantArchive.decode(expected, fileName: "a.png") == image)
        // A size past 31 bits is damage, not an image.
        var huge = expected
        huge.replaceSubrange(26..<34, with: word(UInt64(Int32.max) + 1))
        #expect(VariantArchive.decode(huge, fileName: "a.png") == nil)
    }

    @Test func archiveRoundTripsAndRefusesDamage() throws {
        let image = try ResponsiveImage.make(from: try ImageFixtures.bytes("animated.gif"), fileName: "a.gif", widths: widths)
        let archive = VariantArchive.encode(image)
        #expect(VariantArchive.decode(archive, fileName: "a.gif") == image)
        // The warning names the file it is read for.
        #expect(VariantArchive.decode(archive, fileName: "b.gif")?.warnings
                == ["'b.gif' is an animated GIF of 3 frames: only its first frame is published"])
        for length in [0, 10, 20, archive.count / 2, archive.count - 1] {
            #expect(VariantArchive.decode(Array(archive.prefix(length)), fileName: "a.gif") == nil)
        }
        #expect(VariantArchive.decode(archive + [0], fileName: "a.gif") == nil)
    }
}
