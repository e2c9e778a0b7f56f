import SiteModel

/// A theme's strings file, `strings/<language>.yml`: a map of keys to a text, a list of texts
/// (`months: [janvier, …]`) or the forms of a word by count (`{one: …, other: …}`).
public enum InterfaceStringsFile {
    /// A problem at `line:column` of the file.
    public struct Problem: Error, Hashable, Sendable {
        public var line: Int
        public var column: Int
        public var message: String
    }

    /// Every problem of one file.
    public struct Problems: Error, Hashable, Sendable {
        public var list: [Problem]
    }

    /// Every entry, or every problem found.
    public static func parse(_ text: String) -> Result<[String: InterfaceText], Problems> {
        let root: YAMLNode
        switch YAMLReader.parse(text, lineOffset: 0) {
        case .failure(let problem):
            return .failure(Problems(list: [Problem(line: problem.position.line, column: problem.position.column, message: problem.message)]))
        case .success(nil):
            return .success([:])
        case .success(let node?):
            root = node
        }
        guard case .mapping(let entries) = root.value else {
            return .failure(Problems(list: [problem(at: root, "a strings file is a map of keys to texts, not \(root.kindDescription)")]))
        }
        var strings: [String: InterfaceText] = [:]
        var problems: [Problem] = []
        for entry in entries {
            guard let key = entry.key.scalar, !key.isEmpty else {
                problems.append(problem(at: entry.key, "a key is a word such as 'home'"))
                continue
            }
            switch entry.value.value {
            case .scalar(let value, _):
                strings[key] = .text(value)
            case .sequence(let items):
                let texts = items.compactMap(\.scalar)
                guard texts.count == items.count else {
                    problems.append(problem(at: entry.value, "'\(key)' must be a list of texts"))
                    continue
                }
                strings[key] = .list(texts)
            case .mapping(let forms):
                var plural: [String: String] = [:]
                for form in forms {
                    guard let name = form.key.scalar, ["zero", "one", "two", "few", "many", "other"].contains(name),
                          let value = form.value.scalar else {
                        problems.append(problem(at: form.key, "the forms of '\(key)' are 'one' and 'other', each a text"))
                        continue
                    }
                    plural[name] = value
                }
                guard plural["other"] != nil else {
                    problems.append(problem(at: entry.value, "'\(key)' needs an 'other' form"))
                    continue
                }
                strings[key] = .plural(plural)
            }
        }
        return problems.isEmpty ? .success(strings) : .failure(Problems(list: problems))
    }

    private static func problem(at node: YAMLNode, _ message: String) -> Problem {
        Problem(line: node.position.line, column: node.position.column, message: message)
    }
}
