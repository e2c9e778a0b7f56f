/// Walks the block structure of a whole image file without decoding it: the number of frames,
/// or nil when the file stops before its end marker (a truncated upload or copy).
enum ImageStructure {
    static func frameCount(of bytes: [UInt8], format: ImageFormat) -> Int? {
        let data = BinaryBytes(bytes)
        switch format {
        case .jpeg: return jpegIsComplete(data) ? 1 : nil
        case .png: return pngFrameCount(data)
        case .gif: return gifFrameCount(data)
        case .webP: return webPFrameCount(data)
        case .svg: return String(decoding: bytes, as: UTF8.self).contains("</svg") ? 1 : nil
        }
    }

    /// An end-of-image marker after the first scan. Not at the very end: phones append data
    /// after it (the video of a motion photo), and the Exif thumbnail before the scan has an
    /// end marker of its own. In the scan's data an FF byte is always followed by 00 or a restart
    /// marker, so FF D9 there is the real end.
    private static func jpegIsComplete(_ data: BinaryBytes) -> Bool {
        var offset = 2
        while let first = data.byte(at: offset), first == 0xFF, let marker = data.byte(at: offset + 1) {
            if marker == 0xFF { offset += 1; continue }  // fill byte
            if marker == 0x01 || (0xD0...0xD8).contains(marker) { offset += 2; continue }  // no length
            guard let length = data.uint16BigEndian(at: offset + 2) else { return false }
            if marker == 0xDA {
                return data.bytes[min(offset + 2 + Int(length), data.count)...].indices.contains { index in
                    data.bytes[index] == 0xFF && data.byte(at: index + 1) == 0xD9
                }
            }
            offset += 2 + Int(length)
        }
        return false
    }

    /// Chunks from the signature to IEND; an `acTL` chunk declares an APNG's frame count.
    private static func pngFrameCount(_ data: BinaryBytes) -> Int? {
        var offset = 8
        var frames = 1
        while let length = data.uint32BigEndian(at: offset), data.count >= offset + 4 {
            let type = offset + 4
            let next = type + 4 + Int(length) + 4  // type, data, CRC
            guard next <= data.count else { return nil }
            if data.matches(Array("acTL".utf8), at: type), let count = data.uint32BigEndian(at: type + 4) {
                frames = max(1, Int(count))
            }
            if data.matches(Array("IEND".utf8), at: type) { return frames }
            offset = next
        }
        return nil
    }

    /// Screen descriptor, colour table, then extensions and images up to the trailer (0x3B).
    private static func gifFrameCount(_ data: BinaryBytes) -> Int? {
        guard let screenFlags = data.byte(at: 10) else { return nil }
        var offset = 13 + colourTableLength(screenFlags)
        var frames = 0
        while let introducer = data.byte(at: offset) {
            switch introducer {
            case 0x3B:
                return max(frames, 1)
            case 0x21:  // extension: label, then data sub-blocks
                guard let end = endOfSubBlocks(data, from: offset + 2) else { return nil }
                offset = end
            case 0x2C:  // image descriptor, local colour table, LZW code size, data sub-blocks
                guard let imageFlags = data.byte(at: offset + 9) else { return nil }
                guard let end = endOfSubBlocks(data, from: offset + 10 + colourTableLength(imageFlags) + 1)
                else { return nil }
                frames += 1
                offset = end
            default:
                return nil
            }
        }
        return nil
    }

    private static func colourTableLength(_ flags: UInt8) -> Int {
        flags & 0x80 == 0 ? 0 : 3 << (Int(flags & 0x07) + 1)
    }

    /// Each sub-block is a length byte then that many bytes; a zero length ends them.
    private static func endOfSubBlocks(_ data: BinaryBytes, from start: Int) -> Int? {
        var offset = start
        while let length = data.byte(at: offset) {
            offset += 1 + Int(length)
            if length == 0 { return offset }
        }
        return nil
    }

    /// The RIFF size covers the whole file; an extended (VP8X) file flags an animation and
    /// holds one ANMF chunk per frame.
    private static func webPFrameCount(_ data: BinaryBytes) -> Int? {
        guard let riffSize = data.uint32LittleEndian(at: 4), data.count >= Int(riffSize) + 8 else { return nil }
        guard data.matches(Array("VP8X".utf8), at: 12), let flags = data.byte(at: 20), flags & 0x02 != 0
        else { return 1 }
        var offset = 12
        var frames = 0
        while offset + 8 <= Int(riffSize) + 8, let length = data.uint32LittleEndian(at: offset + 4) {
            if data.matches(Array("ANMF".utf8), at: offset) { frames += 1 }
            offset += 8 + Int(length) + Int(length & 1)  // chunks are padded to an even size
        }
        return max(frames, 1)
    }
}
