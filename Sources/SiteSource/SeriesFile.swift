import SiteModel

/// The series of `content/series.yml`, with where each folder was written, for the checks that
/// need the rest of the site (pages' slugs) to be known.
struct SeriesFile {
    var series: [EventSeries]
    /// Where each series' folder is named (its `folder:` value, or its key when it has none).
    var folderLocations: [String: SourceLocation]

    /// A site without series.yml: one numbered series named after the site.
    static func single(named name: String) -> SeriesFile {
        SeriesFile(series: [.single(named: name)], folderLocations: [:])
    }
}
