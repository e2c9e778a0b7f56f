/// A request path checked for safety: the decoded segments below the site root, or refused.
///
/// Pure: no file-system access. Everything that could climb out of the root or smuggle a
/// separator is refused here, before any file name is built.
public enum RequestPath: Equatable, Sendable {
    /// Decoded segments (none for `/`); `directory` when the path ends with `/`.
    case segments([String], directory: Bool)
    /// `..`, `.`, an empty segment (`//`), a bad percent escape, invalid UTF-8, an encoded `/`,
    /// a backslash, NUL or another control character.
    case refused

    /// `rawPath` is the request target as sent (percent-encoded); a query or fragment is ignored.
    public init(rawPath: String) {
        let pathPart = rawPath.prefix { $0 != "?" && $0 != "#" }
        guard pathPart.hasPrefix("/") else {
            self = .refused
            return
        }
        var rawSegments = pathPart.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        let directory = rawSegments.last == ""
        if directory { rawSegments.removeLast() }
        var segments: [String] = []
        for raw in rawSegments {
            guard let decoded = Self.percentDecoded(raw), Self.isSafe(segment: decoded) else {
                self = .refused
                return
            }
            segments.append(decoded)
        }
        self = .segments(segments, directory: directory)
    }

    /// The decoded segments; none when refused.
    public var segments: [String] {
        if case .segments(let segments, _) = self { return segments }
        return []
    }

    static func isSafe(segment: String) -> Bool {
        guard !segment.isEmpty, segment != ".", segment != ".." else { return false }
        return !segment.unicodeScalars.contains { scalar in
            scalar == "/" || scalar == "\\" || scalar.value < 0x20 || scalar.value == 0x7F
        }
    }

    /// Strict decoding: every `%` must be followed by two hex digits, the result must be UTF-8.
    static func percentDecoded(_ raw: Substring) -> String? {
        var bytes: [UInt8] = []
        var iterator = raw.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                return nil
            }
            bytes.append(high << 4 | low)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return text.utf8.elementsEqual(bytes) ? text : nil
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
