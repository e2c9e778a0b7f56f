/// A Markdown body, parsed once and kept in every form the renderers need.
public struct RenderedMarkdown: Hashable, Sendable, Codable {
    /// Full HTML, safe unless the site allows raw HTML.
    public var html: String {
        get { deferred?.text.html ?? storedHTML }
        set {
            storedPlainText = plainText
            deferred = nil
            storedHTML = newValue
        }
    }
    /// Plain text (no markup), paragraphs separated by blank lines.
    public var plainText: String {
        get { deferred?.text.plainText ?? storedPlainText }
        set {
            storedHTML = html
            deferred = nil
            storedPlainText = newValue
        }
    }
    /// The first paragraph, as HTML and as plain text; empty when the body has none.
    public var summaryHTML: String
    public var summaryText: String
    /// Link destinations and image sources as written, for link checking.
    public var links: [String]
    public var images: [String]

    private var storedHTML: String
    private var storedPlainText: String
    /// When set, `html` and `plainText` come from here (the stored ones are then empty).
    private var deferred: DeferredText?

    public init(html: String = "", plainText: String = "", summaryHTML: String = "", summaryText: String = "",
                links: [String] = [], images: [String] = []) {
        self.storedHTML = html
        self.storedPlainText = plainText
        self.summaryHTML = summaryHTML
        self.summaryText = summaryText
        self.links = links
        self.images = images
    }

    /// The same body, with `html` and `plainText` read from `text` when first asked for.
    public func deferring(to text: DeferredText) -> RenderedMarkdown {
        var body = self
        body.storedHTML = ""
        body.storedPlainText = ""
        body.deferred = text
        return body
    }

    public var isEmpty: Bool { deferred?.htmlIsEmpty ?? storedHTML.isEmpty }

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

    private enum CodingKeys: String, CodingKey {
        case html, plainText, summaryHTML, summaryText, links, images
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(html: try container.decode(String.self, forKey: .html),
                  plainText: try container.decode(String.self, forKey: .plainText),
                  summaryHTML: try container.decode(String.self, forKey: .summaryHTML),
                  summaryText: try container.decode(String.self, forKey: .summaryText),
                  links: try container.decode([String].self, forKey: .links),
                  images: try container.decode([String].self, forKey: .images))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(html, forKey: .html)
        try container.encode(plainText, forKey: .plainText)
        try container.encode(summaryHTML, forKey: .summaryHTML)
        try container.encode(summaryText, forKey: .summaryText)
        try container.encode(links, forKey: .links)
        try container.encode(images, forKey: .images)
    }
}
