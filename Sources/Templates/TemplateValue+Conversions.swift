/// Conversions from model values, so that views read `view["address"] = TemplateValue(venue.address)`:
/// an optional that is nil gives nil, which leaves the key out of the object.
extension TemplateValue {
    public init(_ text: String) { self = .string(text) }
    public init(_ number: Int) { self = .int(number) }
    public init(_ flag: Bool) { self = .bool(flag) }
    public init(_ items: [TemplateValue]) { self = .list(items) }
    public init(_ members: [String: TemplateValue]) { self = .object(members) }
    public init(_ objects: [[String: TemplateValue]]) { self = .list(objects.map(TemplateValue.object)) }
    public init(_ texts: [String]) { self = .list(texts.map(TemplateValue.string)) }

    public init?(_ text: String?) {
        guard let text else { return nil }
        self = .string(text)
    }

    public init?(_ number: Int?) {
        guard let number else { return nil }
        self = .int(number)
    }

    public init?(_ members: [String: TemplateValue]?) {
        guard let members else { return nil }
        self = .object(members)
    }
}
