/// Everything the site needs from one Markdown body, computed from a single parse.
public struct MarkdownOutput: Hashable, Sendable {
    public var html: String
    public var plainText: String
    /// The first paragraph as HTML (without the `<p>` wrapper) and as plain text.
    public var summaryHTML: String
    public var summaryText: String
    /// Link destinations and image sources, in document order, as written (entities and backslash
    /// escapes decoded, no percent-encoding); those dropped by safe mode are left out.
    public var links: [String]
    public var images: [String]
    /// Things dropped or doubtful (a `javascript:` link, raw HTML in safe mode), with positions
    /// relative to the body's first line.
    public var warnings: [MarkdownWarning]

    public init(html: String, plainText: String, summaryHTML: String, summaryText: String,
                links: [String], images: [String], warnings: [MarkdownWarning]) {
        self.html = html
        self.plainText = plainText
        self.summaryHTML = summaryHTML
        self.summaryText = summaryText
        self.links = links
        self.images = images
        self.warnings = warnings
    }
}
