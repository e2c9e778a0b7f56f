import Foundation
@testable import ImageHeaders
import Testing

@Suite("image headers")
struct ImageHeaderTests {
    private func inspect(_ name: String, as fileName: String? = nil) throws -> Result<ImageHeader, ImageProblem> {
        let bytes = try ImageFixtures.bytes(name)
        return Result { () throws(ImageProblem) in try ImageHeader.inspect(bytes, fileName: fileName ?? name) }
    }

    private func problem(_ name: String, as fileName: String? = nil) throws -> ImageProblem? {
        guard case let .failure(problem) = try inspect(name, as: fileName) else { return nil }
        return problem
    }

    @Test func readsFormatAndShownSize() throws {
        let photo = try inspect("oriented-gps.jpg").get()
        // Stored 1200×900 with orientation 6: shown turned a quarter.
        #expect(photo == ImageHeader(format: .jpeg, size: ImageSize(width: 900, height: 1200)))
        #expect(try inspect("drawing.png").get() == ImageHeader(format: .png, size: ImageSize(width: 640, height: 400)))
        #expect(photo.animationWarning(fileName: "oriented-gps.jpg") == nil)
    }

    @Test func animatedGIFIsWarnedAbout() throws {
        let gif = try inspect("animated.gif").get()
        #expect(gif.format == .gif && gif.size == ImageSize(width: 120, height: 80))
        #expect(gif.frameCount == 3)
        #expect(gif.animationWarning(fileName: "animated.gif")
                == "'animated.gif' is an animated GIF of 3 frames: only its first frame is published")
        let still = TinyImages.gif(width: 3, height: 2)
        #expect(ImageStructure.frameCount(of: still, format: .gif) == 1)
    }

    @Test func fileThatIsNotTheImageItsNameSays() throws {
        #expect(try problem("really-png.jpg") == .wrongExtension(file: "really-png.jpg", named: .jpeg, actual: .png))
        #expect(try problem("really-png.jpg")?.description == "'really-png.jpg' is a PNG image, not a JPEG as its name says")
        #expect(try problem("text.png") == .notAnImage(file: "text.png"))
        #expect(try problem("text.png")?.description.hasPrefix("'text.png' is not an image") == true)
        // The format comes from the bytes, not from the name.
        #expect(try inspect("really-png.jpg", as: "really.png").get().format == .png)
    }

    @Test func truncatedFiles() throws {
        #expect(try problem("truncated.jpg") == .truncated(file: "truncated.jpg", format: .jpeg))
        #expect(try problem("truncated.jpg")?.description == "'truncated.jpg' is truncated: the JPEG data stops before its end")
        // What a phone appends after the end marker (a motion photo's video) is no truncation.
        let photo = try ImageFixtures.bytes("oriented-gps.jpg")
        #expect(try ImageHeader.inspect(photo + Array("ftypmp42 video".utf8), fileName: "m.jpg").format == .jpeg)
        // A scan cut short stays truncated, whatever bytes follow the cut.
        let sos = try #require(photo.indices.first { photo[$0] == 0xFF && photo[$0 + 1] == 0xDA })
        let cut = Array(photo.prefix(sos + 200)) + [0xFF, 0xD8, 0x01, 0x02]
        #expect(throws: ImageProblem.truncated(file: "c.jpg", format: .jpeg)) { try ImageHeader.inspect(cut, fileName: "c.jpg") }
        for name in ["drawing.png", "animated.gif"] {
            let whole = try ImageFixtures.bytes(name)
            let cut = Array(whole.prefix(whole.count - 5))
            #expect(throws: ImageProblem.truncated(file: name, format: ImageFormat(fileName: name)!)) {
                try ImageHeader.inspect(cut, fileName: name)
            }
        }
        let svg = Array("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"3\"><rect/>".utf8)
        #expect(throws: ImageProblem.truncated(file: "a.svg", format: .svg)) { try ImageHeader.inspect(svg, fileName: "a.svg") }
        #expect(try ImageHeader.inspect(svg + Array("</svg>".utf8), fileName: "a.svg").size == ImageSize(width: 4, height: 3))
    }

    @Test func decompressionBombIsRefusedFromItsHeader() throws {
        let limits = ImageLimits()
        #expect(try problem("bomb.png") == .tooLarge(file: "bomb.png", size: ImageSize(width: 20_000, height: 20_000), limits: limits))
        #expect(try problem("bomb.png")?.description.hasPrefix("'bomb.png' declares 20000×20000 pixels, over the limit") == true)
        // Only the first 33 bytes are needed: the signature and IHDR.
        let header = Array(try ImageFixtures.bytes("bomb.png").prefix(33))
        #expect(throws: ImageProblem.tooLarge(file: "b.png", size: ImageSize(width: 20_000, height: 20_000), limits: limits)) {
            try ImageHeader.inspect(header, fileName: "b.png")
        }
        // Under the side limit but over the pixel limit.
        let wide = TinyImages.png(width: 9_000, height: 6_000)
        #expect(throws: ImageProblem.tooLarge(file: "w.png", size: ImageSize(width: 9_000, height: 6_000), limits: limits)) {
            try ImageHeader.inspect(wide, fileName: "w.png")
        }
    }

    @Test func damagedHeaderAndSizelessSVG() throws {
        let damaged = Array(TinyImages.png(width: 0, height: 10))
        #expect(throws: ImageProblem.unreadableSize(file: "d.png", format: .png)) { try ImageHeader.inspect(damaged, fileName: "d.png") }
        let sizeless = Array("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>".utf8)
        #expect(throws: ImageProblem.unreadableSize(file: "s.svg", format: .svg)) { try ImageHeader.inspect(sizeless, fileName: "s.svg") }
    }

    @Test func animatedWebPCountsItsFrames() {
        func littleEndian32(_ value: Int) -> [UInt8] { TinyImages.littleEndian16(value & 0xFFFF) + TinyImages.littleEndian16(value >> 16) }
        func chunk(_ kind: String, _ payload: [UInt8]) -> [UInt8] {
            Array(kind.utf8) + littleEndian32(payload.count) + payload + (payload.count % 2 == 1 ? [0] : [])
        }
        let vp8x = chunk("VP8X", [0x02, 0, 0, 0] + [9, 0, 0] + [9, 0, 0])
        let body = Array("WEBP".utf8) + vp8x + chunk("ANIM", [0, 0, 0, 0, 0, 0]) + chunk("ANMF", [1, 2, 3]) + chunk("ANMF", [4, 5])
        let file = Array("RIFF".utf8) + littleEndian32(body.count) + body
        #expect(ImageStructure.frameCount(of: file, format: .webP) == 2)
        #expect(ImageStructure.frameCount(of: Array(file.dropLast()), format: .webP) == nil)
    }
}
