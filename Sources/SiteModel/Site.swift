/// Everything loaded from a content folder, validated and sorted.
public struct Site: Hashable, Sendable {
    public var config: SiteConfig
    /// Named venues, sorted by key.
    public var venues: [Venue]
    /// The event series, in the order of series.yml (one when the site has none).
    public var series: [EventSeries]
    /// By series in that order; within a series by number, or by slug when unnumbered.
    public var editions: [Edition]
    /// Sorted newest first, ties broken by path.
    public var news: [NewsPost]
    /// Sorted by menu position, then slug.
    public var pages: [Page]
    /// Files under `content/static/`, relative to it, sorted: `photos/bp04-1.jpg`.
    public var staticFiles: [String]
    /// Processed images by the site path of their original (`/photos/a.jpg`); set by the build.
    public var images: [String: PublishedImage] = [:]
    /// The size of the other image files of `content/static/`, by site path; set by the build.
    public var imageDimensions: [String: ImageDimensions] = [:]
    /// The social card of each edition by the edition's path, and the site's own card for every
    /// other page; set by the build when the theme has a card template.
    public var editionCards: [String: String] = [:]
    public var siteCard: String?

    public init(config: SiteConfig, venues: [Venue] = [], series: [EventSeries] = [], editions: [Edition] = [], news: [NewsPost] = [],
                pages: [Page] = [], staticFiles: [String] = []) {
        self.config = config
        self.venues = venues
        self.series = series.isEmpty ? Self.series(of: editions, title: config.title) : series
        self.editions = editions
        // Posts made as values (tests) get the site's word; loaded ones have it already.
        self.news = news.allSatisfy { $0.folder == config.urlWords.news } ? news
            : news.map { post in
                var post = post
                post.folder = config.urlWords.news
                return post
            }
        self.pages = pages
        self.staticFiles = staticFiles
    }

    /// The series of `editions` in the order they first come, or the one series named after the
    /// site when there are none: what a site built from values rather than files runs.
    private static func series(of editions: [Edition], title: String) -> [EventSeries] {
        var seen: Set<String> = []
        let found = editions.map(\.series).filter { seen.insert($0.key).inserted }
        return found.isEmpty ? [.single(named: title)] : found
    }
}
