import SiteModel

/// The slug of an event of an unnumbered series, from its file name without `.md`:
/// `2013-10-29-pixel-pero`, `2013-10-pixel-pero` and `pixel-pero` all give `pixel-pero`.
enum EventFileName {
    /// Nil when nothing usable is left for a slug.
    static func slug(of stem: String) -> String? {
        if case let .success(name) = NewsFileName.parse(stem) { return name.slug }
        let slug = Slug.make(stem)
        return slug.isEmpty ? nil : slug
    }
}
