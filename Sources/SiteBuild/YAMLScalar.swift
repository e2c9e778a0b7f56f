/// Text written into a YAML front matter: plain when YAML reads it back unchanged as text,
/// double-quoted (with escapes) otherwise.
enum YAMLScalar {
    static func text(_ value: String) -> String {
        isSafePlain(value) ? value : quoted(value)
    }

    static func quoted(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF {
                    result += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16).uppercased()
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    private static let indicators: Set<Character> = ["-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!",
                                                      "|", ">", "'", "\"", "%", "@", "`"]
    private static let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"]

    private static func isSafePlain(_ value: String) -> Bool {
        guard let first = value.first, let last = value.last, !indicators.contains(first),
              first != " ", last != " ", last != ":" else { return false }
        guard !value.contains(": "), !value.contains(" #"), !reserved.contains(value.lowercased()) else { return false }
        guard value.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value)
            && $0.value != 0x2028 && $0.value != 0x2029 && $0.value != 0xFEFF }) else { return false }
        // Numbers and dates would be read back as such by other YAML readers.
        return !(first.isASCII && (first.isNumber || first == "." || first == "+"))
    }
}
