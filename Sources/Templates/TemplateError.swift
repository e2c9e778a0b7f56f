/// A template that does not parse, with the place of the problem (1-based line and column;
/// the column counts characters).
public struct TemplateError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The template's name, e.g. `edition` or `edition-card`.
    public let template: String
    public let line: Int
    public let column: Int
    public let message: String

    public init(template: String, line: Int, column: Int, message: String) {
        self.template = template
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(template):\(line):\(column): error: \(message)" }
}

/// Every problem of one template (or of a whole theme), in source order.
public struct TemplateErrors: Error, Sendable {
    public let errors: [TemplateError]

    public init(errors: [TemplateError]) {
        self.errors = errors
    }
}
