import Foundation
import SiteModel

/// The Markdown files of each series' folder, `news/` and `pages/`, each list sorted.
struct SectionFiles {
    /// By series, in the order of the site's series.
    var events: [(series: EventSeries, files: [ContentEntry])]
    var news: [ContentEntry]
    var pages: [ContentEntry]

    init(layout: ContentLayout, series: [(series: EventSeries, folder: URL?)], folder: ContentFolder,
         paths: DisplayPaths, diagnostics: inout [Diagnostic]) {
        func files(_ directory: URL?) -> [ContentEntry] {
            ContentLayout.markdownFiles(in: directory, folder: folder, paths: paths, diagnostics: &diagnostics)
        }
        events = series.map { ($0.series, files($0.folder)) }
        news = files(layout.news)
        pages = files(layout.pages)
    }
}
