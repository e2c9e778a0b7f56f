/// A 128-bit fingerprint of bytes, to notice that a file changed. Fast and well mixed, not
/// cryptographic: it guards against accidents, not against someone forging collisions.
public struct ContentDigest: Hashable, Sendable, Codable, CustomStringConvertible {
    public let high: UInt64
    public let low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    public static func of(_ bytes: some Sequence<UInt8>) -> ContentDigest {
        var hasher = DigestHasher()
        hasher.add(bytes: bytes)
        return hasher.finish()
    }

    public var description: String {
        String(high, radix: 16).leftPadded(16) + String(low, radix: 16).leftPadded(16)
    }
}

/// Accumulates parts (each framed by its length, so `"ab" + "c"` differs from `"a" + "bc"`).
public struct DigestHasher: Sendable {
    private var a: UInt64 = 0x243F_6A88_85A3_08D3
    private var b: UInt64 = 0x1319_8A2E_0370_7344
    private var pending: UInt64 = 0
    private var pendingCount: UInt64 = 0
    private var total: UInt64 = 0

    public init() {}

    public mutating func add(_ text: String) {
        add(UInt64(text.utf8.count))
        add(bytes: text.utf8)
    }

    /// The same as adding its 8 bytes (little-endian) one by one, without the loop.
    public mutating func add(_ number: UInt64) {
        guard pendingCount != 0 else {
            mix(number)
            return
        }
        let shift = 8 * pendingCount
        let word = pending | (number << shift)
        pending = number >> (64 - shift)
        mix(word)
    }

    public mutating func add(_ digest: ContentDigest) {
        add(digest.high)
        add(digest.low)
    }

    /// The bytes, framed by their count.
    public mutating func add(bytes: some Sequence<UInt8>) {
        let handled: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            add(UInt64(buffer.count))
            var index = 0
            while pendingCount != 0, index < buffer.count {
                addByte(buffer[index])
                index += 1
            }
            let raw = UnsafeRawBufferPointer(buffer)
            while buffer.count - index >= 8 {
                mix(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
                index += 8
            }
            while index < buffer.count {
                addByte(buffer[index])
                index += 1
            }
        }
        if handled == nil {
            let array = Array(bytes)
            add(bytes: array)
        }
    }

    public func finish() -> ContentDigest {
        var copy = self
        while copy.pendingCount != 0 { copy.addByte(0) }
        let high = Self.avalanche(copy.a ^ Self.rotate(copy.b, 17) ^ copy.total)
        let low = Self.avalanche(copy.b ^ Self.rotate(copy.a, 41) ^ (copy.total &* 0x9E37_79B9_7F4A_7C15))
        return ContentDigest(high: high, low: low)
    }

    private mutating func addByte(_ byte: UInt8) {
        pending |= UInt64(byte) << (8 * pendingCount)
        pendingCount += 1
        if pendingCount == 8 {
            let word = pending
            pending = 0
            pendingCount = 0
            mix(word)
        }
    }

    private mutating func mix(_ word: UInt64) {
        total &+= 8
        a = Self.rotate((a ^ word) &* 0x9E37_79B9_7F4A_7C15, 29) &+ b
        b = Self.rotate((b &+ Self.rotate(word, 32)) &* 0xC2B2_AE3D_27D4_EB4F, 31) ^ a
    }

    private static func rotate(_ value: UInt64, _ count: UInt64) -> UInt64 {
        (value << count) | (value >> (64 - count))
    }

    private static func avalanche(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x &*= 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x &*= 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
