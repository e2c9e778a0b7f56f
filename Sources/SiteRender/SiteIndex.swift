import Concurrency
import SiteModel

/// Cross-references computed once per render: neighbours, and (on first use, in one pass over
/// the content) speakers, tags and venues. Everything is sorted so output never depends on
/// input order.
struct SiteIndex {
    let site: Site
    let now: EventDate
    /// Oldest first, by date, ties by number.
    let editionsByDate: [Edition]
    private let positionByID: [EventID: Int]
    /// Speakers, tags and venues with their editions, made when first asked for.
    private let references: SharedResult<SiteCrossReferences>
    /// `SiteCrossReferences.slugs` when they were made up front.
    private let slugs: [String: String]?

    /// `crossReferencesFirst`: make the cross-references now (a whole site needs them), rather than
    /// when first asked for (a rebuild that renders a few pages may not need them).
    init(site: Site, now: EventDate, crossReferencesFirst: Bool = true) {
        self.site = site
        self.now = now
        let zone = site.config.timeZone
        // Positions sorted rather than editions (each copy of an edition copies all its fields).
        let editions = site.editions
        var byStart = StartOrder(editions.map(\.date), in: zone)
        let order = editions.indices.sorted { lhs, rhs in
            let comparison = byStart.compare(lhs, rhs)
            return comparison != 0 ? comparison < 0 : lhs < rhs
        }
        // Editions numbered in date order, as most are, share the site's array.
        editionsByDate = order.elementsEqual(editions.indices) ? editions : order.map { editions[$0] }
        var positions: [EventID: Int] = [:]
        for (index, edition) in editionsByDate.enumerated() { positions[edition.id] = index }
        positionByID = positions

        let byDate = editionsByDate
        let venues = site.venues
        let news = site.news
        let words = site.config.urlWords
        references = SharedResult { SiteCrossReferences(editionsByDate: byDate, venues: venues, news: news, words: words) }
        slugs = crossReferencesFirst ? references.get().slugs : nil
    }

    var speakers: [SpeakerEntry] { references.get().speakers }
    var tags: [TagEntry] { references.get().tags }
    var venues: [VenueEntry] { references.get().venues }

    /// `Slug.make(text)`, looked up when the cross-references were made first (without them, for
    /// the few pages of a rebuild, the same slug is worked out again).
    func slug(_ text: String) -> String {
        slugs?[text] ?? Slug.make(text)
    }

    /// The events of the same series held just before and just after this one, in date order.
    func neighbours(of edition: Edition) -> (previous: Edition?, next: Edition?) {
        let (previous, next) = neighbourPositions(of: edition)
        return (previous.map { editionsByDate[$0] }, next.map { editionsByDate[$0] })
    }

    /// Positions in `editionsByDate` of the nearest events of the same series on each side.
    private func neighbourPositions(of edition: Edition) -> (previous: Int?, next: Int?) {
        guard let index = positionByID[edition.id] else { return (nil, nil) }
        let key = edition.series.key
        let previous = editionsByDate[..<index].lastIndex { $0.series.key == key }
        let next = editionsByDate[(index + 1)...].firstIndex { $0.series.key == key }
        return (previous, next)
    }

    /// The files of the editions held just before and just after this one (what its page shows
    /// of them is a summary), without copying them.
    func neighbourSourcePaths(of edition: Edition) -> [String] {
        let (previous, next) = neighbourPositions(of: edition)
        return [previous, next].compactMap { $0.map { editionsByDate[$0].sourcePath } }
    }

    /// The first edition after the reference day, if any.
    var nextEdition: Edition? { editionsByDate.first { $0.isUpcoming(relativeTo: now) } }

    /// The first event of each series after the reference day, soonest first.
    var nextEventOfEachSeries: [Edition] {
        var seen: Set<String> = []
        return editionsByDate.filter { $0.isUpcoming(relativeTo: now) && seen.insert($0.series.key).inserted }
    }

    /// Past editions, newest first.
    var pastEditionsNewestFirst: [Edition] { editionsByDate.reversed().filter { !$0.isUpcoming(relativeTo: now) } }

    /// Events that took place (`Edition.wasHeld`), newest first: the recaps.
    var heldEventsNewestFirst: [Edition] { editionsByDate.reversed().filter { $0.wasHeld(relativeTo: now) } }
}
