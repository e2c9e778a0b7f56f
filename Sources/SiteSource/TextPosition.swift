/// A 1-based line and column in a file (columns count Unicode scalars, as libyaml does).
struct TextPosition: Hashable, Sendable {
    var line: Int
    var column: Int

    static let start = TextPosition(line: 1, column: 1)
}
