import SiteModel

/// A content file's parsed value with a Markdown body: the parse cache keeps the body's full
/// text apart from the other fields, and lists depend on the value without that text.
public protocol MarkdownContent: Codable, Sendable {
    var body: RenderedMarkdown { get set }
}

extension Edition: MarkdownContent {}
extension NewsPost: MarkdownContent {}
extension Page: MarkdownContent {}

extension MarkdownContent {
    /// The value as lists may show it: the body's summary, not its full text.
    public var listPart: Self {
        var value = self
        value.body = RenderedMarkdown(summaryHTML: body.summaryHTML, summaryText: body.summaryText)
        return value
    }

    /// A digest of `listPart`: what changes a list that shows the value. A value that cannot be
    /// encoded gets a digest of its own, so that what shows it is redone.
    public var listDigest: ContentDigest {
        (try? CacheEncoder.encode(listPart)).map { ContentDigest.of($0) }
            ?? ContentDigest(high: .random(in: .min ... .max), low: .random(in: .min ... .max))
    }
}
