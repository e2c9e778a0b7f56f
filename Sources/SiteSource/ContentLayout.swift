import Foundation
import SiteModel

/// The top level of a content folder, sorted out: what is there, what is missing, what is unknown.
struct ContentLayout {
    var siteFile: URL?
    var venuesFile: URL?
    var editions: URL?
    var news: URL?
    var pages: URL?
    var staticFolder: URL?

    static let fileNames = ["site.yml", "venues.yml"]
    static let folderNames = ["editions", "news", "pages", "static"]

    static func read(_ folder: ContentFolder, paths: DisplayPaths, diagnostics: inout [Diagnostic]) -> ContentLayout {
        var layout = ContentLayout()
        let known = fileNames + folderNames
        for entry in folder.entries(of: folder.root, diagnostics: &diagnostics) {
            let location = SourceLocation(path: paths.path(for: entry.url), line: 1, column: 1)
            let expectsFolder = folderNames.contains(entry.name)
            guard known.contains(entry.name) else {
                diagnostics.append(.warning(at: location, "'\(entry.name)' is not part of the content layout: ignored",
                                            hint: Suggestion.hint(for: entry.name, among: known)))
                continue
            }
            guard (entry.kind == .directory) == expectsFolder else {
                diagnostics.append(.error(at: location, "'\(entry.name)' must be a \(expectsFolder ? "folder" : "file")"))
                continue
            }
            switch entry.name {
            case "site.yml": layout.siteFile = entry.url
            case "venues.yml": layout.venuesFile = entry.url
            case "editions": layout.editions = entry.url
            case "news": layout.news = entry.url
            case "pages": layout.pages = entry.url
            default: layout.staticFolder = entry.url
            }
        }
        return layout
    }

    /// The `.md` files of a section folder, sorted; anything else is reported and skipped.
    static func markdownFiles(in directory: URL?, folder: ContentFolder, paths: DisplayPaths,
                              diagnostics: inout [Diagnostic]) -> [ContentEntry] {
        guard let directory else { return [] }
        return folder.entries(of: directory, diagnostics: &diagnostics).filter { entry in
            if entry.kind == .file, entry.name.hasSuffix(".md") { return true }
            let location = SourceLocation(path: paths.path(for: entry.url), line: 1, column: 1)
            let message = entry.kind == .directory ? "sub-folders are not read: ignored"
                : "not a Markdown file (.md): ignored"
            diagnostics.append(.warning(at: location, message))
            return false
        }
    }
}
