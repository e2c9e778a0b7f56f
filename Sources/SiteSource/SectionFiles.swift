import Foundation
import SiteModel

/// The Markdown files of `editions/`, `news/` and `pages/`, each list sorted.
struct SectionFiles {
    var editions: [ContentEntry]
    var news: [ContentEntry]
    var pages: [ContentEntry]

    init(layout: ContentLayout, folder: ContentFolder, paths: DisplayPaths, diagnostics: inout [Diagnostic]) {
        editions = ContentLayout.markdownFiles(in: layout.editions, folder: folder, paths: paths, diagnostics: &diagnostics)
        news = ContentLayout.markdownFiles(in: layout.news, folder: folder, paths: paths, diagnostics: &diagnostics)
        pages = ContentLayout.markdownFiles(in: layout.pages, folder: folder, paths: paths, diagnostics: &diagnostics)
    }
}
