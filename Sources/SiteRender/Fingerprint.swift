import ContentHash

/// Content hashes for cache-busting asset names: the first 8 hex digits of the asset's
/// `ContentDigest` (XXH3-128), plenty for telling versions of a stylesheet apart.
public enum Fingerprint {
    /// 8 lowercase hex digits of the digest.
    public static func short(_ bytes: [UInt8]) -> String {
        String(ContentDigest.of(bytes).description.prefix(8))
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
