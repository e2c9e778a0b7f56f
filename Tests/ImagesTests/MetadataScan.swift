/// The metadata blocks found in an encoded image, by walking its structure: JPEG APP segments
/// (Exif, XMP, ICC, IPTC), PNG ancillary text and profile chunks, WebP EXIF/XMP/ICCP chunks.
enum MetadataScan {
    static func blocks(in bytes: [UInt8]) -> [String] {
        if bytes.starts(with: [0xFF, 0xD8]) { return jpeg(bytes) }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return png(bytes) }
        if bytes.starts(with: Array("RIFF".utf8)) { return webP(bytes) }
        return ["unknown format"]
    }

    private static func bigEndian(_ bytes: [UInt8], _ offset: Int, _ count: Int) -> Int {
        bytes[offset..<offset + count].reduce(0) { $0 << 8 | Int($1) }
    }

    private static func jpeg(_ bytes: [UInt8]) -> [String] {
        var found: [String] = []
        var offset = 2
        while offset + 4 <= bytes.count, bytes[offset] == 0xFF {
            let marker = bytes[offset + 1]
            if marker == 0xDA || marker == 0xD9 { break }
            let length = bigEndian(bytes, offset + 2, 2)
            if (0xE1...0xEF).contains(marker) {  // APP0 (JFIF) carries no personal data
                let payload = bytes[(offset + 4)..<min(offset + 2 + length, bytes.count)]
                found.append("APP\(marker - 0xE0) " + String(decoding: payload.prefix(4), as: UTF8.self))
            }
            offset += 2 + length
        }
        return found
    }

    private static func png(_ bytes: [UInt8]) -> [String] {
        var found: [String] = []
        var offset = 8
        while offset + 8 <= bytes.count {
            let length = bigEndian(bytes, offset, 4)
            let kind = String(decoding: bytes[(offset + 4)..<(offset + 8)], as: UTF8.self)
            if ["eXIf", "iTXt", "tEXt", "zTXt", "iCCP", "tIME"].contains(kind) { found.append(kind) }
            offset += 12 + length
        }
        return found
    }

    private static func webP(_ bytes: [UInt8]) -> [String] {
        var found: [String] = []
        var offset = 12
        while offset + 8 <= bytes.count {
            let kind = String(decoding: bytes[offset..<(offset + 4)], as: UTF8.self)
            let length = bytes[(offset + 4)..<(offset + 8)].reversed().reduce(0) { $0 << 8 | Int($1) }
            if ["EXIF", "XMP ", "ICCP"].contains(kind) { found.append(kind) }
            offset += 8 + length + (length & 1)
        }
        return found
    }
}
