/// A compact binary form of `Encodable` values for the build cache: every value in declaration
/// order, keys written out and checked on decoding, so that a value read back is either exactly
/// the one written or an error (never a silently shifted field). Not a stable file format: the
/// cache is keyed by kerne's version.
public enum CacheEncoder {
    public static func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let buffer = CacheBuffer()
        try value.encode(to: CacheEncoding(buffer: buffer))
        return buffer.bytes
    }
}

final class CacheBuffer {
    var bytes: [UInt8] = []

    func append(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    func append(_ text: String) {
        append(UInt64(text.utf8.count))
        bytes.append(contentsOf: text.utf8)
    }

    /// Room for a count written later (containers do not know their size up front).
    func reserveCount() -> Int {
        defer { append(UInt64(0)) }
        return bytes.count
    }

    func incrementCount(at offset: Int) {
        var count: UInt64 = 0
        for i in 0..<8 { count |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
        count += 1
        for i in 0..<8 { bytes[offset + i] = UInt8(truncatingIfNeeded: count >> (8 * UInt64(i))) }
    }
}

/// Tags before every value stored in a container.
enum CacheTag {
    static let null: UInt8 = 0
    static let value: UInt8 = 1
}

struct CacheEncoding: Encoder {
    let buffer: CacheBuffer
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(Keyed<Key>(buffer: buffer, countOffset: buffer.reserveCount()))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        Unkeyed(buffer: buffer, countOffset: buffer.reserveCount())
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { Single(buffer: buffer) }

    /// Primitives are written directly; anything else encodes itself. The test is on the static
    /// type: a dynamic cast would also unwrap an optional and lose its tag.
    static func write<T: Encodable>(_ value: T, to buffer: CacheBuffer) throws {
        switch T.self {
        case is String.Type: buffer.append(value as! String)
        case is Bool.Type: buffer.bytes.append(value as! Bool ? 1 : 0)
        case is Int.Type: buffer.append(UInt64(bitPattern: Int64(value as! Int)))
        case is Double.Type: buffer.append((value as! Double).bitPattern)
        case is Float.Type: buffer.append(UInt64((value as! Float).bitPattern))
        case is Int64.Type: buffer.append(UInt64(bitPattern: value as! Int64))
        case is Int32.Type: buffer.append(UInt64(bitPattern: Int64(value as! Int32)))
        case is Int16.Type: buffer.append(UInt64(bitPattern: Int64(value as! Int16)))
        case is Int8.Type: buffer.append(UInt64(bitPattern: Int64(value as! Int8)))
        case is UInt.Type: buffer.append(UInt64(value as! UInt))
        case is UInt64.Type: buffer.append(value as! UInt64)
        case is UInt32.Type: buffer.append(UInt64(value as! UInt32))
        case is UInt16.Type: buffer.append(UInt64(value as! UInt16))
        case is UInt8.Type: buffer.append(UInt64(value as! UInt8))
        default: try value.encode(to: CacheEncoding(buffer: buffer))
        }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let buffer: CacheBuffer
        let countOffset: Int
        var codingPath: [any CodingKey] { [] }

        func begin(_ key: Key, _ tag: UInt8) {
            buffer.incrementCount(at: countOffset)
            buffer.append(key.stringValue)
            buffer.bytes.append(tag)
        }

        mutating func encodeNil(forKey key: Key) throws { begin(key, CacheTag.null) }

        mutating func encodeValue<T: Encodable>(_ value: T, forKey key: Key) throws {
            begin(key, CacheTag.value)
            try CacheEncoding.write(value, to: buffer)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                           forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            begin(key, CacheTag.value)
            return CacheEncoding(buffer: buffer).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            begin(key, CacheTag.value)
            return CacheEncoding(buffer: buffer).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { CacheEncoding(buffer: buffer) }
        mutating func superEncoder(forKey key: Key) -> any Encoder {
            begin(key, CacheTag.value)
            return CacheEncoding(buffer: buffer)
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let buffer: CacheBuffer
        let countOffset: Int
        var codingPath: [any CodingKey] { [] }
        var count = 0

        mutating func begin(_ tag: UInt8) {
            buffer.incrementCount(at: countOffset)
            buffer.bytes.append(tag)
            count += 1
        }

        mutating func encodeNil() throws { begin(CacheTag.null) }

        mutating func encodeValue<T: Encodable>(_ value: T) throws {
            begin(CacheTag.value)
            try CacheEncoding.write(value, to: buffer)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
            -> KeyedEncodingContainer<NestedKey> {
            begin(CacheTag.value)
            return CacheEncoding(buffer: buffer).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            begin(CacheTag.value)
            return CacheEncoding(buffer: buffer).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder {
            begin(CacheTag.value)
            return CacheEncoding(buffer: buffer)
        }
    }

    struct Single: SingleValueEncodingContainer {
        let buffer: CacheBuffer
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() throws { buffer.bytes.append(CacheTag.null) }

        mutating func encodeValue<T: Encodable>(_ value: T) throws {
            buffer.bytes.append(CacheTag.value)
            try CacheEncoding.write(value, to: buffer)
        }
    }
}
