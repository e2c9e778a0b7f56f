/// A Markdown body, parsed once and kept in every form the renderers need.
public struct RenderedMarkdown: Hashable, Sendable {
    /// Where the full text is: here, or stored elsewhere and read on first use.
    private enum FullText: Sendable {
        case inline(html: String, plainText: String)
        case stored(any StoredBodyText)
    }

    private var fullText: FullText

    /// Full HTML, safe unless the site allows raw HTML.
    public var html: String {
        get {
            switch fullText {
            case .inline(let html, _): html
            case .stored(let text): text.html
            }
        }
        set { fullText = .inline(html: newValue, plainText: plainText) }
    }
    /// Plain text (no markup), paragraphs separated by blank lines.
    public var plainText: String {
        get {
            switch fullText {
            case .inline(_, let plainText): plainText
            case .stored(let text): text.plainText
            }
        }
        set { fullText = .inline(html: html, plainText: newValue) }
    }
    /// The first paragraph, as HTML and as plain text; empty when the body has none.
    public var summaryHTML: String
    public var summaryText: String
    /// Link destinations and image sources as written, for link checking.
    public var links: [String]
    public var images: [String]

    public init(html: String = "", plainText: String = "", summaryHTML: String = "", summaryText: String = "",
                links: [String] = [], images: [String] = []) {
        fullText = .inline(html: html, plainText: plainText)
        self.summaryHTML = summaryHTML
        self.summaryText = summaryText
        self.links = links
        self.images = images
    }

    /// The same body, with `html` and `plainText` read from `text` when first asked for.
    public func storing(_ text: any StoredBodyText) -> RenderedMarkdown {
        var body = self
        body.fullText = .stored(text)
        return body
    }

    public var isEmpty: Bool {
        switch fullText {
        case .inline(let html, _): html.isEmpty
        case .stored(let text): text.htmlIsEmpty
        }
    }

    public static func == (lhs: RenderedMarkdown, rhs: RenderedMarkdown) -> Bool {
        lhs.html == rhs.html && lhs.plainText == rhs.plainText && lhs.summaryHTML == rhs.summaryHTML
            && lhs.summaryText == rhs.summaryText && lhs.links == rhs.links && lhs.images == rhs.images
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(html)
        hasher.combine(plainText)
        hasher.combine(summaryHTML)
        hasher.combine(summaryText)
        hasher.combine(links)
        hasher.combine(images)
    }
}
