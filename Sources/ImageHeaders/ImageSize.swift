/// The pixel size of an image, read from the first bytes of its file: PNG, GIF, JPEG, WebP and SVG.
/// Pure: bytes in, size out; nil when the format is unknown or the header is damaged.
package struct ImageSize: Hashable, Sendable {
    package var width: Int
    package var height: Int

    package init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// How many bytes of a file are enough for every supported header (JPEG metadata can be long).
    package static let headerLimit = 1 << 20

    package static func read(_ bytes: [UInt8]) -> ImageSize? {
        let size: ImageSize?
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            size = png(bytes)
        } else if bytes.starts(with: Array("GIF87a".utf8)) || bytes.starts(with: Array("GIF89a".utf8)) {
            size = gif(bytes)
        } else if bytes.starts(with: [0xFF, 0xD8]) {
            size = JPEGHeader.size(bytes)
        } else if bytes.starts(with: Array("RIFF".utf8)), BinaryBytes(bytes).matches(Array("WEBP".utf8), at: 8) {
            size = webP(bytes)
        } else {
            size = SVGHeader.size(bytes)
        }
        guard let size, size.width > 0, size.height > 0 else { return nil }
        return size
    }

    /// IHDR, the first chunk: width and height as big-endian 32-bit numbers.
    private static func png(_ bytes: [UInt8]) -> ImageSize? {
        let data = BinaryBytes(bytes)
        guard data.matches(Array("IHDR".utf8), at: 12),
              let width = data.uint32BigEndian(at: 16), let height = data.uint32BigEndian(at: 20),
              width <= Int32.max, height <= Int32.max else { return nil }
        return ImageSize(width: Int(width), height: Int(height))
    }

    /// The logical screen size, little-endian 16-bit numbers after the signature.
    private static func gif(_ bytes: [UInt8]) -> ImageSize? {
        let data = BinaryBytes(bytes)
        guard let width = data.uint16LittleEndian(at: 6), let height = data.uint16LittleEndian(at: 8) else { return nil }
        return ImageSize(width: Int(width), height: Int(height))
    }

    /// The first chunk tells the kind: lossy (VP8), lossless (VP8L) or extended (VP8X).
    private static func webP(_ bytes: [UInt8]) -> ImageSize? {
        let data = BinaryBytes(bytes)
        if data.matches(Array("VP8 ".utf8), at: 12) {
            guard data.matches([0x9D, 0x01, 0x2A], at: 23),
                  let width = data.uint16LittleEndian(at: 26), let height = data.uint16LittleEndian(at: 28)
            else { return nil }
            return ImageSize(width: Int(width & 0x3FFF), height: Int(height & 0x3FFF))
        }
        if data.matches(Array("VP8L".utf8), at: 12) {
            guard data.byte(at: 20) == 0x2F, let bits = data.uint32LittleEndian(at: 21) else { return nil }
            return ImageSize(width: Int(bits & 0x3FFF) + 1, height: Int((bits >> 14) & 0x3FFF) + 1)
        }
        if data.matches(Array("VP8X".utf8), at: 12) {
            guard let width = data.uint24LittleEndian(at: 24), let height = data.uint24LittleEndian(at: 27)
            else { return nil }
            return ImageSize(width: Int(width) + 1, height: Int(height) + 1)
        }
        return nil
    }
}
