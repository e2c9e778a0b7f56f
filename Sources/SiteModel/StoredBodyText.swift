/// The full text of a Markdown body (HTML and plain text) kept somewhere else and read when
/// first asked for: the build cache keeps the bodies of files that did not change, and a
/// rebuild shows the full text of only the few it renders again.
public protocol StoredBodyText: Sendable {
    /// Known without reading the text, for `RenderedMarkdown.isEmpty`.
    var htmlIsEmpty: Bool { get }
    /// Both must give the same text each time, from any thread.
    var html: String { get }
    var plainText: String { get }
}
