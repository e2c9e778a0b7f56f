/// How a Markdown body is turned into HTML.
public struct MarkdownOptions: Hashable, Sendable {
    /// BCP 47 language of the text; `fr` switches on French typography.
    public var language: String
    /// Keep raw HTML and every link scheme (`unsafe_html: true` in site.yml).
    public var allowUnsafeHTML: Bool

    public init(language: String = "en", allowUnsafeHTML: Bool = false) {
        self.language = language
        self.allowUnsafeHTML = allowUnsafeHTML
    }
}
