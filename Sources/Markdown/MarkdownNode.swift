/// One node of a parsed Markdown body, as plain Swift values (no cmark type escapes this module).
enum MarkdownNode: Hashable, Sendable {
    // Blocks
    case document
    case blockQuote
    case list(MarkdownList)
    case item
    case codeBlock(info: String, literal: String)
    case htmlBlock(String)
    case paragraph
    case heading(level: Int)
    case thematicBreak
    // Inlines
    case text(String)
    case softBreak
    case lineBreak
    case code(String)
    case htmlInline(String)
    case emphasis
    case strong
    case link(url: String, title: String)
    case image(url: String, title: String)
    /// Custom nodes never come out of the parser; kept so the walk is total.
    case custom
}

/// What an HTML or plain-text list needs to know.
struct MarkdownList: Hashable, Sendable {
    var isOrdered: Bool
    var start: Int
    var isTight: Bool
}
