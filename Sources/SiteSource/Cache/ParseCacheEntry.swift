/// The bytes of one entry of a `ParseCache`, read part by part: a cached file's body text is
/// read only if something shows it, long after its other fields.
public struct ParseCacheEntry: Sendable {
    nonisolated(unsafe) private let bytes: UnsafeRawBufferPointer
    /// Keeps `bytes` alive.
    private let owner: any AnyObject & Sendable

    /// `bytes` must stay valid and unchanged while `owner` lives.
    public init(bytes: UnsafeRawBufferPointer, owner: any AnyObject & Sendable) {
        self.bytes = bytes
        self.owner = owner
    }

    public var count: Int { bytes.count }

    private func bytes(_ range: Range<Int>) -> UnsafeRawBufferPointer? {
        guard range.lowerBound >= 0, range.upperBound <= bytes.count else { return nil }
        return UnsafeRawBufferPointer(rebasing: bytes[range])
    }

    /// The little-endian word at `offset`; nil past the end.
    func word(at offset: Int) -> UInt64? {
        guard offset >= 0, bytes.count - offset >= 8 else { return nil }
        return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// Runs `body` while the bytes are surely alive.
    func withBytes<Result>(_ range: Range<Int>, _ body: (UnsafeRawBufferPointer) -> Result) -> Result? {
        guard let slice = bytes(range) else { return nil }
        return withExtendedLifetime(owner) { body(slice) }
    }
}
