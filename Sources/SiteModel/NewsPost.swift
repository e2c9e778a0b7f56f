/// A news post of the Cantine, from `content/news/YYYY-MM[-DD]-slug.md`.
public struct NewsPost: Hashable, Sendable {
    public var slug: String
    public var title: String
    public var date: EventDate
    public var author: String?
    public var tags: [String]
    public var summary: String
    public var draft: Bool
    public var updated: EventDate?
    public var body: RenderedMarkdown
    public var sourcePath: String
    /// The URL word of news (`paths: news:` of site.yml), set when the site is put together.
    public var folder = URLWords.french.news

    public init(slug: String, title: String, date: EventDate, author: String? = nil, tags: [String] = [],
                summary: String = "", draft: Bool = false, updated: EventDate? = nil,
                body: RenderedMarkdown = RenderedMarkdown(), sourcePath: String = "") {
        self.slug = slug
        self.title = title
        self.date = date
        self.author = author
        self.tags = tags
        self.summary = summary
        self.draft = draft
        self.updated = updated
        self.body = body
        self.sourcePath = sourcePath
    }

    /// `/actualites/<slug>/`
    public var path: String { "/\(folder)/\(slug)/" }
}
