import Foundation

/// Finds the `href` and `src` attribute values in the start tags of an HTML text. One scanner
/// serves both the feeds (which rewrite the values) and the link checker (which reads them).
/// Comments and the text of `<script>` and `<style>` are skipped.
///
/// It runs over every page of the site, so it works on raw bytes and makes a `String` only for
/// the name of a tag that has such an attribute.
public enum HTMLLinkAttributes {
    public struct Occurrence: Hashable, Sendable {
        /// The tag's name, lowercased: `a`, `img`, `link`...
        public let tag: String
        /// `href` or `src`.
        public let attribute: String
        /// Byte offsets of the value in the UTF-8 text, quotes excluded; still HTML-escaped.
        public let valueRange: Range<Int>
    }

    public static func scan(_ bytes: [UInt8]) -> [Occurrence] {
        bytes.withUnsafeBufferPointer { scan($0) }
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [Occurrence] {
        var found: [Occurrence] = []
        var index = 0
        while let open = firstIndex(of: UInt8(ascii: "<"), in: bytes, from: index) {
            index = open
            if starts(bytes, at: index, with: "<!--") {
                index = find(bytes, "-->", from: index + 4).map { $0 + 3 } ?? bytes.count
                continue
            }
            guard index + 1 < bytes.count, isLetter(bytes[index + 1]) else { index += 1; continue }
            let (rawText, end) = readTag(bytes, from: index, into: &found)
            index = end
            if let rawText { index = find(bytes, rawText, from: index) ?? bytes.count }
        }
        return found
    }

    /// Reads one start tag and returns the index after it, and for `<script>` and `<style>`
    /// the end tag to skip to (`</script`).
    private static func readTag(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                                into found: inout [Occurrence]) -> (rawTextEnd: StaticString?, end: Int) {
        var index = start + 1
        while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "/") {
            index += 1
        }
        let nameBytes = UnsafeBufferPointer(rebasing: bytes[(start + 1)..<index])
        var tagName: String?
        while index < bytes.count, bytes[index] != UInt8(ascii: ">") {
            if isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") { index += 1; continue }
            let nameStart = index
            while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: "="),
                  bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "/") {
                index += 1
            }
            if index == nameStart { index += 1; continue }
            let attribute = linkAttribute(UnsafeBufferPointer(rebasing: bytes[nameStart..<index]))
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { continue }
            index += 1
            guard index < bytes.count else { break }
            let quote = bytes[index]
            let isQuoted = quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'")
            let valueStart = isQuoted ? index + 1 : index
            var valueEnd = valueStart
            if isQuoted {
                valueEnd = firstIndex(of: quote, in: bytes, from: valueStart) ?? bytes.count
            } else {
                while valueEnd < bytes.count, !isSpace(bytes[valueEnd]), bytes[valueEnd] != UInt8(ascii: ">") {
                    valueEnd += 1
                }
            }
            if let attribute {
                if tagName == nil { tagName = lowercased(nameBytes) }
                found.append(Occurrence(tag: tagName ?? "", attribute: attribute, valueRange: valueStart..<valueEnd))
            }
            index = isQuoted ? min(valueEnd + 1, bytes.count) : valueEnd
        }
        let end = min(index + 1, bytes.count)
        if equalsIgnoringASCIICase(nameBytes, "script") { return ("</script", end) }
        if equalsIgnoringASCIICase(nameBytes, "style") { return ("</style", end) }
        return (nil, end)
    }

    /// `href` or `src` for an attribute of that name in any case, else nil. Only ASCII letters
    /// lowercase to ASCII letters, so comparing bytes is the same as comparing lowercased text.
    private static func linkAttribute(_ name: UnsafeBufferPointer<UInt8>) -> String? {
        if equalsIgnoringASCIICase(name, "href") { return "href" }
        if equalsIgnoringASCIICase(name, "src") { return "src" }
        return nil
    }

    private static func lowercased(_ name: UnsafeBufferPointer<UInt8>) -> String {
        guard name.allSatisfy({ $0 < 0x80 }) else { return String(decoding: name, as: UTF8.self).lowercased() }
        return String(decoding: name.lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    private static func equalsIgnoringASCIICase(_ bytes: UnsafeBufferPointer<UInt8>, _ lowercase: StaticString) -> Bool {
        guard bytes.count == lowercase.utf8CodeUnitCount else { return false }
        let expected = lowercase.utf8Start
        for offset in 0..<bytes.count {
            let byte = bytes[offset]
            if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != expected[offset] { return false }
        }
        return true
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    private static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress,
              let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private static func starts(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, with pattern: StaticString) -> Bool {
        let count = pattern.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let expected = pattern.utf8Start
        for offset in 0..<count where bytes[index + offset] != expected[offset] { return false }
        return true
    }

    private static func find(_ bytes: UnsafeBufferPointer<UInt8>, _ pattern: StaticString, from start: Int) -> Int? {
        let first = pattern.utf8Start[0]
        var index = start
        while let candidate = firstIndex(of: first, in: bytes, from: index) {
            if starts(bytes, at: candidate, with: pattern) { return candidate }
            index = candidate + 1
        }
        return nil
    }
}
