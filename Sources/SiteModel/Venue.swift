/// A place where editions happen: a key of `venues.yml`, or an inline map in an edition.
public struct Venue: Hashable, Sendable {
    /// The key in `venues.yml`; nil for a venue written inline in an edition.
    public var key: String?
    public var name: String
    public var address: String?
    public var url: String?
    public var geo: GeoPoint?

    public init(key: String? = nil, name: String, address: String? = nil, url: String? = nil, geo: GeoPoint? = nil) {
        self.key = key
        self.name = name
        self.address = address
        self.url = url
        self.geo = geo
    }

    /// Named venues get a page at `/lieux/<slug>/`; inline ones do not.
    public var slug: String? { key.map { Slug.make($0) } }
}
