/// How a Markdown body is turned into HTML.
public struct MarkdownOptions: Hashable, Sendable {
    /// BCP 47 language of the text: `fr` and `en` switch on their typography; `und` (undetermined) none.
    public var language: String
    /// Keep raw HTML and every link scheme (`unsafe_html: true` in site.yml).
    public var allowUnsafeHTML: Bool
    /// Added to every heading level (clamped to 1...6), so that a body's `#` becomes `<h2>`
    /// on a page whose template already has an `<h1>`.
    public var headingLevelOffset: Int

    public init(language: String = "und", allowUnsafeHTML: Bool = false, headingLevelOffset: Int = 0) {
        self.language = language
        self.allowUnsafeHTML = allowUnsafeHTML
        self.headingLevelOffset = headingLevelOffset
    }
}
