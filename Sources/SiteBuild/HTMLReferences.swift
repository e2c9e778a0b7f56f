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
            let raw = String(decoding: bytes[occurrence.valueRange], as: UTF8.self)
            return Reference(tag: occurrence.tag, attribute: occurrence.attribute, value: decodeEntities(raw))
        }
    }

    /// `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;` and numeric references; anything else is kept.
    static func decodeEntities(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let after = rest[rest.index(after: ampersand)...]
            if let semicolon = after.prefix(10).firstIndex(of: ";"), let decoded = entity(after[..<semicolon]) {
                result.unicodeScalars.append(decoded)
                rest = after[after.index(after: semicolon)...]
            } else {
                result += "&"
                rest = after
            }
        }
        return result + rest
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
