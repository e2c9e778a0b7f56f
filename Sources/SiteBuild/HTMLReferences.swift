import SiteRender

/// The `href` and `src` values of the tags of an HTML page, entity references decoded.
enum HTMLReferences {
    struct Reference: Hashable, Sendable {
        /// The tag's name, lowercased: `a`, `img`, `link`...
        let tag: String
        /// `href` or `src`.
        let attribute: String
        let value: String

        /// `image` for an `<img>`, `link` for anything else.
        var kind: String { tag == "img" ? "image" : "link" }
    }

    static func extract(from html: String) -> [Reference] {
        extract(fromBytes: Array(html.utf8))
    }

    static func extract(fromBytes bytes: [UInt8]) -> [Reference] {
        HTMLLinkAttributes.scan(bytes).map { occurrence in
            Reference(tag: occurrence.tag, attribute: occurrence.attribute,
                      value: decodeEntities(bytes[occurrence.valueRange]))
        }
    }

    /// `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;` and numeric references; anything else is kept.
    static func decodeEntities(_ text: String) -> String {
        decodeEntities(ArraySlice(text.utf8))
    }

    /// On bytes: a reference's name is ASCII, so looking for its `;` among the next 10 bytes
    /// finds every reference that looking among the next 10 characters would.
    private static func decodeEntities(_ text: ArraySlice<UInt8>) -> String {
        guard text.contains(UInt8(ascii: "&")) else { return String(decoding: text, as: UTF8.self) }
        var result: [UInt8] = []
        result.reserveCapacity(text.count)
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            index += 1
            guard byte == UInt8(ascii: "&") else { result.append(byte); continue }
            let window = text[index..<min(index + 10, text.endIndex)]
            if let semicolon = window.firstIndex(of: UInt8(ascii: ";")),
               let decoded = entity(Substring(decoding: text[index..<semicolon], as: UTF8.self)) {
                result += String(decoded).utf8
                index = semicolon + 1
            } else {
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func entity(_ name: Substring) -> Unicode.Scalar? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init)
        }
    }
}
