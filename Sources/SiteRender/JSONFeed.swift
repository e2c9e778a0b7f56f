import SiteModel

/// `feed.json`: JSON Feed 1.1 (https://jsonfeed.org/version/1.1).
enum JSONFeed {
    static let path = "feed.json"

    static func render(_ items: [FeedItem], config: SiteConfig) -> String {
        let description = config.tagline.flatMap { $0.isEmpty ? nil : $0 } ?? config.title
        let feed: [String: JSONValue] = [
            "version": .string("https://jsonfeed.org/version/1.1"),
            "title": .string(FeedText.clean(config.title)),
            "home_page_url": .string(FeedText.clean(config.absoluteURL("/"))),
            "feed_url": .string(FeedText.clean(config.absoluteURL("/" + path))),
            "description": .string(FeedText.clean(description)),
            "language": .string(FeedText.clean(config.language)),
            "authors": .array([.object(["name": .string(FeedText.clean(config.organizer ?? config.title))])]),
            "items": .array(items.map(item)),
        ]
        return JSONValue.object(feed).text
    }

    private static func item(_ item: FeedItem) -> JSONValue {
        var fields: [String: JSONValue] = [
            "id": .string(item.url),
            "url": .string(item.url),
            "title": .string(item.title),
            "content_html": .string(item.contentHTML),
        ]
        if let published = item.published { fields["date_published"] = .string(published.rfc3339) }
        if !item.summary.isEmpty { fields["summary"] = .string(item.summary) }
        if let updated = item.updated { fields["date_modified"] = .string(updated.rfc3339) }
        if !item.tags.isEmpty { fields["tags"] = .array(item.tags.map(JSONValue.string)) }
        if let author = item.author { fields["authors"] = .array([.object(["name": .string(author)])]) }
        return .object(fields)
    }
}
