/// The two textual rules of RFC 5545: escaping TEXT values (§3.3.11) and folding
/// content lines (§3.1).
enum ICalendarText {
    /// The longest physical line, in octets, without its CRLF.
    static let maximumLineOctets = 75

    /// Escapes a TEXT value: `\` `;` `,` get a backslash, every line break (CRLF, CR, LF)
    /// becomes `\n`. Other control characters are not allowed in TEXT and are dropped;
    /// a tab is kept (it is allowed).
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\r": result += "\\n"
            case "\n": if !previousWasCarriageReturn { result += "\\n" }
            case "\t": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Folds one logical content line into physical lines of at most 75 octets each,
    /// joined by CRLF + space (the space counts in the continuation line's 75). Lines are
    /// only broken between Unicode scalars, so no UTF-8 sequence is ever split.
    /// The result has no trailing CRLF.
    static func fold(_ line: String) -> String {
        var result = ""
        result.reserveCapacity(line.utf8.count + line.utf8.count / 70 * 3)
        var octetsOnLine = 0
        for scalar in line.unicodeScalars {
            let width = UTF8.width(scalar)
            if octetsOnLine + width > maximumLineOctets {
                result += "\r\n "
                octetsOnLine = 1
            }
            result.unicodeScalars.append(scalar)
            octetsOnLine += width
        }
        return result
    }
}
