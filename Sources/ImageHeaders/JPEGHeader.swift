/// The size of a JPEG image as a browser shows it: the frame size of the first SOF segment,
/// width and height swapped when the Exif orientation turns the picture a quarter.
enum JPEGHeader {
    static func size(_ bytes: [UInt8]) -> ImageSize? {
        let data = BinaryBytes(bytes)
        var offset = 2
        var quarterTurn = false
        // Every step moves `offset` forward, so the walk ends within the byte count.
        while let first = data.byte(at: offset), first == 0xFF, let marker = data.byte(at: offset + 1) {
            if marker == 0xFF { offset += 1; continue }  // fill byte
            if marker == 0x01 || (0xD0...0xD8).contains(marker) { offset += 2; continue }  // no length
            guard marker != 0xD9, marker != 0xDA, let length = data.uint16BigEndian(at: offset + 2), length >= 2
            else { return nil }
            let segment = offset + 4
            if isStartOfFrame(marker) {
                guard let height = data.uint16BigEndian(at: segment + 1), let width = data.uint16BigEndian(at: segment + 3)
                else { return nil }
                return quarterTurn ? ImageSize(width: Int(height), height: Int(width))
                                   : ImageSize(width: Int(width), height: Int(height))
            }
            if marker == 0xE1, data.matches(Array("Exif".utf8) + [0, 0], at: segment),
               let orientation = exifOrientation(data, tiffStart: segment + 6) {
                quarterTurn = (5...8).contains(orientation)
            }
            offset = segment + Int(length) - 2
        }
        return nil
    }

    /// SOF0…SOF15 except DHT (C4), JPG (C8) and DAC (CC).
    private static func isStartOfFrame(_ marker: UInt8) -> Bool {
        (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker)
    }

    /// Tag 0x0112 of the first image file directory of the Exif TIFF block.
    private static func exifOrientation(_ data: BinaryBytes, tiffStart: Int) -> UInt16? {
        let bigEndian: Bool
        if data.matches(Array("MM".utf8), at: tiffStart) { bigEndian = true }
        else if data.matches(Array("II".utf8), at: tiffStart) { bigEndian = false }
        else { return nil }
        guard let directoryOffset = data.uint32(at: tiffStart + 4, bigEndian: bigEndian),
              directoryOffset < UInt32(data.count) else { return nil }
        let directory = tiffStart + Int(directoryOffset)
        guard let count = data.uint16(at: directory, bigEndian: bigEndian) else { return nil }
        for index in 0..<Int(count) {
            let entry = directory + 2 + index * 12
            guard let tag = data.uint16(at: entry, bigEndian: bigEndian) else { return nil }
            if tag == 0x0112 { return data.uint16(at: entry + 8, bigEndian: bigEndian) }
        }
        return nil
    }
}
