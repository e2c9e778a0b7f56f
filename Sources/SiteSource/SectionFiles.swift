import Foundation
import SiteModel

/// The Markdown files of `editions/`, `news/` and `pages/`, each list sorted.
struct SectionFiles {
    var editions: [ContentEntry]
    var news: [ContentEntry]
    var pages: [ContentEntry]

    init(layout: ContentLayout, folder: ContentFolder, paths: DisplayPaths, diagnostics: inout [Diagnostic]) {
        func files(_ directory: URL?) -> [ContentEntry] {
            ContentLayout.markdownFiles(in: directory, folder: folder, paths: paths, diagnostics: &diagnostics)
        }
        editions = files(layout.editions)
        news = files(layout.news)
        pages = files(layout.pages)
    }
}
