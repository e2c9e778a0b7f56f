/// Somebody who gave a talk at an edition.
public struct Speaker: Hashable, Sendable {
    public var name: String
    public var affiliation: String?
    public var url: String?

    public init(name: String, affiliation: String? = nil, url: String? = nil) {
        self.name = name
        self.affiliation = affiliation
        self.url = url
    }

    /// The speaker's page is `/intervenants/<slug>/`.
    public var slug: String { Slug.make(name) }
}
