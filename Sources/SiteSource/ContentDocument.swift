import Foundation

/// A content file read and parsed as far as it goes: text, front matter, YAML. Every failure
/// on the way is logged with its position in the file.
struct ContentDocument {
    let fields: MapReader
    let body: String
    /// Line 1 of the body is line `bodyLineOffset + 1` of the file.
    let bodyLineOffset: Int

    /// A Markdown file, as decoded (or not) by `SourceText`: front matter between `---` lines,
    /// then the body.
    static func markdown(_ decoded: Result<String, SourceText.Failure>, log: DiagnosticLog) -> ContentDocument? {
        guard let text = text(decoded, log: log) else { return nil }
        let frontMatter: FrontMatter
        switch FrontMatter.split(text) {
        case let .success(split):
            frontMatter = split
        case .failure(.missingOpening):
            log.error(at: .start, "missing front matter: the first line must be '---'",
                      hint: "start the file with a line '---', the keys, then another line '---'")
            return nil
        case .failure(.missingClosing):
            log.error(at: .start, "front matter is not closed: no line '---' after it",
                      hint: "end the front matter with a line '---' before the text")
            return nil
        }
        guard let root = parseYAML(frontMatter.yaml, lineOffset: frontMatter.yamlLineOffset, log: log),
              let fields = MapReader(root.node, at: .start, log: log, expecting: "front matter as a map")
        else { return nil }
        return ContentDocument(fields: fields, body: frontMatter.body, bodyLineOffset: frontMatter.bodyLineOffset)
    }

    /// A YAML file (`site.yml`, `venues.yml`); nil when it could not be read or parsed.
    static func yaml(at url: URL, log: DiagnosticLog) -> YAMLNode? {
        yaml(SourceText.read(url), log: log)
    }

    static func yaml(_ decoded: Result<String, SourceText.Failure>, log: DiagnosticLog) -> YAMLNode? {
        guard let text = text(decoded, log: log),
              let root = parseYAML(text, lineOffset: 0, log: log) else { return nil }
        guard let node = root.node else {
            log.error(at: .start, "the file is empty")
            return nil
        }
        return node
    }

    private struct ParsedRoot {
        var node: YAMLNode?
    }

    private static func parseYAML(_ yaml: String, lineOffset: Int, log: DiagnosticLog) -> ParsedRoot? {
        switch YAMLReader.parse(yaml, lineOffset: lineOffset) {
        case let .success(node):
            return ParsedRoot(node: node)
        case let .failure(problem):
            log.error(at: problem.position, problem.message)
            return nil
        }
    }

    private static func text(_ decoded: Result<String, SourceText.Failure>, log: DiagnosticLog) -> String? {
        switch decoded {
        case let .success(text):
            return text
        case .failure(.unreadable):
            log.error(at: .start, "cannot read the file")
        case .failure(.notUTF8):
            log.error(at: .start, "the file is not valid UTF-8", hint: "save it with the UTF-8 encoding")
        case .failure(.empty):
            log.error(at: .start, "the file is empty")
        }
        return nil
    }
}
