import Foundation
import SiteModel

/// Which items the feeds carry: news posts and editions together (upcoming ones too, as
/// announcements), newest first, ties broken by URL, the first `feed_items` of them.
enum FeedItemSelection {
    enum Source {
        case edition(Edition)
        case news(NewsPost)

        var sourcePath: String {
            switch self {
            case .edition(let edition): return edition.sourcePath
            case .news(let post): return post.sourcePath
            }
        }
    }

    private struct Candidate {
        let published: FeedTimestamp
        let url: String
        let source: Source
    }

    static func items(for site: Site) -> [FeedItem] {
        items(from: selected(from: site), config: site.config)
    }

    /// The items of sources `selected(from:)` chose. Content is built only for the items kept.
    static func items(from sources: [Source], config: SiteConfig) -> [FeedItem] {
        sources.map { source in
            switch source {
            case .edition(let edition): return FeedItem(edition: edition, config: config)
            case .news(let post): return FeedItem(news: post, config: config)
            }
        }
    }

    static func selected(from site: Site) -> [Source] {
        let config = site.config
        let timeZone = config.timeZone
        var candidates: [Candidate] = []
        candidates.reserveCapacity(site.editions.count + site.news.count)
        for edition in site.editions {
            candidates.append(Candidate(published: FeedTimestamp(edition.date, in: timeZone),
                                        url: config.absoluteURL(edition.path), source: .edition(edition)))
        }
        for post in site.news {
            candidates.append(Candidate(published: FeedTimestamp(post.date, in: timeZone),
                                        url: config.absoluteURL(post.path), source: .news(post)))
        }
        candidates.sort { lhs, rhs in
            if lhs.published != rhs.published { return lhs.published > rhs.published }
            return lhs.url < rhs.url
        }
        return candidates.prefix(max(0, config.feedItems)).map(\.source)
    }
}
