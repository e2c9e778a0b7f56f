import SiteModel

/// A tag with everything filed under it.
struct TagEntry {
    let slug: String
    /// The display text of its first use (editions in number order, then news).
    let name: String
    var editions: [Edition]
    var news: [NewsPost]

    /// Where every such page is, a site path of the site's URL word: `/sujets/`.
    let folder: String

    var path: String { folder + slug + "/" }
}
