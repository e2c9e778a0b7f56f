import SiteModel

/// A tag with everything filed under it.
struct TagEntry {
    let slug: String
    /// The display text of its first use (editions in number order, then news).
    let name: String
    var editions: [Edition]
    var news: [NewsPost]

    /// Where every such page is (a site path).
    static let folder = "/sujets/"

    var path: String { Self.folder + slug + "/" }
}
