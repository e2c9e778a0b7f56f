/// A YAML value as this module sees it: every scalar is text (types are decided by the reader
/// of each key, never by YAML's own resolution), every node knows where it is in the file.
struct YAMLNode: Sendable, Equatable {
    enum Value: Sendable, Equatable {
        /// `plain` is false for quoted and block scalars: `"null"` is text, `null` is nothing.
        case scalar(String, plain: Bool)
        case sequence([YAMLNode])
        case mapping([YAMLEntry])
    }

    var value: Value
    var position: TextPosition

    /// An empty plain scalar, `~` or `null`: the key is there without a value.
    var isNull: Bool {
        guard case let .scalar(text, plain: true) = value else { return false }
        return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    var scalar: String? {
        if case let .scalar(text, _) = value { return text }
        return nil
    }

    /// « a list », « a map », « text »: for messages that say what was found.
    var kindDescription: String {
        switch value {
        case .scalar: return "text"
        case .sequence: return "a list"
        case .mapping: return "a map"
        }
    }
}

struct YAMLEntry: Sendable, Equatable {
    var key: YAMLNode
    var value: YAMLNode
}
