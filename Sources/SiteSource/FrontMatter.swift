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

    /// Splits LF-normalised text.
    static func split(_ text: String) -> Result<FrontMatter, Failure> {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, isDelimiter(first) else { return .failure(.missingOpening) }
        guard let closing = lines.indices.dropFirst().first(where: { isDelimiter(lines[$0]) }) else {
            return .failure(.missingClosing)
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        let body = lines[(closing + 1)...].joined(separator: "\n")
        return .success(FrontMatter(yaml: yaml.isEmpty ? "" : yaml + "\n", yamlLineOffset: 1,
                                    body: body, bodyLineOffset: closing + 1))
    }

    private static func isDelimiter(_ line: Substring) -> Bool {
        guard line.hasPrefix("---") else { return false }
        return line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
    }
}
