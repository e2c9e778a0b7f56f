@testable import Markdown

/// Shorthands shared by the Markdown suites.
enum MD {
    static let safe = MarkdownOptions()
    static let unsafe = MarkdownOptions(allowUnsafeHTML: true)
    static let french = MarkdownOptions(language: "fr")

    static func render(_ source: String, _ options: MarkdownOptions = safe) -> MarkdownOutput {
        MarkdownRenderer.render(source, options: options)
    }

    static func html(_ source: String, _ options: MarkdownOptions = safe) -> String {
        render(source, options).html
    }

    static func text(_ source: String, _ options: MarkdownOptions = safe) -> String {
        render(source, options).plainText
    }

    static let nnbsp = "\u{202F}"
    static let nbsp = "\u{00A0}"
}
