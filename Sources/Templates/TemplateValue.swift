/// A value a template reads: text, a flag, a whole number, a list, or an object of named values.
///
/// Sections treat values as Mustache (and swift-mustache) do: `false`, an empty list, `null` and a
/// missing name are false; every other value, including `""` and `0`, is true.
public enum TemplateValue: Sendable, Hashable {
    case string(String)
    /// Text already encoded as UTF-8 (a rendered fragment, say), written without a round trip
    /// through `String`. The producer guarantees valid UTF-8.
    case bytes([UInt8])
    case bool(Bool)
    case int(Int)
    case list([TemplateValue])
    case object([String: TemplateValue])
    case null

    /// The value named `key` of an object; nil for a missing key or a value that is not an object.
    public subscript(key: String) -> TemplateValue? {
        guard case .object(let members) = self else { return nil }
        return members[key]
    }

    /// The text of a string, nil for any other value.
    public var string: String? {
        switch self {
        case .string(let text): return text
        case .bytes(let bytes): return String(decoding: bytes, as: UTF8.self)
        default: return nil
        }
    }
}
