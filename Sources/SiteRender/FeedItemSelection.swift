import Foundation
import SiteModel

/// Which items the feeds carry: news posts and editions together (upcoming ones too, as
/// announcements), newest first, ties broken by URL, the first `feed_items` of them.
enum FeedItemSelection {
    private enum Source {
        case edition(Edition)
        case news(NewsPost)
    }

    private struct Candidate {
        let published: FeedTimestamp
        let url: String
        let source: Source
    }

    static func items(for site: Site) -> [FeedItem] {
        let config = site.config
        // Content is built only for the items that are kept.
        return selected(from: site).map { source in
            switch source {
            case .edition(let edition): return FeedItem(edition: edition, config: config)
            case .news(let post): return FeedItem(news: post, config: config)
            }
        }
    }

    /// The content files of the items the feeds carry.
    static func sourcePaths(for site: Site) -> [String] {
        selected(from: site).map { source in
            switch source {
            case .edition(let edition): return edition.sourcePath
            case .news(let post): return post.sourcePath
            }
        }
    }

    private static func selected(from site: Site) -> [Source] {
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
