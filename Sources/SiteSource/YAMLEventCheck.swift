import CYaml

/// Walks the libyaml event stream (no tree is built, nothing is expanded) to refuse what the
/// composer must never see: anchors and aliases (« billion laughs ») and deep nesting, which
/// would exhaust the stack of a recursive composer.
enum YAMLEventCheck {
    struct Finding: Equatable {
        var line: Int
        var column: Int
        var message: String
    }

    static let maximumDepth = 64

    /// Returns the first problem, or nil. Syntax errors are left to the composer, which reports them.
    static func check(_ yaml: String) -> Finding? {
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
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                let outcome = inspect(event, depth: &depth)
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
        let finding = { (message: String) -> Outcome in
            .found(Finding(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1,
                           message: message))
        }
        let anchorMessage = "YAML anchors and aliases (&name, *name) are not supported: write the value out"
        switch event.type {
        case YAML_STREAM_END_EVENT:
            return .finished
        case YAML_ALIAS_EVENT:
            return finding(anchorMessage)
        case YAML_SCALAR_EVENT:
            return event.data.scalar.anchor == nil ? .continue : finding(anchorMessage)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            let anchor = event.type == YAML_SEQUENCE_START_EVENT
                ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
            if anchor != nil { return finding(anchorMessage) }
            depth += 1
            return depth > maximumDepth ? finding("YAML nested more than \(maximumDepth) levels deep") : .continue
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            depth -= 1
            return .continue
        default:
            return .continue
        }
    }
}
