/// Content hashes for cache-busting asset names. FNV-1a (64 bits) is plenty for telling
/// versions of a stylesheet apart; this is not a security boundary.
public enum Fingerprint {
    public static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// 8 lowercase hex digits of the hash.
    public static func short(_ bytes: [UInt8]) -> String {
        let hex = String(fnv1a(bytes), radix: 16)
        let padded = String(repeating: "0", count: max(0, 16 - hex.count)) + hex
        return String(padded.suffix(8))
    }

    /// `css/style.css` → `css/style.<hash>.css`; a name without extension gets `.<hash>` appended.
    public static func insert(into path: String, contents: [UInt8]) -> String {
        let hash = short(contents)
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        if let dot = path[slash...].lastIndex(of: "."), dot > slash {
            return path[..<dot] + "." + hash + path[dot...]
        }
        return path + "." + hash
    }
}
