import SiteModel

/// A speaker with every edition they spoke at, oldest first.
struct SpeakerEntry {
    let slug: String
    let speaker: Speaker
    var editions: [Edition]

    /// Where every such page is (a site path).
    static let folder = "/intervenants/"

    var path: String { Self.folder + slug + "/" }
}
