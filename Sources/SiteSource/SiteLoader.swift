import Concurrency
import Foundation
import SiteModel

/// Reads `content/` into a `Site`, checking every rule of the content format (docs/writing-content.md
/// and the README's « Site settings ») and collecting every diagnostic in one run.
public struct SiteLoader: Sendable {
    public let contentDirectory: URL
    /// How paths are printed in diagnostics: relative to this folder when the file is inside it.
    public let displayBase: URL?
    /// Parse results kept from earlier builds; nil parses every file.
    public let cache: (any ParseResultCache)?
    /// Shared with the rest of the build, so each image file is read once.
    package let imageHeaders: ImageHeaderReader

    public init(contentDirectory: URL, displayBase: URL? = nil, cache: (any ParseResultCache)? = nil) {
        self.init(contentDirectory: contentDirectory, displayBase: displayBase, cache: cache, imageHeaders: ImageHeaderReader())
    }

    package init(contentDirectory: URL, displayBase: URL?, cache: (any ParseResultCache)?, imageHeaders: ImageHeaderReader) {
        self.contentDirectory = contentDirectory
        self.displayBase = displayBase
        self.cache = cache
        self.imageHeaders = imageHeaders
    }

    public func load() -> LoadResult {
        let paths = DisplayPaths(base: displayBase)
        guard let folder = ContentFolder(root: contentDirectory, paths: paths) else {
            let location = SourceLocation(path: paths.path(for: contentDirectory), line: 1, column: 1)
            return LoadResult(site: nil, diagnostics: [.error(at: location, "content folder not found")])
        }
        var diagnostics: [Diagnostic] = []
        let layout = ContentLayout.read(folder, paths: paths, diagnostics: &diagnostics)

        var wordLocations: [String: SourceLocation] = [:]
        let config = loadConfig(layout.siteFile, paths: paths, wordLocations: &wordLocations, diagnostics: &diagnostics)
        var context = FileLoadContext(config: config ?? SiteConfig(title: "", baseURL: ""), paths: paths)
        context.urlWordLocations = wordLocations
        let staticFiles = layout.staticFolder.map { folder.files(under: $0, publishesWellKnown: true, diagnostics: &diagnostics) } ?? []
        context.staticFiles = Set(staticFiles)
        context.staticFolder = layout.staticFolder
        context.imageHeaders = imageHeaders
        if let venuesFile = layout.venuesFile {
            let log = context.makeLog(for: venuesFile)
            if let node = ContentDocument.yaml(at: venuesFile, log: log) {
                context.venues = VenueParser.parseFile(node, context: context, log: log)
                context.declaredVenueKeys = VenueParser.declaredKeys(node)
            }
            diagnostics += log.items
        }

        let seriesFile = loadSeries(layout.seriesFile, context: context, title: config?.title ?? "",
                                    diagnostics: &diagnostics)
        context.series = seriesFile.series
        let seriesFolders = layout.folders(of: seriesFile.series, paths: paths, diagnostics: &diagnostics)
        let sections = SectionFiles(layout: layout, series: seriesFolders, folder: folder, paths: paths,
                                    diagnostics: &diagnostics)
        let fixedContext = context
        let cached = cache?.results(under: context.parseContext(contentDirectory: contentDirectory))
        let eventFiles = sections.events.flatMap { series, files in files.map { (series, $0) } }
        let editions = ConcurrentMap.map(eventFiles) { series, entry in
            let sourcePath = series.folder + "/" + entry.name
            let parse = { (bytes: Data?) in
                EditionParser.load(entry.url, sourcePath: sourcePath, series: series, context: fixedContext,
                                   bytes: bytes)
            }
            return cached?.edition(path: entry.path, sourcePath: sourcePath, parse: parse) ?? parse(nil)
        }
        let news = ConcurrentMap.map(sections.news) { entry in
            let sourcePath = "news/" + entry.name
            let parse = { (bytes: Data?) in
                NewsParser.load(entry.url, sourcePath: sourcePath, context: fixedContext, bytes: bytes)
            }
            return cached?.newsPost(path: entry.path, sourcePath: sourcePath, parse: parse) ?? parse(nil)
        }
        let pages = ConcurrentMap.map(sections.pages) { entry in
            let sourcePath = "pages/" + entry.name
            let parse = { (bytes: Data?) in
                PageParser.load(entry.url, sourcePath: sourcePath, context: fixedContext, bytes: bytes)
            }
            return cached?.page(path: entry.path, sourcePath: sourcePath, parse: parse) ?? parse(nil)
        }

        var assembler = SiteAssembler(timeZone: context.timeZone, words: context.urlWords)
        let site = assembler.assemble(config: config, venues: context.venues, series: seriesFile, editions: editions,
                                      news: news, pages: pages, staticFiles: staticFiles,
                                      venuesLabel: layout.venuesFile.map(paths.path(for:)) ?? "venues.yml",
                                      staticPrefix: layout.staticFolder.map(paths.path(for:)) ?? "static")
        diagnostics += assembler.diagnostics
        diagnostics.sort()
        return LoadResult(site: diagnostics.contains(where: \.isError) ? nil : site, diagnostics: diagnostics)
    }

    /// series.yml, or the one series of a site without it.
    private func loadSeries(_ url: URL?, context: FileLoadContext, title: String,
                            diagnostics: inout [Diagnostic]) -> SeriesFile {
        guard let url else {
            let single = SeriesFile.single(named: title)
            for one in single.series {
                if let location = context.urlWordLocations[one.folder] {
                    diagnostics.append(.error(at: location, SeriesParser.wordClash(one.folder, series: one.key),
                                              hint: "choose another word"))
                }
            }
            return single
        }
        let log = context.makeLog(for: url)
        defer { diagnostics += log.items }
        guard let node = ContentDocument.yaml(at: url, log: log) else { return SeriesFile(series: [], folderLocations: [:]) }
        let file = SeriesParser.parseFile(node, context: context, log: log)
        if file.series.isEmpty, !log.hasErrors {
            log.error(at: .start, "series.yml names no series", hint: "add at least one series, or remove the file")
        }
        return file
    }

    private func loadConfig(_ url: URL?, paths: DisplayPaths, wordLocations: inout [String: SourceLocation],
                            diagnostics: inout [Diagnostic]) -> SiteConfig? {
        guard let url else {
            let missing = contentDirectory.appendingPathComponent("site.yml")
            diagnostics.append(.error(at: SourceLocation(path: paths.path(for: missing), line: 1, column: 1),
                                      "missing site.yml (required)",
                                      hint: "create it with at least 'title' and 'base_url'"))
            return nil
        }
        let log = DiagnosticLog(path: paths.path(for: url))
        defer { diagnostics += log.items }
        guard let node = ContentDocument.yaml(at: url, log: log) else { return nil }
        wordLocations = SiteConfigParser.writtenWordLocations(node, log: log)
        return SiteConfigParser.parse(node, log: log)
    }
}
