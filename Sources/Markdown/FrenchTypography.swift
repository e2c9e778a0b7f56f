/// French spacing and apostrophes, applied to UTF-8 text written in several pieces
/// (the text nodes of one paragraph). Only spaces the author wrote are changed; none is added.
struct FrenchTypography: TypographyRules {
    static let narrowNoBreakSpace: [UInt8] = [0xE2, 0x80, 0xAF]  // U+202F, before ; ! ?
    static let noBreakSpace: [UInt8] = [0xC2, 0xA0]               // U+00A0, before : » and after «
    static let apostrophe: [UInt8] = [0xE2, 0x80, 0x99]           // U+2019

    /// The last byte of the run is an ordinary space that punctuation coming next may still change.
    private var endsWithSpace = false
    private var endsWithOpeningGuillemet = false

    /// The bytes a rule starts at: space, `; ! ? : '`, and 0xC2, which starts `«` and `»`.
    private static let isSpecial: [Bool] = (0...255).map { byte in
        [0x20, 0x3B, 0x21, 0x3F, 0x3A, 0x27, 0xC2].contains(byte)
    }

    mutating func endRun() {
        endsWithSpace = false
        endsWithOpeningGuillemet = false
    }

    /// Appends `text`, transformed, to `output`.
    @discardableResult
    mutating func transform(_ text: String, into output: inout [UInt8]) -> TypographyChange {
        var text = text
        return text.withUTF8 { source in transform(source, into: &output) }
    }

    private mutating func transform(_ source: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) -> TypographyChange {
        let pieceStart = output.count
        var change = TypographyChange()

        func replaceSpaceBefore(with space: [UInt8], _ output: inout [UInt8]) {
            guard endsWithSpace else { return }
            if output.count > pieceStart {
                output.removeLast()
                output.append(contentsOf: space)
                change.changedPiece = true
            } else {
                change.previousPieceSpace = space
            }
        }

        let isSpecial = Self.isSpecial  // once: each access to a static checks its initialization
        var index = 0
        while index < source.count {
            // Bytes no rule looks at are copied as one run; each ends the run of the rules. So
            // does a space followed by such a byte (a word's end), unless it follows a `«`.
            let runStart = index
            while index < source.count {
                let byte = source[index]
                if byte == UInt8(ascii: " ") {
                    guard index + 1 < source.count, !isSpecial[Int(source[index + 1])],
                          index > runStart || !endsWithOpeningGuillemet,
                          !Self.isUnitSpace(source, at: index) else { break }
                } else if isSpecial[Int(byte)] {
                    break
                }
                index += 1
            }
            if index > runStart {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
                endRun()
                guard index < source.count else { break }
            }
            let byte = source[index]
            let next: UInt8 = index + 1 < source.count ? source[index + 1] : 0
            switch byte {
            case UInt8(ascii: " ") where endsWithOpeningGuillemet:
                output.append(contentsOf: Self.noBreakSpace)
                change.changedPiece = true
                endRun()
            case UInt8(ascii: " ") where Self.isUnitSpace(source, at: index):
                output.append(contentsOf: Self.noBreakSpace)
                change.changedPiece = true
                endRun()
            case UInt8(ascii: " "):
                output.append(byte)
                endsWithSpace = true
            case UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"):
                replaceSpaceBefore(with: Self.narrowNoBreakSpace, &output)
                output.append(byte)
                endRun()
            case UInt8(ascii: ":"):
                replaceSpaceBefore(with: Self.noBreakSpace, &output)
                output.append(byte)
                endRun()
            case UInt8(ascii: "'"):
                output.append(contentsOf: Self.apostrophe)
                change.changedPiece = true
                endRun()
            case 0xC2 where next == 0xBB:  // »
                replaceSpaceBefore(with: Self.noBreakSpace, &output)
                output.append(byte)
                output.append(next)
                index += 1
                endRun()
            case 0xC2 where next == 0xAB:  // «
                output.append(byte)
                output.append(next)
                index += 1
                endsWithSpace = false
                endsWithOpeningGuillemet = true
            default:
                output.append(byte)
                endRun()
            }
            index += 1
        }
        return change
    }

    /// A space between a number and its unit, « 9 h », « 17 h 30 », « 9 € », « 20 % »: the two
    /// must not be split over two lines. Only within one piece of text.
    private static func isUnitSpace(_ source: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index > 0, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(source[index - 1]),
              index + 1 < source.count else { return false }
        let unitStart = index + 1
        let unitEnd: Int
        switch source[unitStart] {
        case UInt8(ascii: "h"), UInt8(ascii: "%"): unitEnd = unitStart + 1
        case 0xE2 where unitStart + 2 < source.count && source[unitStart + 1] == 0x82 && source[unitStart + 2] == 0xAC: // €
            unitEnd = unitStart + 3
        default: return false
        }
        // « 9 h » but not « 9 heures »: the unit is a whole word.
        guard unitEnd < source.count else { return true }
        let after = source[unitEnd]
        let isLetter = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(after | 0x20) || after >= 0x80
        return !isLetter
    }
}
