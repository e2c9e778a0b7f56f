import Templates

/// A JSON value of the Mustache spec's `data`, as read from the file: whole numbers and
/// decimals stay apart, because `TemplateValue` can hold only the first.
enum SpecJSON: Decodable, Equatable, Sendable {
    case bool(Bool)
    case int(Int)
    case decimal(Double)
    case string(String)
    case list([SpecJSON])
    case object([String: SpecJSON])
    case null

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else if let value = try? container.decode(Double.self) {
            self = .decimal(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([SpecJSON].self) {
            self = .list(value)
        } else {
            self = .object(try container.decode([String: SpecJSON].self))
        }
    }

    /// The same value for the engine; nil when it holds a decimal, which no `TemplateValue` is.
    var templateValue: TemplateValue? {
        switch self {
        case .bool(let value): return .bool(value)
        case .int(let value): return .int(value)
        case .decimal: return nil
        case .string(let value): return .string(value)
        case .null: return .null
        case .list(let items):
            let values = items.compactMap(\.templateValue)
            return values.count == items.count ? .list(values) : nil
        case .object(let members):
            let values = members.compactMapValues(\.templateValue)
            return values.count == members.count ? .object(values) : nil
        }
    }
}
