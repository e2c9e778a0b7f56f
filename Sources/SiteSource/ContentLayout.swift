import Foundation
import SiteModel

/// The top level of a content folder, sorted out: what is there, what is missing, what is unknown.
struct ContentLayout {
    var siteFile: URL?
    var venuesFile: URL?
    var seriesFile: URL?
    /// Every other folder by name: each must be a series' folder (checked once series.yml is read).
    var eventFolders: [String: URL] = [:]
    /// Files that are not part of the layout, by name: a series' folder written as a file is an
    /// error, any other is ignored with a warning (checked once series.yml is read).
    var unknownFiles: [String: URL] = [:]
    var news: URL?
    var pages: URL?
    var staticFolder: URL?

    static let fileNames = ["series.yml", "site.yml", "venues.yml"]
    static let folderNames = ["news", "pages", "static"]

    static func read(_ folder: ContentFolder, paths: DisplayPaths, diagnostics: inout [Diagnostic]) -> ContentLayout {
        var layout = ContentLayout()
        let known = fileNames + folderNames
        for entry in folder.entries(of: folder.root, diagnostics: &diagnostics) {
            let location = SourceLocation(path: paths.path(for: entry.url), line: 1, column: 1)
            let expectsFolder = folderNames.contains(entry.name)
            if entry.kind == .directory, !known.contains(entry.name) {
                layout.eventFolders[entry.name] = entry.url
                continue
            }
            guard known.contains(entry.name) else {
                layout.unknownFiles[entry.name] = entry.url
                continue
            }
            guard (entry.kind == .directory) == expectsFolder else {
                diagnostics.append(.error(at: location, "'\(entry.name)' must be a \(expectsFolder ? "folder" : "file")"))
                continue
            }
            switch entry.name {
            case "site.yml": layout.siteFile = entry.url
            case "venues.yml": layout.venuesFile = entry.url
            case "series.yml": layout.seriesFile = entry.url
            case "news": layout.news = entry.url
            case "pages": layout.pages = entry.url
            default: layout.staticFolder = entry.url
            }
        }
        return layout
    }

    /// Reports every event folder that no series owns; the others come back by series, in
    /// the order of `series`.
    func folders(of series: [EventSeries], paths: DisplayPaths,
                 diagnostics: inout [Diagnostic]) -> [(series: EventSeries, folder: URL?)] {
        let owned = Set(series.map(\.folder))
        let known = Self.fileNames + Self.folderNames + series.map(\.folder)
        for name in ByteOrder.sorted(Array(unknownFiles.keys)) {
            guard let url = unknownFiles[name] else { continue }
            let location = SourceLocation(path: paths.path(for: url), line: 1, column: 1)
            if owned.contains(name) {
                diagnostics.append(.error(at: location, "'\(name)' must be a folder"))
            } else {
                diagnostics.append(.warning(at: location, "'\(name)' is not part of the content layout: ignored",
                                            hint: Suggestion.hint(for: name, among: known)))
            }
        }
        for name in ByteOrder.sorted(Array(eventFolders.keys)) where !owned.contains(name) {
            guard let url = eventFolders[name] else { continue }
            let location = SourceLocation(path: paths.path(for: url), line: 1, column: 1)
            let keys = series.map(\.folder)
            diagnostics.append(.error(at: location, "folder '\(name)' belongs to no series",
                                      hint: seriesFile == nil
                                        ? "only 'editions' holds events without series.yml: add the series to series.yml"
                                        : Suggestion.hint(for: name, among: keys) ?? "add a series with folder '\(name)' to series.yml"))
        }
        return series.map { ($0, eventFolders[$0.folder]) }
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
