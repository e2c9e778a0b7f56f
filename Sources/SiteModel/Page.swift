/// A standalone page from `content/pages/<slug>.md`, served at `/<slug>/`.
public struct Page: Hashable, Sendable {
    public var slug: String
    public var title: String
    /// Position in the main navigation; nil keeps the page out of it.
    public var menu: Int?
    public var draft: Bool
    public var body: RenderedMarkdown
    public var sourcePath: String

    public init(slug: String, title: String, menu: Int? = nil, draft: Bool = false,
                body: RenderedMarkdown = RenderedMarkdown(), sourcePath: String = "") {
        self.slug = slug
        self.title = title
        self.menu = menu
        self.draft = draft
        self.body = body
        self.sourcePath = sourcePath
    }

    public var path: String { "/\(slug)/" }
}
