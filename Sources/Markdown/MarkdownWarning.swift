/// A remark about a Markdown body, at a 1-based line and column of the body
/// (columns count Unicode scalars, so `é` is one column).
public struct MarkdownWarning: Hashable, Sendable {
    public var line: Int
    public var column: Int
    public var message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }
}
