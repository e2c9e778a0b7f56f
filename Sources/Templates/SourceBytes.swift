extension UInt8 {
    static let tab = UInt8(ascii: "\t")
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let hash = UInt8(ascii: "#")
    static let caret = UInt8(ascii: "^")
    static let slash = UInt8(ascii: "/")
    static let bang = UInt8(ascii: "!")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let ampersand = UInt8(ascii: "&")
    static let greaterThan = UInt8(ascii: ">")
    static let lessThan = UInt8(ascii: "<")
    static let equals = UInt8(ascii: "=")
    static let dollar = UInt8(ascii: "$")
    static let percent = UInt8(ascii: "%")
    static let dot = UInt8(ascii: ".")
    static let hyphen = UInt8(ascii: "-")
    static let underscore = UInt8(ascii: "_")
    static let question = UInt8(ascii: "?")
    static let asterisk = UInt8(ascii: "*")
    static let openParenthesis = UInt8(ascii: "(")
    static let closeParenthesis = UInt8(ascii: ")")
}

/// Byte-level reading of UTF-8 template source.
extension Array where Element == UInt8 {
    func matches(_ pattern: [UInt8], at offset: Int) -> Bool {
        guard offset >= 0, offset + pattern.count <= count else { return false }
        for index in pattern.indices where self[offset + index] != pattern[index] { return false }
        return true
    }

    func firstMatch(of pattern: [UInt8], from start: Int) -> Int? {
        guard !pattern.isEmpty, start + pattern.count <= count else { return nil }
        for offset in start...(count - pattern.count) where self[offset] == pattern[0] && matches(pattern, at: offset) {
            return offset
        }
        return nil
    }

    /// Length of the line break at `offset` as Swift's `Character.isNewline` sees it (CR LF is one),
    /// 0 if there is none.
    func lineBreakLength(at offset: Int) -> Int {
        guard offset < count else { return 0 }
        switch self[offset] {
        case .newline, 0x0B, 0x0C: return 1
        case .carriageReturn: return offset + 1 < count && self[offset + 1] == .newline ? 2 : 1
        case 0xC2: return byte(offset + 1) == 0x85 ? 2 : 0
        case 0xE2: return byte(offset + 1) == 0x80 && (byte(offset + 2) == 0xA8 || byte(offset + 2) == 0xA9) ? 3 : 0
        default: return 0
        }
    }

    /// Length of the white space scalar at `offset` (Unicode White_Space), 0 if there is none.
    func whitespaceLength(at offset: Int) -> Int {
        guard offset < count else { return 0 }
        switch self[offset] {
        case 0x09...0x0D, .space: return 1
        case 0xC2: return byte(offset + 1) == 0x85 || byte(offset + 1) == 0xA0 ? 2 : 0
        case 0xE1: return byte(offset + 1) == 0x9A && byte(offset + 2) == 0x80 ? 3 : 0
        case 0xE2:
            switch (byte(offset + 1) ?? 0, byte(offset + 2) ?? 0) {
            case (0x80, 0x80...0x8A), (0x80, 0xA8), (0x80, 0xA9), (0x80, 0xAF), (0x81, 0x9F): return 3
            default: return 0
            }
        case 0xE3: return byte(offset + 1) == 0x80 && byte(offset + 2) == 0x80 ? 3 : 0
        default: return 0
        }
    }

    /// End of the UTF-8 scalar that starts at `offset` (at least one byte).
    func scalarEnd(at offset: Int) -> Int {
        var end = offset + 1
        while end < count, end < offset + 4, self[end] & 0xC0 == 0x80 { end += 1 }
        return end
    }

    private func byte(_ offset: Int) -> UInt8? { offset < count ? self[offset] : nil }
}
