/// Writes values for `CacheByteReader`: numbers as 8 little-endian bytes, texts and lists framed
/// by their count, optionals behind a 0/1 byte.
struct CacheByteWriter {
    var bytes: [UInt8] = []

    mutating func add(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func add(_ value: Int) { add(UInt64(bitPattern: Int64(value))) }

    mutating func add(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func add(_ value: Double) { add(value.bitPattern) }

    mutating func add(_ text: String) {
        add(UInt64(text.utf8.count))
        bytes.append(contentsOf: text.utf8)
    }

    mutating func add<Value: CacheCodable>(_ value: Value) { value.write(to: &self) }

    mutating func add<Value: CacheCodable>(_ value: Value?) {
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

    mutating func add<Value: CacheCodable>(_ values: [Value]) {
        add(UInt64(values.count))
        for value in values { value.write(to: &self) }
    }

    mutating func add(_ values: [String]) {
        add(UInt64(values.count))
        for value in values { add(value) }
    }
}
