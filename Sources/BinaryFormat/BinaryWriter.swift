/// The one binary format of everything kerne caches (the build's manifest, parse results and
/// list digests, the image cache's variants), read back by `BinaryReader`: numbers as 8
/// little-endian bytes, texts and lists framed by their count, optionals behind a 0/1 byte.
package struct BinaryWriter {
    package var bytes: [UInt8] = []

    package init() {}

    package mutating func add(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Bytes framed by their count.
    package mutating func add(slice: some Collection<UInt8>) {
        add(UInt64(slice.count))
        bytes.append(contentsOf: slice)
    }

    package mutating func add(_ value: Int) { add(UInt64(bitPattern: Int64(value))) }

    package mutating func add(_ value: Bool) { bytes.append(value ? 1 : 0) }

    package mutating func add(_ value: Double) { add(value.bitPattern) }

    package mutating func add(_ text: String) {
        add(UInt64(text.utf8.count))
        bytes.append(contentsOf: text.utf8)
    }

    package mutating func add<Value: BinaryCodable>(_ value: Value) { value.write(to: &self) }

    package mutating func add<Value: BinaryCodable>(_ value: Value?) {
        add(value != nil)
        if let value { value.write(to: &self) }
    }

    package mutating func add(_ value: String?) {
        add(value != nil)
        if let value { add(value) }
    }

    package mutating func add(_ value: Int?) {
        add(value != nil)
        if let value { add(value) }
    }

    package mutating func add<Value: BinaryCodable>(_ values: [Value]) {
        add(UInt64(values.count))
        for value in values { value.write(to: &self) }
    }

    package mutating func add(_ values: [String]) {
        add(UInt64(values.count))
        for value in values { add(value) }
    }
}
