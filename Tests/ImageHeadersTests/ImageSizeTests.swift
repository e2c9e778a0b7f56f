import Foundation
@testable import ImageHeaders
import Testing

@Suite("image sizes")
struct ImageSizeTests {
    @Test func readsRasterFormats() {
        #expect(ImageSize.read(TinyImages.png(width: 640, height: 480)) == ImageSize(width: 640, height: 480))
        #expect(ImageSize.read(TinyImages.gif(width: 300, height: 2)) == ImageSize(width: 300, height: 2))
        #expect(ImageSize.read(TinyImages.jpeg(width: 1024, height: 768)) == ImageSize(width: 1024, height: 768))
        #expect(ImageSize.read(TinyImages.jpeg(width: 9, height: 7, frameMarker: 0xC2)) == ImageSize(width: 9, height: 7))
        #expect(ImageSize.read(TinyImages.webPLossy(width: 400, height: 300)) == ImageSize(width: 400, height: 300))
        #expect(ImageSize.read(TinyImages.webPLossless(width: 5000, height: 16383)) == ImageSize(width: 5000, height: 16383))
        #expect(ImageSize.read(TinyImages.webPExtended(width: 20000, height: 3)) == ImageSize(width: 20000, height: 3))
    }

    @Test func turnsJPEGSizeWithExifOrientation() {
        for bigEndian in [true, false] {
            let upright = TinyImages.jpeg(width: 4000, height: 3000, exif: TinyImages.exif(orientation: 1, bigEndian: bigEndian))
            let turned = TinyImages.jpeg(width: 4000, height: 3000, exif: TinyImages.exif(orientation: 6, bigEndian: bigEndian))
            #expect(ImageSize.read(upright) == ImageSize(width: 4000, height: 3000))
            #expect(ImageSize.read(turned) == ImageSize(width: 3000, height: 4000))
        }
    }

    @Test func readsSVGSizeOrViewBox() {
        func svg(_ attributes: String) -> ImageSize? {
            ImageSize.read(Array("<?xml version=\"1.0\"?>\n<!-- <svgx> -->\n<svg xmlns=\"http://www.w3.org/2000/svg\" \(attributes)><rect/></svg>".utf8))
        }
        #expect(svg("width=\"40\" height='30'") == ImageSize(width: 40, height: 30))
        #expect(svg("width=\"40px\" height=\"30.4px\" viewBox=\"0 0 4 3\"") == ImageSize(width: 40, height: 30))
        #expect(svg("viewBox=\"0,0,1200,630\"") == ImageSize(width: 1200, height: 630))
        #expect(svg("width=\"100%\" height=\"100%\" viewBox=\"0 0 800 600\"") == ImageSize(width: 800, height: 600))
        #expect(svg("width=\"400\" viewBox=\"0 0 800 600\"") == ImageSize(width: 400, height: 300))
        #expect(svg("width=\"1in\" height=\"2.54cm\"") == ImageSize(width: 96, height: 96))
        #expect(svg("data-x=\"a>b\" width=\"10\" height=\"20\"") == ImageSize(width: 10, height: 20))
        #expect(svg("width=\"10em\" height=\"20\"") == nil)
        #expect(svg("viewBox=\"0 0 0 10\"") == nil)
        #expect(svg("") == nil)
    }

    @Test func refusesUnknownOrDamagedFiles() {
        #expect(ImageSize.read(Array("JPEG".utf8)) == nil)
        #expect(ImageSize.read([]) == nil)
        #expect(ImageSize.read(TinyImages.png(width: 0, height: 10)) == nil)
        #expect(ImageSize.read([0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x08]) == nil)  // scan before any frame header
    }

    /// Every prefix of every sample, and every sample with one byte changed, gives a value without crashing.
    @Test func neverCrashesOnTruncatedOrDamagedHeaders() {
        let samples = [TinyImages.png(width: 1, height: 1), TinyImages.gif(width: 1, height: 1),
                       TinyImages.jpeg(width: 2, height: 3, exif: TinyImages.exif(orientation: 8, bigEndian: false)),
                       TinyImages.webPLossy(width: 1, height: 1), TinyImages.webPLossless(width: 1, height: 1),
                       TinyImages.webPExtended(width: 1, height: 1), Array("<svg width='1' height='1'/>".utf8)]
        for sample in samples {
            for length in 0..<sample.count { _ = ImageSize.read(Array(sample.prefix(length))) }
            for index in sample.indices {
                for value: UInt8 in [0x00, 0xFF, 0x7F] {
                    var damaged = sample
                    damaged[index] = value
                    _ = ImageSize.read(damaged)
                }
            }
        }
        #expect(ImageSize.read(TinyImages.jpeg(width: 2, height: 3, exif: TinyImages.exif(orientation: 8, bigEndian: false)))
                == ImageSize(width: 3, height: 2))
    }
}
