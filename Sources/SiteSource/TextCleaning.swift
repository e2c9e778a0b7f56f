/// Characters no output format can carry safely: C0 controls other than tab and line breaks,
/// DEL, C1 controls and the noncharacters U+FFFE and U+FFFF (XML forbids them, HTML reports them,
/// calendars choke on them). Front-matter text loses them, with a warning.
enum TextCleaning {
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    /// The text without forbidden characters, and the first one removed (for the message).
    static func clean(_ text: String) -> (text: String, removed: Unicode.Scalar?) {
        guard let first = text.unicodeScalars.first(where: isForbidden) else { return (text, nil) }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: text.unicodeScalars.lazy.filter { !isForbidden($0) })
        return (String(result), first)
    }

    /// `U+0000`
    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
