import SiteModel

/// A speaker with every edition they spoke at, oldest first.
struct SpeakerEntry {
    let slug: String
    let speaker: Speaker
    var editions: [Edition]

    var path: String { "/intervenants/\(slug)/" }
}
