/// Headers of tiny images, built byte by byte: just enough of each format for a size reader.
enum TinyImages {
    static func bigEndian16(_ value: Int) -> [UInt8] { [UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)] }
    static func littleEndian16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
    static func bigEndian32(_ value: Int) -> [UInt8] { bigEndian16(value >> 16) + bigEndian16(value & 0xFFFF) }

    static func png(width: Int, height: Int) -> [UInt8] {
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + bigEndian32(13) + Array("IHDR".utf8)
            + bigEndian32(width) + bigEndian32(height) + [8, 2, 0, 0, 0] + [0, 0, 0, 0]
    }

    static func gif(width: Int, height: Int) -> [UInt8] {
        Array("GIF89a".utf8) + littleEndian16(width) + littleEndian16(height) + [0, 0, 0, 0x3B]
    }

    static func segment(_ marker: UInt8, _ payload: [UInt8]) -> [UInt8] {
        [0xFF, marker] + bigEndian16(payload.count + 2) + payload
    }

    /// SOI, JFIF, an optional Exif block, a quantisation table, then the frame header.
    static func jpeg(width: Int, height: Int, exif: [UInt8]? = nil, frameMarker: UInt8 = 0xC0) -> [UInt8] {
        var bytes: [UInt8] = [0xFF, 0xD8]
        bytes += segment(0xE0, Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0])
        if let exif { bytes += segment(0xE1, Array("Exif".utf8) + [0, 0] + exif) }
        bytes += segment(0xDB, [0] + [UInt8](repeating: 1, count: 64))
        bytes += [0xFF]  // a fill byte before the next marker is allowed
        bytes += segment(frameMarker, [8] + bigEndian16(height) + bigEndian16(width) + [1, 1, 0x11, 0])
        bytes += segment(0xDA, [1, 1, 0, 0, 63, 0]) + [0x00, 0xFF, 0xD9]
        return bytes
    }

    /// A TIFF block whose first directory holds one tag: the orientation.
    static func exif(orientation: Int, bigEndian: Bool) -> [UInt8] {
        let u16 = bigEndian ? bigEndian16 : littleEndian16
        func u32(_ value: Int) -> [UInt8] {
            bigEndian ? bigEndian32(value) : Array(bigEndian32(value).reversed())
        }
        return Array((bigEndian ? "MM" : "II").utf8) + u16(42) + u32(8)
            + u16(1) + u16(0x0112) + u16(3) + u32(1) + u16(orientation) + [0, 0] + u32(0)
    }

    static func riff(_ chunk: String, _ payload: [UInt8]) -> [UInt8] {
        let size = payload.count
        let sizeBytes = Array(bigEndian32(size).reversed())
        return Array("RIFF".utf8) + Array(bigEndian32(size + 12).reversed()) + Array("WEBP".utf8)
            + Array(chunk.utf8) + sizeBytes + payload
    }

    static func webPLossy(width: Int, height: Int) -> [UInt8] {
        riff("VP8 ", [0x30, 0x01, 0x00, 0x9D, 0x01, 0x2A] + littleEndian16(width) + littleEndian16(height) + [0, 0])
    }

    static func webPLossless(width: Int, height: Int) -> [UInt8] {
        let bits = (width - 1) | (height - 1) << 14
        return riff("VP8L", [0x2F, UInt8(bits & 0xFF), UInt8(bits >> 8 & 0xFF), UInt8(bits >> 16 & 0xFF),
                             UInt8(bits >> 24 & 0xFF)])
    }

    static func webPExtended(width: Int, height: Int) -> [UInt8] {
        func u24(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF)] }
        return riff("VP8X", [0x10, 0, 0, 0] + u24(width - 1) + u24(height - 1))
    }
}
