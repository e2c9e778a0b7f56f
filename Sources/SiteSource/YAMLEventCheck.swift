// CYaml is the libyaml that Yams builds on, a target of the Yams package but not a product: no
// Package.swift can declare it, and SwiftPM lets it be imported only because Yams depends on it.
// Yams' public API has no event stream, and this check must run before Yams composes: Yams
// follows aliases and hashes every map key whole, so one aliased key of a « billion laughs »
// text would hang it, and its recursive composer goes as deep as libyaml's 1,000 levels. This
// file and YAMLComposer are the only importers; a Yams update must keep them building.
import CYaml

/// Walks the libyaml event stream (no tree is built, nothing is expanded) before Yams composes
/// a tree, and refuses what the composer must never see: syntax errors (reported here, so the
/// composer only ever reads well-formed YAML), anchors and aliases (« billion laughs ») and deep
/// nesting, which would exhaust the stack of a recursive composer on a worker thread.
enum YAMLEventCheck {
    struct Finding: Equatable {
        var line: Int
        var column: Int
        var message: String
    }

    static let maximumDepth = 64
    static let tooDeep = "YAML nested too deeply (more than \(maximumDepth) levels)"
    static let anchors = "YAML anchors and aliases (&name, *name) are not supported: write the value out"

    /// Returns the first problem, or nil when the text is well-formed YAML the composer may read.
    static func check(_ yaml: String) -> Finding? {
        check(yaml) { _ in }
    }

    /// `check`, showing `visit` every event of the stream up to the first problem, before the
    /// event is freed.
    static func check(_ yaml: String, visit: (borrowing yaml_event_t) -> Void) -> Finding? {
        var bytes = Array(yaml.utf8)
        guard !bytes.isEmpty else { return nil }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        return bytes.withUnsafeMutableBufferPointer { buffer -> Finding? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var depth = 0
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    return syntaxError(parser, bytes: UnsafeBufferPointer(buffer))
                }
                let outcome = inspect(event, depth: &depth)
                if case .continue = outcome { visit(event) }
                yaml_event_delete(&event)
                switch outcome {
                case .continue: continue
                case .finished: return nil
                case let .found(finding): return finding
                }
            }
        }
    }

    private enum Outcome {
        case `continue`, finished
        case found(Finding)
    }

    private static func inspect(_ event: yaml_event_t, depth: inout Int) -> Outcome {
        let found = { (message: String) -> Outcome in
            .found(Finding(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1,
                           message: message))
        }
        switch event.type {
        case YAML_STREAM_END_EVENT:
            return .finished
        case YAML_ALIAS_EVENT:
            return found(anchors)
        case YAML_SCALAR_EVENT:
            return event.data.scalar.anchor == nil ? .continue : found(anchors)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            let anchor = event.type == YAML_SEQUENCE_START_EVENT
                ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
            if anchor != nil { return found(anchors) }
            depth += 1
            return depth > maximumDepth ? found(tooDeep) : .continue
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            depth -= 1
            return .continue
        default:
            return .continue
        }
    }

    private static func syntaxError(_ parser: yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>) -> Finding {
        let problem = parser.problem.map { String(cString: $0) } ?? "unreadable"
        if problem.hasPrefix("Maximum nesting level") {
            return Finding(line: Int(parser.context_mark.line) + 1, column: Int(parser.context_mark.column) + 1,
                           message: tooDeep)
        }
        if parser.error == YAML_READER_ERROR {
            let (line, column) = position(ofByte: parser.problem_offset, in: bytes)
            return Finding(line: line, column: column, message: "invalid YAML: \(problem)")
        }
        let context = parser.context.map { " (\(String(cString: $0)))" } ?? ""
        return Finding(line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1,
                       message: "invalid YAML: \(problem)\(context)")
    }

    /// Line and column (in Unicode scalars) of a byte offset.
    private static func position(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
        var line = 1
        var column = 1
        for byte in bytes.prefix(offset) {
            if byte == 10 {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}
