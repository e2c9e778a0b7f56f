/// One entry of the feeds, already in its final form: absolute URLs and links,
/// text cleaned of characters XML forbids. The three feed formats print these as they are.
struct FeedItem: Hashable, Sendable {
    /// Absolute URL of the page; the item's permanent id in Atom and JSON Feed.
    var url: String
    var title: String
    /// Plain text; empty when there is none.
    var summary: String
    /// HTML whose links and images are absolute.
    var contentHTML: String
    /// When it was published, if a day is known (`FeedDating.published`).
    var published: FeedTimestamp?
    /// The latest instant it was certainly published by (`FeedDating.order`).
    var order: FeedTimestamp
    /// Only when the source said when it last changed.
    var updated: FeedTimestamp?
    var tags: [String]
    var author: String?
    /// RSS has no date of change: a recap is a new item there, with its own guid (the page's
    /// address and `#recap-` and the day) and the recap's date. Nil: the guid is `url`.
    var recapGuid: String?

    /// When the item last changed: `updated` if given and later, else `order`.
    var modified: FeedTimestamp { updated.map { max($0, order) } ?? order }
}
