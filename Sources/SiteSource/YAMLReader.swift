import Yams

/// The only user of Yams' API (libyaml's events are read by YAMLEventCheck): YAML text in, `YAMLNode` tree or one positioned problem out.
enum YAMLReader {
    struct Problem: Error, Equatable {
        var position: TextPosition
        var message: String
    }

    /// Parses `yaml`, whose first line is line `lineOffset + 1` of its file. Returns nil for a
    /// document with no content.
    static func parse(_ yaml: String, lineOffset: Int) -> Result<YAMLNode?, Problem> {
        func problem(line: Int, column: Int, _ message: String) -> Problem {
            Problem(position: TextPosition(line: line + lineOffset, column: column), message: message)
        }
        switch YAMLComposer.compose(yaml, lineOffset: lineOffset) {
        case .problem(let finding):
            return .failure(problem(line: finding.line, column: finding.column, finding.message))
        case .tree(let root):
            return .success(root)
        case .unusual:
            return composeWithYams(yaml, lineOffset: lineOffset)
        }
    }

    /// The tree as Yams composes it (with its messages for duplicate keys and extra documents),
    /// for text `YAMLEventCheck` found well-formed.
    static func composeWithYams(_ yaml: String, lineOffset: Int) -> Result<YAMLNode?, Problem> {
        func problem(line: Int, column: Int, _ message: String) -> Problem {
            Problem(position: TextPosition(line: line + lineOffset, column: column), message: message)
        }
        do {
            let parser = try Parser(yaml: yaml, resolver: .basic, constructor: .default, encoding: .utf8)
            guard let root = try parser.singleRoot() else { return .success(nil) }
            return .success(convert(root, lineOffset: lineOffset))
        } catch let error as YamlError {
            let (mark, message) = describe(error)
            return .failure(problem(line: mark.line, column: mark.column, message))
        } catch {
            return .failure(problem(line: 1, column: 1, "invalid YAML: \(error)"))
        }
    }

    /// Syntax errors are caught by `YAMLEventCheck`; what is left is the composer's own checks.
    private static func describe(_ error: YamlError) -> ((line: Int, column: Int), String) {
        switch error {
        case let .duplicatedKeysInMapping(duplicates, context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return ((context.mark.line, context.mark.column), "key \(names) is written more than once in this map")
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let suffix = context.map { " (\($0.text))" } ?? ""
            return ((mark.line, mark.column), "invalid YAML: \(problem)\(suffix)")
        default:
            return ((1, 1), "invalid YAML: \(error)")
        }
    }

    /// Depth is bounded by `YAMLEventCheck.maximumDepth`, so recursion is safe here.
    private static func convert(_ node: Node, lineOffset: Int) -> YAMLNode {
        let mark = node.mark
        let position = TextPosition(line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1)
        switch node {
        case let .scalar(scalar):
            return YAMLNode(value: .scalar(scalar.string, plain: scalar.style == .plain), position: position)
        case let .sequence(sequence):
            return YAMLNode(value: .sequence(sequence.map { convert($0, lineOffset: lineOffset) }), position: position)
        case let .mapping(mapping):
            let entries = mapping.map {
                YAMLEntry(key: convert($0.key, lineOffset: lineOffset), value: convert($0.value, lineOffset: lineOffset))
            }
            return YAMLNode(value: .mapping(entries), position: position)
        case .alias:
            // Refused by YAMLEventCheck before composing; kept total for safety.
            return YAMLNode(value: .scalar("", plain: true), position: position)
        }
    }
}
