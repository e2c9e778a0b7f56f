/// Reads what `BinaryWriter` wrote, from bytes that must stay alive while it reads; anything
/// out of place (a count past the end, a flag that is not 0 or 1, text that is not UTF-8) throws
/// `BinaryFormatError`, never traps: the cache's files may be damaged or cut short.
/// `@inlinable` for the reason given on `BinaryWriter`.
package struct BinaryReader {
    @usableFromInline let bytes: UnsafeRawBufferPointer
    @usableFromInline package private(set) var offset = 0

    @inlinable package init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    @inlinable package var isAtEnd: Bool { offset == bytes.count }

    /// What `body` reads from the whole of `bytes`: bytes left over are refused too.
    @inlinable package static func read<Value>(_ bytes: [UInt8], _ body: (inout BinaryReader) throws(BinaryFormatError) -> Value)
        throws(BinaryFormatError) -> Value {
        let result = bytes.withUnsafeBytes { buffer in
            Result { () throws(BinaryFormatError) -> Value in
                var reader = BinaryReader(buffer)
                let value = try body(&reader)
                guard reader.isAtEnd else { throw .invalid }
                return value
            }
        }
        return try result.get()
    }

    @inlinable package mutating func word() throws(BinaryFormatError) -> UInt64 {
        guard bytes.count - offset >= 8 else { throw .truncated }
        defer { offset += 8 }
        return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// `count` raw bytes, unframed: the reader knows their count (a magic line, a fixed header).
    @inlinable package mutating func raw(_ count: Int) throws(BinaryFormatError) -> UnsafeRawBufferPointer {
        guard count >= 0, count <= bytes.count - offset else { throw .truncated }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count])
    }

    /// Bytes framed by their count.
    @inlinable package mutating func slice() throws(BinaryFormatError) -> UnsafeRawBufferPointer {
        try raw(try count())
    }

    @inlinable package mutating func int() throws(BinaryFormatError) -> Int {
        guard let value = Int(exactly: Int64(bitPattern: try word())) else { throw .invalid }
        return value
    }

    @inlinable package mutating func bool() throws(BinaryFormatError) -> Bool {
        guard offset < bytes.count else { throw .truncated }
        defer { offset += 1 }
        switch bytes[offset] {
        case 0: return false
        case 1: return true
        default: throw .invalid
        }
    }

    @inlinable package mutating func double() throws(BinaryFormatError) -> Double { Double(bitPattern: try word()) }

    @inlinable package mutating func string() throws(BinaryFormatError) -> String {
        let length = try count()
        defer { offset += length }
        guard let text = ValidUTF8.string(UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length])) else {
            throw .invalid
        }
        return text
    }

    @inlinable package mutating func value<Value: BinaryCodable>(_: Value.Type = Value.self) throws(BinaryFormatError) -> Value {
        try Value(from: &self)
    }

    @inlinable package mutating func optional<Value: BinaryCodable>(_: Value.Type = Value.self) throws(BinaryFormatError) -> Value? {
        try bool() ? try Value(from: &self) : nil
    }

    @inlinable package mutating func optionalString() throws(BinaryFormatError) -> String? {
        try bool() ? try string() : nil
    }

    @inlinable package mutating func optionalInt() throws(BinaryFormatError) -> Int? {
        try bool() ? try int() : nil
    }

    @inlinable package mutating func array<Value: BinaryCodable>(_: Value.Type = Value.self) throws(BinaryFormatError) -> [Value] {
        let count = try count()
        var values: [Value] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try Value(from: &self)) }
        return values
    }

    @inlinable package mutating func strings() throws(BinaryFormatError) -> [String] {
        let count = try count()
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try string()) }
        return values
    }

    /// A count or length, which cannot be more than the bytes left (every element takes one at least).
    @inlinable package mutating func count() throws(BinaryFormatError) -> Int {
        let value = try word()
        guard value <= UInt64(bytes.count - offset) else { throw .truncated }
        return Int(value)
    }
}
