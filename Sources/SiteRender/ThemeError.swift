/// A template that does not parse, or one that a site needs and the theme lacks.
public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The template name, e.g. `edition`.
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

    public var description: String { "\(template).mustache:\(line):\(column): error: \(message)" }
}
