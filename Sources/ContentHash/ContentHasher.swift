/// A digest of several parts: each part is framed by its length (so `"ab" + "c"` differs from
/// `"a" + "bc"`), numbers are 8 little-endian bytes, and the whole is one `ContentDigest.of`.
/// The parts are short (paths, digests, option values): gathering them costs less than a
/// streaming state, which libxxhash allocates on the heap.
public struct ContentHasher: Sendable {
    private var bytes: [UInt8] = []

    public init() {}

    public mutating func add(_ text: String) {
        add(UInt64(text.utf8.count))
        bytes.append(contentsOf: text.utf8)
    }

    public mutating func add(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { bytes.append(contentsOf: $0) }
    }

    public mutating func add(_ digest: ContentDigest) {
        add(digest.high)
        add(digest.low)
    }

    /// The bytes, framed by their count.
    public mutating func add(bytes more: [UInt8]) {
        add(UInt64(more.count))
        bytes.append(contentsOf: more)
    }

    public func finish() -> ContentDigest {
        ContentDigest.of(bytes)
    }
}
