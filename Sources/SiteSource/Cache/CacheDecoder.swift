/// Reads what `CacheEncoder` wrote; any mismatch (key, tag, length) throws.
public enum CacheDecoder {
    public static func decode<Value: Decodable>(_ type: Value.Type, from bytes: [UInt8]) throws -> Value {
        let reader = CacheReader(bytes: bytes)
        let value = try CacheDecoding(reader: reader).read(type)
        guard reader.offset == bytes.count else { throw CacheDecodingError.trailingBytes }
        return value
    }
}

public enum CacheDecodingError: Error {
    case truncated, trailingBytes, unexpectedKey(String), unexpectedTag, invalidText, noMoreElements
}

final class CacheReader {
    let bytes: [UInt8]
    var offset = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    func word() throws -> UInt64 {
        guard bytes.count - offset >= 8 else { throw CacheDecodingError.truncated }
        var value: UInt64 = 0
        for i in 0..<8 { value |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
        offset += 8
        return value
    }

    func byte() throws -> UInt8 {
        guard offset < bytes.count else { throw CacheDecodingError.truncated }
        defer { offset += 1 }
        return bytes[offset]
    }

    func text() throws -> String {
        let length = try word()
        guard length <= UInt64(bytes.count - offset) else { throw CacheDecodingError.truncated }
        let end = offset + Int(length)
        defer { offset = end }
        guard let text = String(validating: bytes[offset..<end], as: UTF8.self) else {
            throw CacheDecodingError.invalidText
        }
        return text
    }

    func int() throws -> Int {
        guard let value = Int(exactly: Int64(bitPattern: try word())) else { throw CacheDecodingError.unexpectedTag }
        return value
    }

    func bool() throws -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw CacheDecodingError.unexpectedTag
        }
    }

    /// Steps over a length-prefixed text.
    func skipText() throws {
        let length = try word()
        guard length <= UInt64(bytes.count - offset) else { throw CacheDecodingError.truncated }
        offset += Int(length)
    }

    /// Compares the next length-prefixed text with `key` without decoding it.
    func peekKey(_ key: String) -> Bool {
        guard bytes.count - offset >= 8 else { return false }
        var length: UInt64 = 0
        for i in 0..<8 { length |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
        let start = offset + 8
        guard length <= UInt64(bytes.count - start) else { return false }
        return bytes[start..<start + Int(length)].elementsEqual(key.utf8)
    }
}

struct CacheDecoding: Decoder {
    let reader: CacheReader
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(Keyed<Key>(reader: reader, remaining: Counter(try reader.word())))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        Unkeyed(reader: reader, count: Int(try reader.word()))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { Single(reader: reader) }

    func read<T: Decodable>(_ type: T.Type) throws -> T {
        let reader = self.reader
        func integer() throws -> Int64 { Int64(bitPattern: try reader.word()) }
        func exact<I: FixedWidthInteger>(_ value: Int64, _: I.Type) throws -> I {
            guard let result = I(exactly: value) else { throw CacheDecodingError.unexpectedTag }
            return result
        }
        switch type {
        case is String.Type: return try reader.text() as! T
        case is Bool.Type:
            switch try reader.byte() {
            case 0: return false as! T
            case 1: return true as! T
            default: throw CacheDecodingError.unexpectedTag
            }
        case is Int.Type: return try exact(integer(), Int.self) as! T
        case is Double.Type: return Double(bitPattern: try reader.word()) as! T
        case is Float.Type:
            guard let bits = UInt32(exactly: try reader.word()) else { throw CacheDecodingError.unexpectedTag }
            return Float(bitPattern: bits) as! T
        case is Int64.Type: return try integer() as! T
        case is Int32.Type: return try exact(integer(), Int32.self) as! T
        case is Int16.Type: return try exact(integer(), Int16.self) as! T
        case is Int8.Type: return try exact(integer(), Int8.self) as! T
        case is UInt64.Type: return try reader.word() as! T
        case is UInt.Type: return try exact(integer(), UInt.self) as! T
        case is UInt32.Type: return try exact(integer(), UInt32.self) as! T
        case is UInt16.Type: return try exact(integer(), UInt16.self) as! T
        case is UInt8.Type: return try exact(integer(), UInt8.self) as! T
        default: return try T(from: self)
        }
    }

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let reader: CacheReader
        let remaining: Counter
        var codingPath: [any CodingKey] { [] }
        var allKeys: [Key] { [] }

        /// Keys come in the order they were written; a key that is not next is absent.
        func contains(_ key: Key) -> Bool { remaining.value > 0 && reader.peekKey(key.stringValue) }

        private func begin(_ key: Key) throws -> UInt8 {
            guard contains(key) else { throw CacheDecodingError.unexpectedKey(key.stringValue) }
            try reader.skipText()
            remaining.value -= 1
            return try reader.byte()
        }

        func beginValue(_ key: Key) throws {
            guard try begin(key) == CacheTag.value else { throw CacheDecodingError.unexpectedTag }
        }

        func decodeNil(forKey key: Key) throws -> Bool {
            guard contains(key) else { return true }
            let start = reader.offset
            if try begin(key) == CacheTag.null { return true }
            // Not nil: rewind so that the value can be decoded.
            reader.offset = start
            remaining.value += 1
            return false
        }

        func decodeValue<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            try beginValue(key)
            return try CacheDecoding(reader: reader).read(type)
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type,
                                                           forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            try beginValue(key)
            return try CacheDecoding(reader: reader).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try beginValue(key)
            return try CacheDecoding(reader: reader).unkeyedContainer()
        }

        func superDecoder() throws -> any Decoder { CacheDecoding(reader: reader) }
        func superDecoder(forKey key: Key) throws -> any Decoder {
            try beginValue(key)
            return CacheDecoding(reader: reader)
        }
    }

    struct Unkeyed: UnkeyedDecodingContainer {
        let reader: CacheReader
        let count: Int?
        var currentIndex = 0
        var codingPath: [any CodingKey] { [] }
        var isAtEnd: Bool { currentIndex >= (count ?? 0) }

        init(reader: CacheReader, count: Int) {
            self.reader = reader
            self.count = count
        }

        private mutating func begin() throws -> UInt8 {
            guard !isAtEnd else { throw CacheDecodingError.noMoreElements }
            currentIndex += 1
            return try reader.byte()
        }

        mutating func beginValue() throws {
            guard try begin() == CacheTag.value else { throw CacheDecodingError.unexpectedTag }
        }

        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd else { throw CacheDecodingError.noMoreElements }
            if reader.offset < reader.bytes.count, reader.bytes[reader.offset] == CacheTag.null {
                reader.offset += 1
                currentIndex += 1
                return true
            }
            return false
        }

        mutating func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
            try beginValue()
            return try CacheDecoding(reader: reader).read(type)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
            -> KeyedDecodingContainer<NestedKey> {
            try beginValue()
            return try CacheDecoding(reader: reader).container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            try beginValue()
            return try CacheDecoding(reader: reader).unkeyedContainer()
        }

        mutating func superDecoder() throws -> any Decoder {
            try beginValue()
            return CacheDecoding(reader: reader)
        }
    }

    struct Single: SingleValueDecodingContainer {
        let reader: CacheReader
        var codingPath: [any CodingKey] { [] }

        func decodeNil() -> Bool {
            guard reader.offset < reader.bytes.count, reader.bytes[reader.offset] == CacheTag.null else { return false }
            reader.offset += 1
            return true
        }

        func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
            guard try reader.byte() == CacheTag.value else { throw CacheDecodingError.unexpectedTag }
            return try CacheDecoding(reader: reader).read(type)
        }
    }
}

/// The entries a keyed container still has to read (its methods are not `mutating`).
final class Counter {
    var value: UInt64

    init(_ value: UInt64) {
        self.value = value
    }
}
