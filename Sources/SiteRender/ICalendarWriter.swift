/// Accumulates iCalendar content lines, folded and CRLF-terminated, as UTF-8 bytes.
struct ICalendarWriter {
    private(set) var bytes: [UInt8] = []

    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Writes `NAME;PARAM=value:value` as is: the value must already be in its iCalendar form
    /// (use `addText` for TEXT values).
    mutating func add(_ name: String, _ value: String, parameters: [(name: String, value: String)] = []) {
        var line = Array(name.utf8)
        for parameter in parameters {
            line.append(UInt8(ascii: ";"))
            line += parameter.name.utf8
            line.append(UInt8(ascii: "="))
            line += Self.parameterValue(parameter.value).utf8
        }
        line.append(UInt8(ascii: ":"))
        line += value.utf8
        // Whatever a value holds, it cannot start a content line of its own.
        line.removeAll { $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\n") }
        ICalendarText.fold(line, into: &bytes)
        bytes.append(13)
        bytes.append(10)
    }

    /// Writes a TEXT property, escaped.
    mutating func addText(_ name: String, _ value: String) {
        add(name, ICalendarText.escape(value))
    }

    /// Lines made by another writer (`bytes`), as they are.
    mutating func append(lines: [UInt8]) {
        bytes += lines
    }

    mutating func begin(_ component: String) { add("BEGIN", component) }
    mutating func end(_ component: String) { add("END", component) }

    /// Parameter values cannot hold a double quote or control characters; `:` `;` `,`
    /// require quoting (RFC 5545 §3.2).
    static func parameterValue(_ value: String) -> String {
        var cleaned = ""
        var needsQuotes = false
        for scalar in value.unicodeScalars {
            if scalar == "\"" || (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F { continue }
            if scalar == ":" || scalar == ";" || scalar == "," { needsQuotes = true }
            cleaned.unicodeScalars.append(scalar)
        }
        return needsQuotes ? "\"" + cleaned + "\"" : cleaned
    }
}
