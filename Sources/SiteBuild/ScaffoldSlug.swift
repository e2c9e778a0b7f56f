import SiteModel

/// The slug part of a new file's name: `Slug.make`, cut at a word boundary so that names stay short.
enum ScaffoldSlug {
    static let maximumLength = 50

    static func make(_ title: String) -> String {
        let slug = Slug.make(title)
        guard slug.count > maximumLength else { return slug }
        let cut = slug.prefix(maximumLength)
        guard let dash = cut.lastIndex(of: "-") else { return String(cut) }
        return String(cut[..<dash])
    }
}
