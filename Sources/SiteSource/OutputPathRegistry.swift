import SiteModel

/// Every output path and what produces it, to report two sources writing the same file.
struct OutputPathRegistry {
    struct Owner: Equatable {
        /// « content/news/2013-10-cantine.md » or « the generated list of editions ».
        var label: String
        /// Pages shared by many sources (a speaker's, a tag's): the same label claiming twice is fine.
        var isShared: Bool = false
    }

    private var owners: [String: Owner] = [:]
    private(set) var diagnostics: [Diagnostic] = []

    /// Files the generator writes whatever the content, and sections pages must not take.
    static let generated: [(path: String, label: String)] = [
        ("index.html", "the generated home page"),
        ("404.html", "the generated 404 page"),
        ("agenda.ics", "the generated calendar"),
        ("atom.xml", "the generated Atom feed"),
        ("feed.json", "the generated JSON feed"),
        ("feed.xml", "the generated RSS feed"),
        ("robots.txt", "the generated robots.txt"),
        ("sitemap.xml", "the generated sitemap"),
        ("editions/index.html", "the generated list of editions"),
        ("actualites/index.html", "the generated list of news"),
        ("intervenants/index.html", "the generated list of speakers"),
        ("sujets/index.html", "the generated section /sujets/"),
        ("lieux/index.html", "the generated section /lieux/"),
        ("assets/index.html", "the theme assets folder /assets/"),
    ]

    init() {
        for (path, label) in Self.generated {
            owners[path] = Owner(label: label)
        }
    }

    /// Room for `count` paths, so that a big site's claims do not grow the table again and again.
    mutating func reserveCapacity(_ count: Int) {
        owners.reserveCapacity(count)
    }

    /// Claims `path` for `owner`; a clash is an error at `location`, naming the first owner.
    /// True when `owner` holds the path now (claiming it again then changes nothing).
    @discardableResult
    mutating func claim(_ path: String, by owner: Owner, at location: SourceLocation) -> Bool {
        if let existing = owners[path] {
            if existing.isShared, existing == owner { return true }
            diagnostics.append(.error(at: location, "output path '\(path)' clashes with \(existing.label)"))
            return false
        }
        owners[path] = owner
        return true
    }
}
