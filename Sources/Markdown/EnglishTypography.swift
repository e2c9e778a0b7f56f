/// English quotes and spacing: straight quotes become curly (“ ” ‘ ’, and ’ as the apostrophe),
/// and the spaces a writer used to French put before `! ? ; :` go. Only what the author wrote is
/// changed; nothing is added.
struct EnglishTypography: TypographyRules {
    private static let openingDouble: [UInt8] = [0xE2, 0x80, 0x9C]  // “
    private static let closingDouble: [UInt8] = [0xE2, 0x80, 0x9D]  // ”
    private static let openingSingle: [UInt8] = [0xE2, 0x80, 0x98]  // ‘
    private static let apostrophe: [UInt8] = [0xE2, 0x80, 0x99]     // ’

    /// The last byte written in the run; 0 at its start. A quote after a space or an opening
    /// bracket opens, any other closes.
    private var previous: UInt8 = 0
    /// The piece so far ends with an ordinary space that punctuation coming next removes.
    private var endsWithSpace = false

    mutating func endRun() {
        previous = 0
        endsWithSpace = false
    }

    @discardableResult
    mutating func transform(_ text: String, into output: inout [UInt8]) -> TypographyChange {
        var change = TypographyChange()
        let source = Array(text.utf8)
        var index = 0
        while index < source.count {
            let byte = source[index]
            switch byte {
            case UInt8(ascii: " "):
                var end = index
                while end < source.count, source[end] == UInt8(ascii: " ") { end += 1 }
                if end < source.count, Self.isTightPunctuation(source[end]), Self.endsWord(source, after: end) {
                    change.changedPiece = true
                } else {
                    output.append(contentsOf: source[index..<end])
                    previous = byte
                }
                endsWithSpace = end == source.count
                index = end
                continue
            case _ where Self.isTightPunctuation(byte):
                if index == 0, endsWithSpace, Self.endsWord(source, after: index) { change.previousPieceSpace = [] }
                output.append(byte)
                previous = byte
            case UInt8(ascii: "\""):
                let opening = Self.opensQuote(after: previous)
                output.append(contentsOf: opening ? Self.openingDouble : Self.closingDouble)
                previous = opening ? UInt8(ascii: "(") : UInt8(ascii: ".")
                change.changedPiece = true
            case UInt8(ascii: "'"):
                let opening = Self.opensQuote(after: previous) && index + 1 < source.count && Self.isLetter(source[index + 1])
                output.append(contentsOf: opening ? Self.openingSingle : Self.apostrophe)
                previous = opening ? UInt8(ascii: "(") : UInt8(ascii: ".")
                change.changedPiece = true
            default:
                output.append(byte)
                previous = byte
            }
            endsWithSpace = false
            index += 1
        }
        return change
    }

    private static func isTightPunctuation(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":")
    }

    /// The punctuation at `index` ends a word: the text ends, or a space, a closing sign or more
    /// punctuation follows (« Really ?! »), not a smiley or a time (« :) », « :30 »).
    private static func endsWord(_ source: [UInt8], after index: Int) -> Bool {
        let next = index + 1
        guard next < source.count else { return true }
        return [UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\""), UInt8(ascii: "'"),
                UInt8(ascii: "!"), UInt8(ascii: "?")].contains(source[next])
    }

    private static func opensQuote(after byte: UInt8) -> Bool {
        byte == 0 || byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
            || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "-")
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte >= 0x80
    }
}
