/// Accumulates iCalendar content lines, folded and CRLF-terminated, and hands back the bytes.
struct ICalendarWriter {
    private(set) var text = ""

    /// Writes `NAME;PARAM=value:value` as is: the value must already be in its iCalendar form
    /// (use `addText` for TEXT values).
    mutating func add(_ name: String, _ value: String, parameters: [(name: String, value: String)] = []) {
        var line = name
        for parameter in parameters {
            line += ";" + parameter.name + "=" + Self.parameterValue(parameter.value)
        }
        line += ":" + value
        // Whatever a value holds, it cannot start a content line of its own.
        if line.utf8.contains(where: { $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\n") }) {
            line.unicodeScalars.removeAll { $0 == "\r" || $0 == "\n" }
        }
        text += ICalendarText.fold(line)
        text += "\r\n"
    }

    /// Writes a TEXT property, escaped.
    mutating func addText(_ name: String, _ value: String) {
        add(name, ICalendarText.escape(value))
    }

    /// Lines made by another writer (`text`), as they are.
    mutating func append(lines: String) {
        text += lines
    }

    mutating func begin(_ component: String) { add("BEGIN", component) }
    mutating func end(_ component: String) { add("END", component) }

    var bytes: [UInt8] { Array(text.utf8) }

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
