import BinaryFormat
import ContentHash
import SiteModel

/// A content file's parsed value with a Markdown body: the parse cache keeps the body's full
/// text apart from the other fields, and lists depend on the value without that text.
protocol ListedContent: BinaryCodable, Sendable {
    var body: RenderedMarkdown { get set }
}

extension Edition: ListedContent {}
extension NewsPost: ListedContent {}
extension Page: ListedContent {}

extension ListedContent {
    /// The value as lists may show it: the body's summary, not its full text.
    var listPart: Self {
        var value = self
        value.body = RenderedMarkdown(summaryHTML: body.summaryHTML, summaryText: body.summaryText)
        return value
    }

    /// A digest of `listPart` in the cache's binary format: what changes a list that shows the value.
    var listDigest: ContentDigest {
        var writer = BinaryWriter()
        writer.add(listPart)
        return ContentDigest.of(writer.bytes)
    }
}
