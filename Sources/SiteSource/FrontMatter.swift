/// A Markdown file cut in two: the YAML between the `---` lines and the body after them.
struct FrontMatter: Equatable {
    /// The YAML text; its line 1 is line `yamlLineOffset + 1` of the file.
    var yaml: String
    var yamlLineOffset: Int
    /// The Markdown body; its line 1 is line `bodyLineOffset + 1` of the file.
    var body: String
    var bodyLineOffset: Int

    enum Failure: Error, Equatable {
        /// The first line is not `---`.
        case missingOpening
        /// No `---` line closes the front matter opened on line 1.
        case missingClosing
    }

    /// Splits LF-normalised text. Works on UTF-8 bytes: a line feed always ends a character,
    /// so byte lines are exactly the text's lines.
    static func split(_ text: String) -> Result<FrontMatter, Failure> {
        let bytes = text.utf8
        var lineStart = bytes.startIndex
        var lineNumber = 0
        var yamlStart: String.Index?
        while true {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            let isDelimiter = isDelimiter(bytes[lineStart..<lineEnd])
            if lineNumber == 0 {
                guard isDelimiter else { return .failure(.missingOpening) }
            } else if isDelimiter {
                let yaml = String(text[(yamlStart ?? lineStart)..<lineStart])
                // A single empty line is no YAML at all.
                let body = lineEnd == bytes.endIndex ? "" : String(text[bytes.index(after: lineEnd)...])
                return .success(FrontMatter(yaml: yaml == "\n" ? "" : yaml, yamlLineOffset: 1, body: body, bodyLineOffset: lineNumber + 1))
            }
            guard lineEnd != bytes.endIndex else { return .failure(.missingClosing) }
            lineStart = bytes.index(after: lineEnd)
            if lineNumber == 0 { yamlStart = lineStart }
            lineNumber += 1
        }
    }

    private static func isDelimiter(_ line: Substring.UTF8View) -> Bool {
        guard line.starts(with: "---".utf8) else { return false }
        return line.dropFirst(3).allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
}
