/// Reads what `CacheByteWriter` wrote, from bytes that must stay alive while it reads; anything
/// out of place (a count past the end, a flag that is not 0 or 1, text that is not UTF-8) throws.
struct CacheByteReader {
    private let bytes: UnsafeRawBufferPointer
    private(set) var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func word() throws(CacheDecodingError) -> UInt64 {
        guard bytes.count - offset >= 8 else { throw .truncated }
        defer { offset += 8 }
        return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    mutating func int() throws(CacheDecodingError) -> Int {
        guard let value = Int(exactly: Int64(bitPattern: try word())) else { throw .unexpectedTag }
        return value
    }

    mutating func bool() throws(CacheDecodingError) -> Bool {
        guard offset < bytes.count else { throw .truncated }
        defer { offset += 1 }
        switch bytes[offset] {
        case 0: return false
        case 1: return true
        default: throw .unexpectedTag
        }
    }

    mutating func double() throws(CacheDecodingError) -> Double { Double(bitPattern: try word()) }

    mutating func string() throws(CacheDecodingError) -> String {
        let length = try count()
        defer { offset += length }
        guard let text = ValidUTF8.string(UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length])) else {
            throw .invalidText
        }
        return text
    }

    mutating func value<Value: CacheCodable>(_: Value.Type = Value.self) throws(CacheDecodingError) -> Value {
        try Value(from: &self)
    }

    mutating func optional<Value: CacheCodable>(_: Value.Type = Value.self) throws(CacheDecodingError) -> Value? {
        try bool() ? try Value(from: &self) : nil
    }

    mutating func optionalString() throws(CacheDecodingError) -> String? {
        try bool() ? try string() : nil
    }

    mutating func optionalInt() throws(CacheDecodingError) -> Int? {
        try bool() ? try int() : nil
    }

    mutating func array<Value: CacheCodable>(_: Value.Type = Value.self) throws(CacheDecodingError) -> [Value] {
        let count = try count()
        var values: [Value] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try Value(from: &self)) }
        return values
    }

    mutating func strings() throws(CacheDecodingError) -> [String] {
        let count = try count()
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try string()) }
        return values
    }

    /// A count or length, which cannot be more than the bytes left (every element takes one at least).
    private mutating func count() throws(CacheDecodingError) -> Int {
        let value = try word()
        guard value <= UInt64(bytes.count - offset) else { throw .truncated }
        return Int(value)
    }
}
