import BinaryFormat
import ContentHash

/// A digest as its two words, high first.
extension ContentDigest: BinaryCodable {
    package func write(to writer: inout BinaryWriter) {
        writer.add(high)
        writer.add(low)
    }

    package init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(high: try reader.word(), low: try reader.word())
    }
}

extension BinaryReader {
    mutating func digest() throws(BinaryFormatError) -> ContentDigest {
        try ContentDigest(from: &self)
    }
}
