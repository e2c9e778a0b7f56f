import SiteModel

/// Cross-references computed once per render, in one pass over the content: speakers, tags,
/// venues, neighbours. Everything is sorted so output never depends on input order.
struct SiteIndex {
    let site: Site
    let now: EventDate
    /// Oldest first, by date, ties by number.
    let editionsByDate: [Edition]
    let speakers: [SpeakerEntry]
    let tags: [TagEntry]
    let venues: [VenueEntry]
    private let positionByNumber: [Int: Int]
    /// Slugs of every speaker name and tag, made once (pages link to them many times).
    private let slugs: [String: String]

    init(site: Site, now: EventDate) {
        self.site = site
        self.now = now
        let zone = site.config.timeZone
        // Positions sorted rather than editions (each copy of an edition copies all its fields).
        let editions = site.editions
        var byStart = StartOrder(editions.map(\.date), in: zone)
        let order = editions.indices.sorted { lhs, rhs in
            let comparison = byStart.compare(lhs, rhs)
            return comparison != 0 ? comparison < 0 : editions[lhs].number < editions[rhs].number
        }
        editionsByDate = order.map { editions[$0] }
        var positions: [Int: Int] = [:]
        for (index, edition) in editionsByDate.enumerated() { positions[edition.number] = index }
        positionByNumber = positions

        // The same names and tags come back on many editions: each is slugged once.
        var slugs: [String: String] = [:]
        func slug(_ text: String) -> String {
            if let known = slugs[text] { return known }
            let made = Slug.make(text)
            slugs[text] = made
            return made
        }
        var speakersBySlug: [String: SpeakerEntry] = [:]
        var tagsBySlug: [String: TagEntry] = [:]
        var venuesBySlug: [String: VenueEntry] = [:]
        for venue in site.venues {
            if let slug = venue.slug { venuesBySlug[slug] = VenueEntry(slug: slug, venue: venue, editions: []) }
        }
        for edition in editionsByDate {
            for speaker in edition.speakers {
                let slug = slug(speaker.name)
                speakersBySlug[slug, default: SpeakerEntry(slug: slug, speaker: speaker, editions: [])].editions.append(edition)
            }
            for tag in edition.tags {
                let slug = slug(tag)
                tagsBySlug[slug, default: TagEntry(slug: slug, name: tag, editions: [], news: [])].editions.append(edition)
            }
            if let slug = edition.venue?.slug {
                venuesBySlug[slug]?.editions.append(edition)
            }
        }
        for post in site.news {
            for tag in post.tags {
                let slug = slug(tag)
                tagsBySlug[slug, default: TagEntry(slug: slug, name: tag, editions: [], news: [])].news.append(post)
            }
        }
        self.slugs = slugs
        speakers = speakersBySlug.values.sorted { $0.slug < $1.slug }
        tags = tagsBySlug.values.sorted { $0.slug < $1.slug }
        venues = venuesBySlug.values.sorted { $0.slug < $1.slug }
    }

    /// `Slug.make(text)`, looked up when the text is a speaker's name or a tag.
    func slug(_ text: String) -> String {
        slugs[text] ?? Slug.make(text)
    }

    /// The edition held just before and just after this one, in date order.
    func neighbours(of edition: Edition) -> (previous: Edition?, next: Edition?) {
        guard let index = positionByNumber[edition.number] else { return (nil, nil) }
        let previous = index > 0 ? editionsByDate[index - 1] : nil
        let next = index + 1 < editionsByDate.count ? editionsByDate[index + 1] : nil
        return (previous, next)
    }

    /// The files of the editions held just before and just after this one (what its page shows
    /// of them is a summary), without copying them.
    func neighbourSourcePaths(of edition: Edition) -> [String] {
        guard let index = positionByNumber[edition.number] else { return [] }
        var paths: [String] = []
        if index > 0 { paths.append(editionsByDate[index - 1].sourcePath) }
        if index + 1 < editionsByDate.count { paths.append(editionsByDate[index + 1].sourcePath) }
        return paths
    }

    /// The first edition after the reference day, if any.
    var nextEdition: Edition? { editionsByDate.first { $0.isUpcoming(relativeTo: now) } }

    /// Past editions, newest first.
    var pastEditionsNewestFirst: [Edition] { editionsByDate.reversed().filter { !$0.isUpcoming(relativeTo: now) } }
}
