/// The inside of tags: names, partial names, delimiter changes.
extension TemplateParser {
    /// Letters, digits and `. - _ ? *`, as swift-mustache accepts them.
    static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), .dot, .hyphen, .underscore, .question, .asterisk:
            return true
        default:
            return false
        }
    }

    /// Partial names may also hold `/` and parentheses.
    static func isPartialNameByte(_ byte: UInt8) -> Bool {
        isNameByte(byte) || byte == .slash || byte == .openParenthesis || byte == .closeParenthesis
    }

    /// Reads `name` then `closing` (spaces allowed around the name). On error, reports it and
    /// skips the tag.
    mutating func readName(tagStart: Int, closing: [UInt8]) -> String? {
        readName(tagStart: tagStart, closing: closing, allowed: Self.isNameByte)
    }

    mutating func readPartialName(tagStart: Int) -> String? {
        skipWhitespace()
        if position < source.count, source[position] == .asterisk {
            report("dynamic partials ({{>*name}}) are not supported", at: tagStart)
            skipTag()
            return nil
        }
        return readName(tagStart: tagStart, closing: delimiters.close, allowed: Self.isPartialNameByte)
    }

    private mutating func readName(tagStart: Int, closing: [UInt8], allowed: (UInt8) -> Bool) -> String? {
        skipWhitespace()
        let nameStart = position
        while position < source.count, allowed(source[position]) { position += 1 }
        let nameEnd = position
        skipWhitespace()
        guard source.matches(closing, at: position) else {
            let expected = String(decoding: closing, as: UTF8.self)
            if position >= source.count || closing.starts(with: source[position...]) {
                report("tag is not closed: expected '\(expected)'", at: tagStart)
            } else {
                let found = String(decoding: source[position..<source.scalarEnd(at: position)], as: UTF8.self)
                report("unexpected '\(found)' in tag: a name is made of letters, digits and . - _ ? *, "
                       + "and the tag ends with '\(expected)'", at: position)
            }
            skipTag()
            return nil
        }
        position += closing.count
        return String(decoding: source[nameStart..<nameEnd], as: UTF8.self)
    }

    /// `{{=<% %>=}}`: two delimiters without spaces (the closing one without `=`), then `=` and the
    /// current closing delimiter.
    mutating func readDelimiters(tagStart: Int) -> Delimiters? {
        skipWhitespace()
        let openStart = position
        while position < source.count, source.whitespaceLength(at: position) == 0 { position += 1 }
        let openEnd = position
        skipWhitespace()
        let closeStart = position
        while position < source.count, source[position] != .equals, source.whitespaceLength(at: position) == 0 {
            position += 1
        }
        let closeEnd = position
        skipWhitespace()
        guard openStart < openEnd, closeStart < closeEnd, position < source.count, source[position] == .equals,
              source.matches(delimiters.close, at: position + 1)
        else {
            report("bad delimiter tag: write it as {{=<% %>=}}, two delimiters separated by a space, "
                   + "without spaces or '=' in them", at: tagStart)
            return nil
        }
        position += 1 + delimiters.close.count
        return Delimiters(open: Array(source[openStart..<openEnd]), close: Array(source[closeStart..<closeEnd]))
    }

    /// Moves past the next closing delimiter, or to the end.
    mutating func skipTag() {
        position = source.firstMatch(of: delimiters.close, from: position).map { $0 + delimiters.close.count }
            ?? source.count
    }

    /// Skips Unicode white space, as swift-mustache does inside tags.
    mutating func skipWhitespace() {
        while position < source.count {
            let length = source.whitespaceLength(at: position)
            guard length > 0 else { return }
            position += length
        }
    }
}
