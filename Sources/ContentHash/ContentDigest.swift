import CXXHash

/// A 128-bit fingerprint of bytes, to notice that a file changed: XXH3-128 (libxxhash), fast and
/// well mixed, not cryptographic: it guards against accidents, not against forged collisions.
public struct ContentDigest: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let high: UInt64
    public let low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// The digest of the bytes as they are (no framing).
    public static func of(_ bytes: UnsafeRawBufferPointer) -> ContentDigest {
        let hash = XXH3_128bits(bytes.baseAddress, bytes.count)
        return ContentDigest(high: hash.high64, low: hash.low64)
    }

    public static func of(_ bytes: [UInt8]) -> ContentDigest {
        bytes.withUnsafeBytes { of($0) }
    }

    public static func of(_ text: String) -> ContentDigest {
        var text = text
        return text.withUTF8 { of(UnsafeRawBufferPointer($0)) }
    }

    public static func < (lhs: ContentDigest, rhs: ContentDigest) -> Bool {
        (lhs.high, lhs.low) < (rhs.high, rhs.low)
    }

    /// 32 lowercase hex digits.
    public var description: String {
        Self.hex(high) + Self.hex(low)
    }

    private static func hex(_ word: UInt64) -> String {
        let digits = String(word, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
