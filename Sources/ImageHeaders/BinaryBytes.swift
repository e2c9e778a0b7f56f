/// Bounds-checked reads of numbers inside a byte array: every read past the end gives nil.
package struct BinaryBytes {
    let bytes: [UInt8]

    package init(_ bytes: [UInt8]) { self.bytes = bytes }

    var count: Int { bytes.count }

    func byte(at offset: Int) -> UInt8? {
        offset >= 0 && offset < bytes.count ? bytes[offset] : nil
    }

    package func matches(_ expected: [UInt8], at offset: Int) -> Bool {
        guard offset >= 0, offset <= bytes.count - expected.count else { return false }
        return bytes[offset..<offset + expected.count].elementsEqual(expected)
    }

    func uint16BigEndian(at offset: Int) -> UInt16? {
        number(at: offset, length: 2, bigEndian: true).map { UInt16($0) }
    }

    func uint16LittleEndian(at offset: Int) -> UInt16? {
        number(at: offset, length: 2, bigEndian: false).map { UInt16($0) }
    }

    func uint24LittleEndian(at offset: Int) -> UInt32? {
        number(at: offset, length: 3, bigEndian: false)
    }

    func uint32BigEndian(at offset: Int) -> UInt32? {
        number(at: offset, length: 4, bigEndian: true)
    }

    package func uint32LittleEndian(at offset: Int) -> UInt32? {
        number(at: offset, length: 4, bigEndian: false)
    }

    func uint16(at offset: Int, bigEndian: Bool) -> UInt16? {
        number(at: offset, length: 2, bigEndian: bigEndian).map { UInt16($0) }
    }

    func uint32(at offset: Int, bigEndian: Bool) -> UInt32? {
        number(at: offset, length: 4, bigEndian: bigEndian)
    }

    private func number(at offset: Int, length: Int, bigEndian: Bool) -> UInt32? {
        guard offset >= 0, offset <= bytes.count - length else { return nil }
        var value: UInt32 = 0
        for index in 0..<length {
            let byte = UInt32(bytes[bigEndian ? offset + index : offset + length - 1 - index])
            value = value << 8 | byte
        }
        return value
    }
}
