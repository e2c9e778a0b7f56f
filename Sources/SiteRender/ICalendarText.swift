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
    /// broken between characters (grapheme clusters), so no UTF-8 sequence is split and no
    /// accent is separated from its letter; only a cluster too long for a line by itself is
    /// broken, between its Unicode scalars. The result has no trailing CRLF.
    static func fold(_ line: String) -> String {
        if line.utf8.count <= maximumLineOctets { return line }
        var result = ""
        result.reserveCapacity(line.utf8.count + line.utf8.count / 70 * 3)
        var octetsOnLine = 0
        var pieceStart = line.startIndex
        func breakLine(before index: String.Index) {
            result += line[pieceStart..<index]
            result += "\r\n "
            pieceStart = index
            octetsOnLine = 1
        }
        var index = line.startIndex
        while index < line.endIndex {
            let next = line.index(after: index)
            let width = line.utf8.distance(from: index, to: next)
            if width < maximumLineOctets {
                if octetsOnLine + width > maximumLineOctets { breakLine(before: index) }
                octetsOnLine += width
            } else {
                var scalarIndex = index
                while scalarIndex < next {
                    let scalarWidth = UTF8.width(line.unicodeScalars[scalarIndex])
                    if octetsOnLine + scalarWidth > maximumLineOctets { breakLine(before: scalarIndex) }
                    octetsOnLine += scalarWidth
                    scalarIndex = line.unicodeScalars.index(after: scalarIndex)
                }
            }
            index = next
        }
        result += line[pieceStart...]
        return result
    }
}
