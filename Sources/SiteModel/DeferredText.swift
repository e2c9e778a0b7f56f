import Foundation

/// The full text of a Markdown body (HTML and plain text) kept elsewhere, in the build cache,
/// and read on first use: a rebuild shows the full text of only the few bodies it renders
/// again, while every other file needs just the list fields.
public final class DeferredText: @unchecked Sendable {
    public typealias Text = (html: String, plainText: String)

    /// Known without reading, for `RenderedMarkdown.isEmpty`.
    public let htmlIsEmpty: Bool
    private let read: @Sendable () -> Text
    private let lock = NSLock()
    private var loaded: Text?

    /// `read` must give the same text each time it is called, from any thread.
    public init(htmlIsEmpty: Bool, read: @escaping @Sendable () -> Text) {
        self.htmlIsEmpty = htmlIsEmpty
        self.read = read
    }

    public var text: Text {
        lock.withLock {
            if let loaded { return loaded }
            let text = read()
            loaded = text
            return text
        }
    }
}
