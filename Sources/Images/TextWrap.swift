/// Greedy wrapping by character count, for text an SVG template cannot wrap by itself.
enum TextWrap {
    /// Words filled into lines of at most `length` characters (a longer word is cut); past
    /// `maximumLines`, the last line ends with an ellipsis.
    static func lines(_ text: String, length: Int, maximumLines: Int) -> [String] {
        guard maximumLines > 0, length > 1 else { return [] }
        var lines: [String] = []
        var current = ""
        for word in text.split(whereSeparator: { $0.isWhitespace }) {
            var word = Substring(word)
            while word.count > length {  // a word longer than a line: cut
                if !current.isEmpty { lines.append(current); current = "" }
                lines.append(String(word.prefix(length)))
                word = word.dropFirst(length)
            }
            if word.isEmpty { continue }
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= length {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        guard lines.count > maximumLines else { return lines }
        var kept = Array(lines.prefix(maximumLines))
        kept[maximumLines - 1] = String(kept[maximumLines - 1].prefix(length - 1)) + "…"
        return kept
    }

    /// Without the control characters XML 1.0 forbids (a tab or line break becomes a space).
    static func xmlSafe(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.compactMap { scalar in
            if scalar == "\t" || scalar == "\n" || scalar == "\r" { return " " }
            return scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF ? nil : scalar
        }))
    }
}
