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
        var output = ""
        write(to: &output, indent: 0, forScript: false)
        return output + "\n"
    }

    /// The document for a `<script type="application/ld+json">` element: every `<` is written
    /// `\u003c`, so no value can close the element or open a comment.
    var scriptText: String {
        var output = ""
        write(to: &output, indent: 0, forScript: true)
        return output
    }

    // The nesting depth is fixed by the feed's shape, not by the content, so recursion is bounded.
    private func write(to output: inout String, indent: Int, forScript: Bool) {
        switch self {
        case .string(let string):
            Self.writeString(string, to: &output, forScript: forScript)
        case .number(let number):
            output += number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .bool(let value):
            output += value ? "true" : "false"
        case .array(let values):
            guard !values.isEmpty else { output += "[]"; return }
            output += "[\n"
            for (offset, value) in values.enumerated() {
                output += String(repeating: " ", count: indent + 2)
                value.write(to: &output, indent: indent + 2, forScript: forScript)
                output += offset == values.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "]"
        case .object(let members):
            guard !members.isEmpty else { output += "{}"; return }
            output += "{\n"
            let keys = members.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            for (offset, key) in keys.enumerated() {
                output += String(repeating: " ", count: indent + 2)
                Self.writeString(key, to: &output, forScript: forScript)
                output += ": "
                members[key]?.write(to: &output, indent: indent + 2, forScript: forScript)
                output += offset == keys.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "}"
        }
    }

    private static func writeString(_ string: String, to output: inout String, forScript: Bool) {
        output += "\""
        // Most strings hold nothing to escape: no quote, backslash, `<`, control character or
        // U+2028/U+2029 (whose UTF-8 starts with 0xE2).
        if !string.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x3C || $0 == 0xE2 }) {
            output += string
            output += "\""
            return
        }
        var previous: Unicode.Scalar = " "
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "/" where previous == "<": output += "\\/"
            case "<" where forScript: output += "\\u003c"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
            previous = scalar
        }
        output += "\""
    }
}
