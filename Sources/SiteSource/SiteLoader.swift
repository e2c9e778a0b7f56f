import Foundation
import SiteModel

/// Reads `content/` into a `Site`, checking every rule of docs/content-format.md and collecting
/// every diagnostic in one run.
public struct SiteLoader: Sendable {
    public let contentDirectory: URL
    /// How paths are printed in diagnostics: relative to this folder when the file is inside it.
    public let displayBase: URL?
    /// Parse results kept from earlier builds; nil parses every file.
    public let cache: (any ParseCache)?
    /// Digests of the content files' bytes already computed by the caller (path relative to the
    /// content folder → `ContentDigest.of(bytes)`), so that a cached file need not be read again.
    public let knownDigests: [String: ContentDigest]

    public init(contentDirectory: URL, displayBase: URL? = nil, cache: (any ParseCache)? = nil,
                knownDigests: [String: ContentDigest] = [:]) {
        self.contentDirectory = contentDirectory
        self.displayBase = displayBase
        self.cache = cache
        self.knownDigests = knownDigests
    }

    public func load() -> LoadResult {
        let paths = DisplayPaths(base: displayBase)
        guard let folder = ContentFolder(root: contentDirectory, paths: paths) else {
            let location = SourceLocation(path: paths.path(for: contentDirectory), line: 1, column: 1)
            return LoadResult(site: nil, diagnostics: [.error(at: location, "content folder not found")])
        }
        var diagnostics: [Diagnostic] = []
        let layout = ContentLayout.read(folder, paths: paths, diagnostics: &diagnostics)

        let config = loadConfig(layout.siteFile, paths: paths, diagnostics: &diagnostics)
        var context = FileLoadContext(config: config ?? SiteConfig(title: "", baseURL: ""), paths: paths)
        let staticFiles = layout.staticFolder.map { folder.files(under: $0, publishesWellKnown: true, diagnostics: &diagnostics) } ?? []
        context.staticFiles = Set(staticFiles)
        context.staticFolder = layout.staticFolder
        if let venuesFile = layout.venuesFile {
            let log = context.makeLog(for: venuesFile)
            if let node = ContentDocument.yaml(at: venuesFile, log: log) {
                context.venues = VenueParser.parseFile(node, context: context, log: log)
                context.declaredVenueKeys = VenueParser.declaredKeys(node)
            }
            diagnostics += log.items
        }

        let sections = SectionFiles(layout: layout, folder: folder, paths: paths, diagnostics: &diagnostics)
        let fixedContext = context
        let cached = cache.map {
            CachedParse(cache: $0, contextDigest: context.digest(contentDirectory: contentDirectory, salt: $0.salt))
        }
        @Sendable func load<Value: MarkdownContent & CacheCodable>(_ entry: ContentEntry, _ sourcePath: String,
                                                    _ parse: (Data?) -> FileResult<Value>) -> CachedParse.Loaded<Value> {
            cached?.load(path: entry.path, sourcePath: sourcePath, knownDigest: knownDigests[sourcePath], parse: parse)
                ?? CachedParse.Loaded(result: parse(nil))
        }
        let editions = ParallelMap.map(sections.editions) { entry in
            load(entry, "editions/" + entry.name) {
                EditionParser.load(entry.url, sourcePath: "editions/" + entry.name, context: fixedContext, bytes: $0)
            }
        }
        let news = ParallelMap.map(sections.news) { entry in
            load(entry, "news/" + entry.name) {
                NewsParser.load(entry.url, sourcePath: "news/" + entry.name, context: fixedContext, bytes: $0)
            }
        }
        let pages = ParallelMap.map(sections.pages) { entry in
            load(entry, "pages/" + entry.name) {
                PageParser.load(entry.url, sourcePath: "pages/" + entry.name, context: fixedContext, bytes: $0)
            }
        }
        var listDigests: [String: ContentDigest] = [:]
        if cached != nil {
            listDigests.reserveCapacity(editions.count + news.count)
            for (entry, loaded) in zip(sections.editions, editions) { listDigests["editions/" + entry.name] = loaded.listDigest }
            for (entry, loaded) in zip(sections.news, news) { listDigests["news/" + entry.name] = loaded.listDigest }
        }

        var assembler = SiteAssembler(timeZone: context.timeZone)
        let site = assembler.assemble(config: config, venues: context.venues, editions: editions.map(\.result),
                                      news: news.map(\.result), pages: pages.map(\.result), staticFiles: staticFiles,
                                      venuesLabel: layout.venuesFile.map(paths.path(for:)) ?? "venues.yml",
                                      staticPrefix: layout.staticFolder.map(paths.path(for:)) ?? "static")
        diagnostics += assembler.diagnostics
        diagnostics.sort()
        return LoadResult(site: diagnostics.contains(where: \.isError) ? nil : site, diagnostics: diagnostics,
                          listDigests: listDigests)
    }

    private func loadConfig(_ url: URL?, paths: DisplayPaths, diagnostics: inout [Diagnostic]) -> SiteConfig? {
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
        return SiteConfigParser.parse(node, log: log)
    }
}
