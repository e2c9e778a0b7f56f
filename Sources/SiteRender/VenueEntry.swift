import SiteModel

/// A named venue with the editions held there, oldest first; never empty.
struct VenueEntry {
    let slug: String
    let venue: Venue
    var editions: [Edition]

    /// Where every such page is, a site path of the site's URL word: `/lieux/`.
    let folder: String

    var path: String { folder + slug + "/" }
}
