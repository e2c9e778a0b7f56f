/// Finds the `href` and `src` attribute values in the start tags of an HTML text. One scanner
/// serves both the feeds (which rewrite the values) and the link checker (which reads them).
/// Comments and the text of `<script>` and `<style>` are skipped.
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
        var found: [Occurrence] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
            if starts(bytes, at: index, with: "<!--") {
                index = find(bytes, "-->", from: index + 4).map { $0 + 3 } ?? bytes.count
                continue
            }
            guard index + 1 < bytes.count, isLetter(bytes[index + 1]) else { index += 1; continue }
            let (name, end) = readTag(bytes, from: index, into: &found)
            index = end
            if name == "script" || name == "style" {
                index = find(bytes, "</" + name, from: index) ?? bytes.count
            }
        }
        return found
    }

    /// Reads one start tag; returns its lowercased name and the index after it.
    private static func readTag(_ bytes: [UInt8], from start: Int, into found: inout [Occurrence]) -> (String, Int) {
        var index = start + 1
        while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "/") {
            index += 1
        }
        let tagName = String(decoding: bytes[(start + 1)..<index], as: UTF8.self).lowercased()
        while index < bytes.count, bytes[index] != UInt8(ascii: ">") {
            if isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") { index += 1; continue }
            let nameStart = index
            while index < bytes.count, !isSpace(bytes[index]),
                  ![UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "/")].contains(bytes[index]) {
                index += 1
            }
            if index == nameStart { index += 1; continue }
            let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { continue }
            index += 1
            guard index < bytes.count else { break }
            let quote = bytes[index]
            let isQuoted = quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'")
            let valueStart = isQuoted ? index + 1 : index
            var valueEnd = valueStart
            while valueEnd < bytes.count,
                  !(isQuoted ? bytes[valueEnd] == quote : (isSpace(bytes[valueEnd]) || bytes[valueEnd] == UInt8(ascii: ">"))) {
                valueEnd += 1
            }
            if name == "href" || name == "src" {
                found.append(Occurrence(tag: tagName, attribute: name, valueRange: valueStart..<valueEnd))
            }
            index = isQuoted ? min(valueEnd + 1, bytes.count) : valueEnd
        }
        return (tagName, min(index + 1, bytes.count))
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    private static func starts(_ bytes: [UInt8], at index: Int, with pattern: String) -> Bool {
        starts(bytes, at: index, with: Array(pattern.utf8))
    }

    private static func starts(_ bytes: [UInt8], at index: Int, with pattern: [UInt8]) -> Bool {
        index + pattern.count <= bytes.count && bytes[index..<index + pattern.count].elementsEqual(pattern)
    }

    private static func find(_ bytes: [UInt8], _ pattern: String, from start: Int) -> Int? {
        let pattern = Array(pattern.utf8)
        guard let first = pattern.first else { return start }
        var index = start
        while index < bytes.count {
            if bytes[index] == first, starts(bytes, at: index, with: pattern) { return index }
            index += 1
        }
        return nil
    }
}
