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
    /// Who holds the two files of each edition (`editions/4/index.html`, `editions/4/breizhpero-4.ics`),
    /// by number: numbers are unique, so only the other claims need to look here, and a site with
    /// thousands of editions does not make and hash two paths for each.
    private var editionOwners: [Int: Owner] = [:]
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

    /// Room for `count` paths and `editions` editions, so that a big site's claims do not grow the
    /// tables again and again.
    mutating func reserveCapacity(_ count: Int, editions: Int) {
        owners.reserveCapacity(count)
        editionOwners.reserveCapacity(editions)
    }

    /// Claims the files of edition `number` for `owner`, unless another edition holds them: then
    /// its owner comes back, and nothing changes.
    mutating func claimEdition(_ number: Int, by owner: Owner) -> Owner? {
        if let existing = editionOwners[number] { return existing }
        editionOwners[number] = owner
        return nil
    }

    /// Claims `path` for `owner`; a clash is an error at `location`, naming the first owner.
    /// True when `owner` holds the path now (claiming it again then changes nothing).
    @discardableResult
    mutating func claim(_ path: String, by owner: Owner, at location: SourceLocation) -> Bool {
        if let existing = owners[path] ?? editionOwner(of: path) {
            if existing.isShared, existing == owner { return true }
            diagnostics.append(.error(at: location, "output path '\(path)' clashes with \(existing.label)"))
            return false
        }
        owners[path] = owner
        return true
    }

    /// The owner of the edition whose page or calendar is `path`, if any.
    private func editionOwner(of path: String) -> Owner? {
        let prefix = "editions/"
        guard !editionOwners.isEmpty, path.hasPrefix(prefix) else { return nil }
        let rest = path.utf8.dropFirst(prefix.utf8.count)
        guard let slash = rest.firstIndex(of: UInt8(ascii: "/")),
              let number = Int(String(decoding: rest[..<slash], as: UTF8.self)),
              let owner = editionOwners[number] else { return nil }
        // The paths as the site writes them: "editions/+4/index.html" is not edition 4's page.
        let page = String(Edition.path(number: number).dropFirst()) + "index.html"
        let calendar = String(Edition.calendarPath(number: number).dropFirst())
        return path == page || path == calendar ? owner : nil
    }
}
