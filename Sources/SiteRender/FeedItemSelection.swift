import Foundation
import SiteModel

/// Which items the feeds carry: news posts and editions together (upcoming ones too, as
/// announcements), newest first, ties broken by URL, the first `feed_items` of them. Newest: by
/// `FeedDating.order` for posts, and for events by `FeedDating.modified`, so that a recap comes
/// back to the top.
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
        let newest: FeedTimestamp
        let url: String
        let isEdition: Bool
        let position: Int
    }

    static func items(for site: Site, now: EventDate? = nil) -> [FeedItem] {
        items(from: selected(from: site, now: now), config: site.config, now: now, images: site.images,
              dimensions: site.imageDimensions)
    }

    /// The items of sources `selected(from:)` chose. Content is built only for the items kept.
    static func items(from sources: [Source], config: SiteConfig, now: EventDate? = nil,
                      images: [String: PublishedImage] = [:], dimensions: [String: ImageDimensions] = [:]) -> [FeedItem] {
        // Feeds keep one file per image, the widest, with its size (readers do not pick widths).
        let markup = ResponsiveMarkup.Images(published: images, dimensions: dimensions, sizes: nil, link: { $0 })
        return sources.map { source in
            switch source {
            case .edition(let edition): return FeedItem(edition: edition, config: config, now: now, images: images, markup: markup)
            case .news(let post): return FeedItem(news: post, config: config, now: now, markup: markup)
            }
        }
    }

    static func selected(from site: Site, now: EventDate? = nil) -> [Source] {
        let config = site.config
        let timeZone = config.timeZone
        let count = max(0, config.feedItems)
        let editionDates = site.editions.map {
            FeedDating(date: $0.date, published: $0.published, updated: $0.updated, isEvent: true, now: now).modified
        }
        let newsDates = site.news.map { FeedDating(date: $0.date, published: nil, updated: $0.updated, isEvent: false, now: now).order }
        let threshold = wallClockThreshold(editionDates.map(\.wallClockSeconds) + newsDates.map(\.wallClockSeconds), count: count)
        var candidates: [Candidate] = []
        for (position, edition) in site.editions.enumerated() where editionDates[position].wallClockSeconds >= threshold {
            candidates.append(Candidate(newest: FeedTimestamp(editionDates[position], in: timeZone),
                                        url: config.absoluteURL(edition.path), isEdition: true, position: position))
        }
        for (position, post) in site.news.enumerated() where newsDates[position].wallClockSeconds >= threshold {
            candidates.append(Candidate(newest: FeedTimestamp(newsDates[position], in: timeZone),
                                        url: config.absoluteURL(post.path), isEdition: false, position: position))
        }
        candidates.sort { lhs, rhs in
            if lhs.newest != rhs.newest { return lhs.newest > rhs.newest }
            return lhs.url < rhs.url
        }
        return candidates.prefix(count).map { candidate in
            candidate.isEdition ? .edition(site.editions[candidate.position]) : .news(site.news[candidate.position])
        }
    }

    /// Working out an instant in the site's time zone is slow (thousands of editions), so only
    /// dates that may be among the newest `count` are: a date's instant is its wall clock read as
    /// UTC, give or take less than a day (no time zone is 24 hours off). A date more than two days
    /// (on the wall clock) before the `count`-th newest is older than at least `count` dates.
    private static func wallClockThreshold(_ dates: [Int], count: Int) -> Int {
        var seconds = dates
        guard count > 0, seconds.count > count else { return Int.min }
        seconds.sort(by: >)
        return seconds[count - 1] - EventDate.wallClockOrderMargin
    }
}
