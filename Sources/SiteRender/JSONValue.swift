/// The little JSON that JSON Feed and JSON-LD need, printed the same way every time: keys sorted,
/// two-space indentation, `</` written `<\/` so the text is safe inside an HTML `<script>`.
indirect enum JSONValue: Hashable, Sendable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case array([JSONValue])
    case object([String: JSONValue])

    /// The document, ending with a newline.
    var text: String {
        var output: [UInt8] = []
        write(to: &output, indent: 0, forScript: false)
        output.append(UInt8(ascii: "\n"))
        return String(decoding: output, as: UTF8.self)
    }

    /// The document for a `<script type="application/ld+json">` element: every `<` is written
    /// `\u003c`, so no value can close the element or open a comment.
    var scriptText: String {
        var output: [UInt8] = []
        write(to: &output, indent: 0, forScript: true)
        return String(decoding: output, as: UTF8.self)
    }

    // The nesting depth is fixed by the feed's shape, not by the content, so recursion is bounded.
    private func write(to output: inout [UInt8], indent: Int, forScript: Bool) {
        switch self {
        case .string(let string):
            Self.writeString(string, to: &output, forScript: forScript)
        case .number(let number):
            output += (number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)).utf8
        case .bool(let value):
            output += (value ? "true" : "false").utf8
        case .array(let values):
            guard !values.isEmpty else { output += "[]".utf8; return }
            output += "[\n".utf8
            for (offset, value) in values.enumerated() {
                Self.indent(indent + 2, into: &output)
                value.write(to: &output, indent: indent + 2, forScript: forScript)
                output += (offset == values.count - 1 ? "\n" : ",\n").utf8
            }
            Self.indent(indent, into: &output)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { output += "{}".utf8; return }
            output += "{\n".utf8
            let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            for (offset, member) in sorted.enumerated() {
                Self.indent(indent + 2, into: &output)
                Self.writeString(member.key, to: &output, forScript: forScript)
                output += ": ".utf8
                member.value.write(to: &output, indent: indent + 2, forScript: forScript)
                output += (offset == sorted.count - 1 ? "\n" : ",\n").utf8
            }
            Self.indent(indent, into: &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func indent(_ count: Int, into output: inout [UInt8]) {
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }

    /// Byte by byte: every character that needs escaping is ASCII, but for U+2028 and U+2029
    /// (E2 80 A8 and E2 80 A9 in UTF-8), which no other character's bytes can contain.
    private static func writeString(_ string: String, to output: inout [UInt8], forScript: Bool) {
        output.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            func escape(_ replacement: String, skipping count: Int = 1) {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                output += replacement.utf8
                index += count
                runStart = index
            }
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""): escape("\\\"")
                case UInt8(ascii: "\\"): escape("\\\\")
                case UInt8(ascii: "/") where index > 0 && bytes[index - 1] == UInt8(ascii: "<"): escape("\\/")
                case UInt8(ascii: "<") where forScript: escape("\\u003c")
                case UInt8(ascii: "\n"): escape("\\n")
                case UInt8(ascii: "\r"): escape("\\r")
                case UInt8(ascii: "\t"): escape("\\t")
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA8:
                    escape("\\u2028", skipping: 3)
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA9:
                    escape("\\u2029", skipping: 3)
                case ..<0x20:
                    let hex = String(byte, radix: 16)
                    escape("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                default:
                    index += 1
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        output.append(UInt8(ascii: "\""))
    }
}
