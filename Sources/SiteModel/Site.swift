/// Everything loaded from a content folder, validated and sorted.
public struct Site: Hashable, Sendable {
    public var config: SiteConfig
    /// Named venues, sorted by key.
    public var venues: [Venue]
    /// Sorted by edition number, oldest first.
    public var editions: [Edition]
    /// Sorted newest first, ties broken by path.
    public var news: [NewsPost]
    /// Sorted by menu position, then slug.
    public var pages: [Page]
    /// Files under `content/static/`, relative to it, sorted: `photos/bp04-1.jpg`.
    public var staticFiles: [String]

    public init(config: SiteConfig, venues: [Venue] = [], editions: [Edition] = [], news: [NewsPost] = [],
                pages: [Page] = [], staticFiles: [String] = []) {
        self.config = config
        self.venues = venues
        self.editions = editions
        self.news = news
        self.pages = pages
        self.staticFiles = staticFiles
    }
}
