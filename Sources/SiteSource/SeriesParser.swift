import SiteModel

/// `content/series.yml` → the site's event series, in the order written.
enum SeriesParser {
    static let knownKeys = ["description", "folder", "name", "numbered", "venue"]
    /// Top-level names of the output and of `content/` that no series' folder may take: the
    /// shared pages, the generated files and the other folders of `content/`. The site's URL words
    /// (`actualites`, ...) are taken too.
    static let reservedFolders = ["404.html", "agenda.ics", "assets", "atom.xml", "feed.json",
                                  "feed.xml", "index.html", "news", "pages", "robots.txt", "sitemap.xml", "static"]

    /// A word of `paths:` that a series' folder takes, said in site.yml where the word is written.
    static func wordClash(_ word: String, series key: String) -> String {
        "paths word '\(word)' is the folder of series '\(key)': both would be at /\(word)/"
    }

    static func parseFile(_ node: YAMLNode, context: FileLoadContext, log: DiagnosticLog) -> SeriesFile {
        var file = SeriesFile(series: [], folderLocations: [:])
        guard let fields = MapReader(node, at: .start, log: log, expecting: "series as a map of key → series")
        else { return file }
        var ownerOfFolder: [String: String] = [:]
        for (key, entry) in fields.keys {
            guard !key.isEmpty, Slug.make(key) == key else {
                log.error(at: entry.key.position, "series key '\(key)' is not a slug",
                          hint: "use lowercase letters, digits and single dashes, e.g. '\(Slug.make(key))'")
                continue
            }
            guard let series = MapReader(entry.value, at: entry.key.position, log: log, expecting: "a series")
            else { continue }
            series.warnAboutUnknownKeys(known: knownKeys)
            let name = series.text("name", required: true)
            let folder = series.text("folder", nonEmpty: true) ?? key
            let folderPosition = series.node("folder")?.position ?? entry.key.position
            let numbered = series.bool("numbered") ?? true
            let description = series.text("description")
            let venue = series.text("venue")
            if let venue, let position = series.node("venue")?.position, context.venues[venue] == nil,
               !context.declaredVenueKeys.contains(venue) {
                log.error(at: position, "unknown venue '\(venue)' for series '\(key)'",
                          hint: Suggestion.hint(for: venue, among: context.venueKeys))
            }
            var folderIsValid = true
            let words = context.urlWords.named.map(\.word)
            if Slug.make(folder) != folder {
                log.error(at: folderPosition, "folder '\(folder)' of series '\(key)' is not a slug",
                          hint: "use lowercase letters, digits and single dashes")
                folderIsValid = false
            } else if let written = context.urlWordLocations[folder], words.contains(folder) {
                log.error(elsewhere: written, wordClash(folder, series: key), hint: "choose another word, or another folder")
                folderIsValid = false
            } else if reservedFolders.contains(folder) || words.contains(folder) {
                log.error(at: folderPosition,
                          "folder '\(folder)' of series '\(key)' would take the address /\(folder)/ the site already uses",
                          hint: "choose another folder")
                folderIsValid = false
            } else if let other = ownerOfFolder[folder] {
                log.error(at: folderPosition, "series '\(key)' and '\(other)' both use the folder '\(folder)'",
                          hint: "give each series a folder of its own")
                folderIsValid = false
            }
            guard let name, folderIsValid else { continue }
            ownerOfFolder[folder] = key
            file.folderLocations[folder] = log.location(folderPosition)
            file.series.append(EventSeries(key: key, name: context.typeset(name), folder: folder, numbered: numbered,
                                           description: description.map(context.typeset), venue: venue))
        }
        return file
    }
}
