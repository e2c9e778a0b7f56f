import Escaping

/// Text made fit for the feeds: only characters XML 1.0 allows, one kind of line break.
enum FeedText {
    /// Drops characters XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF) and turns CR and
    /// CRLF into LF, so that every feed format carries exactly the same text.
    static func clean(_ text: String) -> String {
        guard needsCleaning(text) else { return text }
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

    /// Whether `clean` would change anything: a control character other than tab and LF, or
    /// U+FFFE or U+FFFF (EF BF BE and EF BF BF in UTF-8). Most texts have none.
    private static func needsCleaning(_ text: String) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20, byte != 0x09, byte != 0x0A { return true }
            if beforePrevious == 0xEF, previous == 0xBF, byte == 0xBE || byte == 0xBF { return true }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// Escaped for XML text and attribute values.
    static func xml(_ text: String) -> String {
        HTMLEscaping.markup.escaped(clean(text))
    }

    /// A CDATA section; `]]>` inside the text is split across two sections so that it survives.
    static func cdata(_ text: String) -> String {
        var body = clean(text)
        if body.containsBytes(of: "]]>") {
            body = body.replacingOccurrences(of: "]]>", with: "]]]]><![CDATA[>")
        }
        return "<![CDATA[" + body + "]]>"
    }
}
