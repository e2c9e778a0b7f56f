/// Decides which link and image destinations are safe to publish.
enum URLSchemePolicy {
    static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    /// The scheme that makes `destination` unsafe, lowercased; nil for allowed schemes and relative URLs.
    ///
    /// Browsers ignore tabs and newlines anywhere in a URL and control characters or spaces around it,
    /// so `java&#x09;script:` or ` javascript:` must be read as `javascript:`. Anything before a `:`
    /// that comes ahead of `/`, `?` or `#` counts as a scheme, even one a browser would reject.
    static func disallowedScheme(in destination: String) -> String? {
        var candidate: [UInt8] = []
        var seenContent = false
        for byte in destination.utf8 {
            if byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
            if !seenContent && (byte <= 0x20 || byte == 0x7F) { continue }
            seenContent = true
            switch byte {
            case UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"):
                return nil
            case UInt8(ascii: ":"):
                if candidate.isEmpty { return nil }
                let scheme = String(decoding: candidate, as: UTF8.self)
                return allowedSchemes.contains(scheme) ? nil : scheme
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                candidate.append(byte + 0x20)
            default:
                candidate.append(byte)
            }
        }
        return nil
    }
}
