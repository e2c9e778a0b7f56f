/// A Markdown body, parsed once and kept in every form the renderers need.
public struct RenderedMarkdown: Hashable, Sendable, Codable {
    /// Full HTML, safe unless the site allows raw HTML.
    public var html: String
    /// Plain text (no markup), paragraphs separated by blank lines.
    public var plainText: String
    /// The first paragraph, as HTML and as plain text; empty when the body has none.
    public var summaryHTML: String
    public var summaryText: String
    /// Link destinations and image sources as written, for link checking.
    public var links: [String]
    public var images: [String]

    public init(html: String = "", plainText: String = "", summaryHTML: String = "", summaryText: String = "",
                links: [String] = [], images: [String] = []) {
        self.html = html
        self.plainText = plainText
        self.summaryHTML = summaryHTML
        self.summaryText = summaryText
        self.links = links
        self.images = images
    }

    public var isEmpty: Bool { html.isEmpty }
}
