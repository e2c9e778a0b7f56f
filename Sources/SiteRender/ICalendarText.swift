/// The two textual rules of RFC 5545: escaping TEXT values (§3.3.11) and folding
/// content lines (§3.1).
package enum ICalendarText {
    /// The longest physical line, in octets, without its CRLF.
    package static let maximumLineOctets = 75

    /// Escapes a TEXT value: `\` `;` `,` get a backslash, every line break (CRLF, CR, LF)
    /// becomes `\n`. Other control characters are not allowed in TEXT and are dropped;
    /// a tab is kept (it is allowed).
    package static func escape(_ text: String) -> String {
        // Every character that changes is ASCII, so the work is done on UTF-8 bytes.
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + 8)
        var previousWasCarriageReturn = false
        for byte in text.utf8 {
            defer { previousWasCarriageReturn = byte == UInt8(ascii: "\r") }
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","):
                result.append(UInt8(ascii: "\\"))
                result.append(byte)
            case UInt8(ascii: "\r"):
                result.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case UInt8(ascii: "\n"):
                if !previousWasCarriageReturn { result.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")]) }
            case UInt8(ascii: "\t"):
                result.append(byte)
            default:
                if byte < 0x20 || byte == 0x7F { continue }
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Folds one logical content line into physical lines of at most 75 octets each,
    /// joined by CRLF + space (the space counts in the continuation line's 75). Lines are
    /// broken between characters (grapheme clusters), so no UTF-8 sequence is split and no
    /// accent is separated from its letter; only a cluster too long for a line by itself is
    /// broken, between its Unicode scalars. The result has no trailing CRLF.
    package static func fold(_ line: String) -> String {
        var result: [UInt8] = []
        fold(Array(line.utf8), into: &result)
        return String(decoding: result, as: UTF8.self)
    }

    /// `fold` on the UTF-8 bytes of a line (valid UTF-8), appended to `result`.
    ///
    /// Between two ASCII bytes other than CR LF there is always a character boundary (the
    /// characters that join a cluster are not ASCII), so ASCII runs go byte by byte and only
    /// the stretches around other characters are split into `Character`s, which is slow.
    package static func fold(_ line: [UInt8], into result: inout [UInt8]) {
        guard line.count > maximumLineOctets else {
            result += line
            return
        }
        result.reserveCapacity(result.count + line.count + line.count / 70 * 3)
        var octetsOnLine = 0
        func append(_ bytes: some Collection<UInt8>) {
            if octetsOnLine + bytes.count > maximumLineOctets {
                result.append(13)
                result.append(10)
                result.append(32)
                octetsOnLine = 1
            }
            result += bytes
            octetsOnLine += bytes.count
        }
        func isBoundary(_ index: Int) -> Bool {
            index == line.count || (line[index - 1] < 0x80 && line[index] < 0x80
                && !(line[index - 1] == UInt8(ascii: "\r") && line[index] == UInt8(ascii: "\n")))
        }
        var index = 0
        while index < line.count {
            if isBoundary(index + 1) {
                append(CollectionOfOne(line[index]))
                index += 1
                continue
            }
            var end = index + 1
            while !isBoundary(end) { end += 1 }
            for character in String(decoding: line[index..<end], as: UTF8.self) {
                let bytes = character.utf8
                if bytes.count < maximumLineOctets {
                    append(bytes)
                } else {
                    for scalar in character.unicodeScalars { append(String(scalar).utf8) }
                }
            }
            index = end
        }
    }
}
