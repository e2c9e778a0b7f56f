import Foundation
import SiteModel
import SiteRender
import SiteSource

/// The pipeline, as named steps: load the content, resolve the options, load the theme,
/// render everything in memory, then (for `build`) write it all at once.
public struct SiteBuilder: Sendable {
    public let options: BuildOptions
    /// How diagnostics print paths: relative to this folder (the current folder by default).
    public let displayBase: URL

    public init(options: BuildOptions, displayBase: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
        self.options = options
        self.displayBase = displayBase
    }

    /// Loads and renders in memory; writes nothing.
    public func check() -> BuildReport {
        render().report
    }

    /// Loads, renders and, only when there is no error at all, replaces the output folder.
    public func build() -> BuildReport {
        let (report, files) = render()
        guard report.succeeded, let files else { return report }
        var result = report
        do {
            try OutputGuard(options: options, displayBase: displayBase).check()
            result.writtenCount = try OutputWriter(outputDirectory: options.outputDirectory).write(files)
        } catch {
            result.errors.append(error.description)
        }
        return result
    }

    private func render() -> (report: BuildReport, files: [(path: String, source: OutputWriter.Source)]?) {
        let loaded = SiteLoader(contentDirectory: options.contentDirectory, displayBase: displayBase).load()
        var report = BuildReport(diagnostics: loaded.diagnostics)
        guard var site = loaded.site, report.succeeded else { return (report, nil) }
        do throws(BuildError) {
            site = try applyOptions(to: site)
            let themeDirectory = options.themeDirectory
                ?? displayBase.appendingPathComponent("themes").appendingPathComponent(site.config.theme)
            let theme = try compileTheme(ThemeLoader.load(from: themeDirectory), in: themeDirectory)
            let rendered = SiteRenderer.render(site, theme: theme,
                                               context: BuildContext(now: options.now ?? Self.today(in: site.config.timeZone),
                                                                     extraBodyHTML: options.extraBodyHTML))
            let files = try merge(rendered, staticFiles: site.staticFiles)
            report.fileCount = files.count
            report.pageCount = rendered.filter { $0.path.hasSuffix(".html") }.count
            report.eventCount = site.editions.filter { $0.date.precision != .month }.count
            report.feedItemCount = min(site.config.feedItems, site.editions.count + site.news.count)
            return (report, files)
        } catch {
            report.errors.append(error.description)
            return (report, nil)
        }
    }

    private func compileTheme(_ theme: Theme, in directory: URL) throws(BuildError) -> CompiledTheme {
        do {
            return try CompiledTheme(theme)
        } catch {
            throw BuildError(error.errors.map { relative(directory) + "/templates/" + $0.description }
                .joined(separator: "\n"))
        }
    }

    /// The one place the clock is read: the default reference day.
    static func today(in timeZone: TimeZone) -> EventDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return EventDate(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    /// `--base-url` and `--drafts`.
    private func applyOptions(to site: Site) throws(BuildError) -> Site {
        var site = site
        if let baseURL = options.baseURL {
            guard let url = URLComponents(string: baseURL), ["http", "https"].contains(url.scheme ?? ""),
                  url.host?.isEmpty == false, !baseURL.unicodeScalars.contains(where: { $0.properties.isWhitespace }) else {
                throw BuildError("--base-url '\(baseURL)' is not an absolute http(s) URL")
            }
            site.config.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        }
        if !options.includeDrafts {
            site.editions.removeAll(where: \.draft)
            site.news.removeAll(where: \.draft)
            site.pages.removeAll(where: \.draft)
        }
        return site
    }

    /// Generated files plus `content/static/`; a static file may not take a generated file's place.
    private func merge(_ rendered: [OutputFile], staticFiles: [String]) throws(BuildError) -> [(path: String, source: OutputWriter.Source)] {
        var files = rendered.map { (path: $0.path, source: OutputWriter.Source.bytes($0.contents)) }
        let generated = Set(rendered.map(\.path))
        let staticDirectory = options.contentDirectory.appendingPathComponent("static")
        var clashes: [String] = []
        for path in staticFiles {
            if generated.contains(path) || path == OutputWriter.markerName {
                clashes.append("\(relative(staticDirectory.appendingPathComponent(path))): error: this static file would replace the generated '\(path)'; rename or move it")
            }
            files.append((path: path, source: .copy(staticDirectory.appendingPathComponent(path))))
        }
        guard clashes.isEmpty else { throw BuildError(clashes.joined(separator: "\n")) }
        return files.sorted { $0.path < $1.path }
    }

    private func relative(_ url: URL) -> String {
        let base = displayBase.standardizedFileURL.path + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }
}
