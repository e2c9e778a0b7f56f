import SiteModel

/// A named venue with the editions held there, oldest first.
struct VenueEntry {
    let slug: String
    let venue: Venue
    var editions: [Edition]

    var path: String { "/lieux/\(slug)/" }
}
