import SiteModel

/// Speakers, tags and venues, each with what is filed under it, sorted by slug; made in one pass
/// over the editions (oldest first) and news posts.
struct SiteCrossReferences: Sendable {
    let speakers: [SpeakerEntry]
    let tags: [TagEntry]
    let venues: [VenueEntry]
    /// Slugs of every speaker name and tag, made once (pages link to them many times).
    let slugs: [String: String]

    init(editionsByDate: [Edition], venues siteVenues: [Venue], news: [NewsPost], words: URLWords) {
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
        for venue in siteVenues {
            if let slug = venue.slug { venuesBySlug[slug] = VenueEntry(slug: slug, venue: venue, editions: [], folder: words.venuesFolder) }
        }
        for edition in editionsByDate {
            for speaker in edition.speakers {
                let slug = slug(speaker.name)
                speakersBySlug[slug, default: SpeakerEntry(slug: slug, speaker: speaker, editions: [], folder: words.speakersFolder)].editions.append(edition)
            }
            for tag in edition.tags {
                let slug = slug(tag)
                tagsBySlug[slug, default: TagEntry(slug: slug, name: tag, editions: [], news: [], folder: words.tagsFolder)].editions.append(edition)
            }
            if let slug = edition.venue?.slug {
                venuesBySlug[slug]?.editions.append(edition)
            }
        }
        for post in news {
            for tag in post.tags {
                let slug = slug(tag)
                tagsBySlug[slug, default: TagEntry(slug: slug, name: tag, editions: [], news: [], folder: words.tagsFolder)].news.append(post)
            }
        }
        self.slugs = slugs
        speakers = speakersBySlug.values.sorted { $0.slug < $1.slug }
        tags = tagsBySlug.values.sorted { $0.slug < $1.slug }
        // A venue where no event is held gets no page: it would be empty, yet in the sitemap.
        venues = venuesBySlug.values.filter { !$0.editions.isEmpty }.sorted { $0.slug < $1.slug }
    }
}
