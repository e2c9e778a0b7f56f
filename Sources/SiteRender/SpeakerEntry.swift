import SiteModel

/// A speaker with every edition they spoke at, oldest first.
struct SpeakerEntry {
    let slug: String
    let speaker: Speaker
    var editions: [Edition]

    /// Where every such page is, a site path of the site's URL word: `/intervenants/`.
    let folder: String

    var path: String { folder + slug + "/" }
}
