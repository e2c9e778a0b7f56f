import ImageHeaders

/// The chunks of a WebP file's RIFF container. libvips 8.14.1's webpsave writes an EXIF chunk
/// (rebuilt from the image's resolution) even with "strip" and with every metadata item
/// removed; this drops it, and any ICCP or XMP chunk, whatever the libvips version.
enum WebPContainer {
    private static let metadataChunks: Set<String> = ["EXIF", "XMP ", "ICCP"]
    /// VP8X flag bits of those chunks: ICC profile, Exif, XMP.
    private static let metadataFlags: UInt8 = 0x20 | 0x08 | 0x04

    /// `bytes` without metadata chunks; `bytes` itself when they are not a well-formed RIFF WebP.
    static func strippingMetadata(_ bytes: [UInt8]) -> [UInt8] {
        let data = BinaryBytes(bytes)
        guard data.matches(Array("RIFF".utf8), at: 0), data.matches(Array("WEBP".utf8), at: 8) else { return bytes }
        var body = Array("WEBP".utf8)
        var offset = 12
        while let length = data.uint32LittleEndian(at: offset + 4).map(Int.init) {
            let kind = String(decoding: bytes[offset..<offset + 4], as: UTF8.self)
            let end = offset + 8 + length + (length & 1)  // chunks are padded to an even size
            guard end <= bytes.count else { return bytes }
            if !metadataChunks.contains(kind) {
                var chunk = Array(bytes[offset..<end])
                if kind == "VP8X", chunk.count > 8 { chunk[8] &= ~metadataFlags }
                body += chunk
            }
            offset = end
        }
        let size = body.count
        return Array("RIFF".utf8) + [UInt8(size & 0xFF), UInt8(size >> 8 & 0xFF), UInt8(size >> 16 & 0xFF), UInt8(size >> 24 & 0xFF)] + body
    }
}
