// libyaml as Yams builds it: see the comment on the import in YAMLEventCheck.
import CYaml

/// Builds the `YAMLNode` tree from libyaml's events in the same pass that checks them
/// (`YAMLEventCheck`), for the YAML front matter holds: one document whose maps have text keys,
/// none written twice. For anything else (where Yams reports duplicate keys or a second
/// document) it answers `unusual`, and Yams composes the text, with its own messages. For the
/// YAML it accepts, the tree is the one Yams would give: same values, styles and positions.
struct YAMLComposer {
    enum Outcome {
        case problem(YAMLEventCheck.Finding)
        /// Nil for a stream without a document.
        case tree(YAMLNode?)
        case unusual
    }

    private enum Open {
        case sequence(TextPosition, [YAMLNode])
        case mapping(TextPosition, [YAMLEntry], key: YAMLNode?, keys: Set<String>)
    }

    private let lineOffset: Int
    private var open: [Open] = []
    private var root: YAMLNode?
    private var documents = 0
    private var isUnusual = false

    /// `lineOffset`: the text's first line is line `lineOffset + 1` of its file.
    static func compose(_ yaml: String, lineOffset: Int) -> Outcome {
        var composer = YAMLComposer(lineOffset: lineOffset)
        if let finding = YAMLEventCheck.check(yaml, visit: { composer.take($0) }) { return .problem(finding) }
        return composer.isUnusual ? .unusual : .tree(composer.root)
    }

    private init(lineOffset: Int) {
        self.lineOffset = lineOffset
    }

    private mutating func take(_ event: borrowing yaml_event_t) {
        guard !isUnusual else { return }
        let position = TextPosition(line: Int(event.start_mark.line) + 1 + lineOffset,
                                    column: Int(event.start_mark.column) + 1)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 { isUnusual = true }
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            add(YAMLNode(value: .scalar(text, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE), position: position))
        case YAML_SEQUENCE_START_EVENT:
            open.append(.sequence(position, []))
        case YAML_MAPPING_START_EVENT:
            open.append(.mapping(position, [], key: nil, keys: []))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            switch open.popLast() {
            case let .sequence(start, items): add(YAMLNode(value: .sequence(items), position: start))
            case let .mapping(start, entries, key, _) where key == nil: add(YAMLNode(value: .mapping(entries), position: start))
            default: isUnusual = true
            }
        default:
            break
        }
    }

    private mutating func add(_ node: YAMLNode) {
        switch open.popLast() {
        case nil:
            if root != nil { isUnusual = true }
            root = node
        case .sequence(let start, var items):
            items.append(node)
            open.append(.sequence(start, items))
        case .mapping(let start, var entries, let key, var keys):
            if let key {
                entries.append(YAMLEntry(key: key, value: node))
                open.append(.mapping(start, entries, key: nil, keys: keys))
            } else {
                guard let text = node.scalar, keys.insert(text).inserted else {
                    isUnusual = true
                    return
                }
                open.append(.mapping(start, entries, key: node, keys: keys))
            }
        }
    }
}
