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
    /// Who holds the two files of each numbered event (`editions/4/index.html`,
    /// `editions/4/breizhpero-4.ics`), by folder and number: numbers are unique within a series, so
    /// only the other claims need to look here, and a site with thousands of editions does not make
    /// and hash two paths for each.
    private var editionOwners: [String: [Int: Owner]] = [:]
    /// The series' key of each folder that holds numbered events, to name their calendars.
    private var seriesKeys: [String: String] = [:]
    /// How many events to make room for in a series' table: most sites have one series.
    private var expectedEditions = 0
    private(set) var diagnostics: [Diagnostic] = []

    /// Files the generator writes whatever the content, and sections pages must not take.
    static func generated(_ words: URLWords) -> [(path: String, label: String)] { [
        ("index.html", "the generated home page"),
        ("404.html", "the generated 404 page"),
        ("agenda.ics", "the generated calendar"),
        ("atom.xml", "the generated Atom feed"),
        ("feed.json", "the generated JSON feed"),
        ("feed.xml", "the generated RSS feed"),
        ("robots.txt", "the generated robots.txt"),
        ("sitemap.xml", "the generated sitemap"),
        ("\(words.news)/index.html", "the generated list of news"),
        ("\(words.speakers)/index.html", "the generated list of speakers"),
        ("\(words.tags)/index.html", "the generated section /\(words.tags)/"),
        ("\(words.venues)/index.html", "the generated section /\(words.venues)/"),
        ("assets/index.html", "the theme assets folder /assets/"),
    ] }

    init(words: URLWords = .french) {
        for (path, label) in Self.generated(words) {
            owners[path] = Owner(label: label)
        }
    }

    /// Room for `count` paths and `editions` editions, so that a big site's claims do not grow the
    /// tables again and again.
    mutating func reserveCapacity(_ count: Int, editions: Int) {
        owners.reserveCapacity(count)
        expectedEditions = editions
    }

    /// Claims the files of event `number` of `series` for `owner`, unless another event of the
    /// series holds them: then its owner comes back, and nothing changes.
    mutating func claimEdition(_ number: Int, of series: EventSeries, by owner: Owner) -> Owner? {
        if let existing = editionOwners[series.folder]?[number] { return existing }
        if editionOwners[series.folder] == nil {
            editionOwners[series.folder] = Dictionary(minimumCapacity: expectedEditions)
        }
        editionOwners[series.folder]?[number] = owner
        seriesKeys[series.folder] = series.key
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

    /// The owner of the numbered event whose page or calendar is `path`, if any.
    private func editionOwner(of path: String) -> Owner? {
        guard !editionOwners.isEmpty, let folderEnd = path.utf8.firstIndex(of: UInt8(ascii: "/")) else { return nil }
        let folder = String(path[..<folderEnd])
        guard let owners = editionOwners[folder], let key = seriesKeys[folder] else { return nil }
        let rest = path.utf8[path.utf8.index(after: folderEnd)...]
        guard let slash = rest.firstIndex(of: UInt8(ascii: "/")),
              let number = Int(String(decoding: rest[..<slash], as: UTF8.self)),
              let owner = owners[number] else { return nil }
        // The paths as the site writes them: "editions/+4/index.html" is not edition 4's page.
        let name = String(number)
        let page = String(Edition.path(folder: folder, name: name).dropFirst()) + "index.html"
        let calendar = String(Edition.calendarPath(folder: folder, key: key, name: name).dropFirst())
        return path == page || path == calendar ? owner : nil
    }
}
