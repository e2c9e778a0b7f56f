/// Text made fit for the feeds: only characters XML 1.0 allows, one kind of line break.
enum FeedText {
    /// Drops characters XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF) and turns CR and
    /// CRLF into LF, so that every feed format carries exactly the same text.
    static func clean(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar.value {
            case 0x0D:
                result.append("\n")
            case 0x0A:
                if !previousWasCarriageReturn { result.append(scalar) }
            case 0x09, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF:
                result.append(scalar)
            default:
                continue
            }
        }
        return String(result)
    }

    /// Escaped for XML text and attribute values.
    static func xml(_ text: String) -> String {
        Escaping.markup(clean(text))
    }

    /// A CDATA section; `]]>` inside the text is split across two sections so that it survives.
    static func cdata(_ text: String) -> String {
        let body = clean(text).replacingOccurrences(of: "]]>", with: "]]]]><![CDATA[>")
        return "<![CDATA[" + body + "]]>"
    }
}
