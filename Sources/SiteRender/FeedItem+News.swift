import SiteModel

extension FeedItem {
    init(news post: NewsPost, config: SiteConfig, now: EventDate? = nil, markup: ResponsiveMarkup.Images? = nil) {
        let url = config.absoluteURL(post.path)
        let timeZone = config.timeZone
        let dating = FeedDating(date: post.date, published: nil, updated: post.updated, isEvent: false, now: now)
        self.init(
            url: FeedText.clean(url),
            title: FeedText.clean(post.title),
            summary: FeedText.clean(post.summary.isEmpty ? post.body.summaryText : post.summary),
            contentHTML: FeedText.clean(AbsoluteLinks.absolutize(html: markup.map { ResponsiveMarkup.adding(to: post.body.html, $0) } ?? post.body.html, pageURL: url,
                                                                 baseURL: config.baseURL)),
            published: dating.published.map { FeedTimestamp($0, in: timeZone) },
            order: FeedTimestamp(dating.order, in: timeZone),
            updated: dating.updated.map { FeedTimestamp($0, in: timeZone) },
            tags: post.tags.map(FeedText.clean),
            author: post.author.map(FeedText.clean).flatMap { $0.isEmpty ? nil : $0 },
            recapGuid: nil
        )
    }
}
