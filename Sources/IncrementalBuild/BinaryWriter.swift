import ContentHash

/// The one binary format of the build cache (manifest, parse results, list digests), read back by
/// `BinaryReader`: numbers as 8 little-endian bytes, texts and lists framed by their count,
/// optionals behind a 0/1 byte.
struct BinaryWriter {
    var bytes: [UInt8] = []

    mutating func add(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func add(_ digest: ContentDigest) {
        add(digest.high)
        add(digest.low)
    }

    /// Bytes framed by their count.
    mutating func add(slice: some Collection<UInt8>) {
        add(UInt64(slice.count))
        bytes.append(contentsOf: slice)
    }

    mutating func add(_ value: Int) { add(UInt64(bitPattern: Int64(value))) }

    mutating func add(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func add(_ value: Double) { add(value.bitPattern) }

    mutating func add(_ text: String) {
        add(UInt64(text.utf8.count))
        bytes.append(contentsOf: text.utf8)
    }

    mutating func add<Value: BinaryCodable>(_ value: Value) { value.write(to: &self) }

    mutating func add<Value: BinaryCodable>(_ value: Value?) {
        add(value != nil)
        if let value { value.write(to: &self) }
    }

    mutating func add(_ value: String?) {
        add(value != nil)
        if let value { add(value) }
    }

    mutating func add(_ value: Int?) {
        add(value != nil)
        if let value { add(value) }
    }

    mutating func add<Value: BinaryCodable>(_ values: [Value]) {
        add(UInt64(values.count))
        for value in values { value.write(to: &self) }
    }

    mutating func add(_ values: [String]) {
        add(UInt64(values.count))
        for value in values { add(value) }
    }
}
