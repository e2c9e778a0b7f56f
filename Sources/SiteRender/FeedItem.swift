/// One entry of the feeds, already in its final form: absolute URLs and links,
/// text cleaned of characters XML forbids. The three feed formats print these as they are.
struct FeedItem: Hashable, Sendable {
    /// Absolute URL of the page; also the item's permanent id.
    var url: String
    var title: String
    /// Plain text; empty when there is none.
    var summary: String
    /// HTML whose links and images are absolute.
    var contentHTML: String
    var published: FeedTimestamp
    /// Only when the source said when it last changed.
    var updated: FeedTimestamp?
    var tags: [String]
    var author: String?

    /// When the item last changed: `updated` if given, else `published`.
    var modified: FeedTimestamp { updated ?? published }
}
