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

    /// An edition (`isEdition`) or a news post, by its position in the site: candidates are
    /// sorted, and moving an index is cheaper than moving a copy of an edition.
    private struct Candidate {
        let published: FeedTimestamp
        let url: String
        let isEdition: Bool
        let position: Int
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
        for (position, edition) in site.editions.enumerated() {
            candidates.append(Candidate(published: FeedTimestamp(edition.date, in: timeZone),
                                        url: config.absoluteURL(edition.path), isEdition: true, position: position))
        }
        for (position, post) in site.news.enumerated() {
            candidates.append(Candidate(published: FeedTimestamp(post.date, in: timeZone),
                                        url: config.absoluteURL(post.path), isEdition: false, position: position))
        }
        candidates.sort { lhs, rhs in
            if lhs.published != rhs.published { return lhs.published > rhs.published }
            return lhs.url < rhs.url
        }
        return candidates.prefix(max(0, config.feedItems)).map { candidate in
            candidate.isEdition ? .edition(site.editions[candidate.position]) : .news(site.news[candidate.position])
        }
    }
}
