import SiteModel

/// The site's feeds: `feed.xml` (RSS 2.0), `atom.xml` (Atom 1.0) and `feed.json`
/// (JSON Feed 1.1), carrying the same items in the same order.
public enum FeedRenderer {
    /// The files `render` makes, in its order.
    static let outputPaths = [RSSFeed.path, AtomFeed.path, JSONFeed.path]

    /// `now`: the build's day, after which no date is given (`FeedDating`); nil for no bound.
    public static func render(_ site: Site, now: EventDate? = nil) -> [OutputFile] {
        render(FeedItemSelection.items(for: site, now: now), config: site.config)
    }

    static func render(_ items: [FeedItem], config: SiteConfig) -> [OutputFile] {
        [
            OutputFile(path: RSSFeed.path, text: RSSFeed.render(items, config: config)),
            OutputFile(path: AtomFeed.path, text: AtomFeed.render(items, config: config)),
            OutputFile(path: JSONFeed.path, text: JSONFeed.render(items, config: config)),
        ]
    }
}
