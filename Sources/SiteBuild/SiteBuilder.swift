import Foundation
import SiteModel
import SiteRender
import SiteSource

/// The pipeline, as named steps: load the content, resolve the options, load the theme,
/// render everything in memory, check the result, then (for `build`) write it all at once.
public struct SiteBuilder: Sendable {
    public let options: BuildOptions
    /// How diagnostics print paths: relative to this folder (the current folder by default).
    public let displayBase: URL
    /// The content files as read for diagnostics; shared with whoever prints them.
    public let sourceFiles: SourceFiles
    /// Called as pages are rendered (from any thread), with how many are done out of how many.
    public let progress: (@Sendable (_ rendered: Int, _ total: Int) -> Void)?

    public init(options: BuildOptions, displayBase: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                progress: (@Sendable (_ rendered: Int, _ total: Int) -> Void)? = nil) {
        self.options = options
        self.displayBase = displayBase
        self.sourceFiles = SourceFiles(base: displayBase)
        self.progress = progress
    }

    /// Loads, renders and checks in memory; writes nothing.
    public func check() -> BuildReport {
        render().report
    }

    /// Loads, renders, checks and, only when there is no error at all, replaces the output folder.
    public func build() -> BuildReport {
        let (report, files) = render()
        guard report.succeeded, let files else { return report }
        var result = report
        let clock = ContinuousClock()
        let started = clock.now
        do {
            try OutputGuard(options: options, displayBase: displayBase).check()
            result.writtenCount = try OutputWriter(outputDirectory: options.outputDirectory).write(files)
            result.steps.append(BuildStep(name: "write", duration: clock.now - started,
                                          detail: BuildStep.count(files.count, "file") + ", \(result.writtenCount) changed"))
        } catch {
            result.errors.append(error.description)
        }
        return result
    }

    private func render() -> (report: BuildReport, files: [(path: String, source: OutputWriter.Source)]?) {
        let clock = ContinuousClock()
        var started = clock.now
        let loaded = SiteLoader(contentDirectory: options.contentDirectory, displayBase: displayBase).load()
        var report = BuildReport(diagnostics: loaded.diagnostics)
        guard var site = loaded.site, report.succeeded else { return (report, nil) }
        report.steps.append(BuildStep(name: "load", duration: clock.now - started, detail: Self.describe(site)))
        do throws(BuildError) {
            started = clock.now
            site = try applyOptions(to: site)
            let themeDirectory = options.themeDirectory
                ?? displayBase.appendingPathComponent("themes").appendingPathComponent(site.config.theme)
            let loader = ThemeLoader(fallbackThemes: displayBase.appendingPathComponent("themes"), displayPath: relative)
            let theme = try compileTheme(loader.load(from: themeDirectory))
            let now = options.now ?? Self.today(in: site.config.timeZone)
            let rendered = SiteRenderer.render(site, theme: theme,
                                               context: BuildContext(now: now, extraBodyHTML: options.extraBodyHTML),
                                               progress: progress)
            let files = try merge(rendered, staticFiles: site.staticFiles)
            report.fileCount = files.count
            report.pageCount = rendered.filter { $0.path.hasSuffix(".html") }.count
            report.eventCount = site.editions.filter { $0.date.precision != .month }.count
            report.feedItemCount = min(site.config.feedItems, site.editions.count + site.news.count)
            report.steps.append(BuildStep(name: "render", duration: clock.now - started,
                                          detail: BuildStep.count(report.pageCount, "page") + ", "
                                            + BuildStep.count(files.count, "file")))
            started = clock.now
            let checker = SiteChecker(site: site, now: now, files: sourceFiles,
                                      contentPath: { relative(options.contentDirectory.appendingPathComponent($0)) },
                                      themeLabel: relative(themeDirectory.appendingPathComponent("templates")),
                                      injectedHTML: options.extraBodyHTML)
            let found = checker.check(rendered: rendered, staticFiles: site.staticFiles)
            report.diagnostics = (report.diagnostics + found).sorted()
            report.steps.append(BuildStep(name: "check", duration: clock.now - started,
                                          detail: BuildStep.count(found.filter(\.isError).count, "error") + ", "
                                            + BuildStep.count(found.filter { !$0.isError }.count, "warning")))
            return (report, report.succeeded ? files : nil)
        } catch {
            report.errors.append(error.description)
            return (report, nil)
        }
    }

    private static func describe(_ site: Site) -> String {
        [BuildStep.count(site.editions.count, "edition"), BuildStep.count(site.news.count, "news post"),
         BuildStep.count(site.pages.count, "page"), BuildStep.count(site.staticFiles.count, "static file")]
            .joined(separator: ", ")
    }

    private func compileTheme(_ loaded: LoadedTheme) throws(BuildError) -> CompiledTheme {
        do {
            return try CompiledTheme(loaded.theme)
        } catch {
            throw BuildError(error.errors.map { problem in
                let file = loaded.templateFiles[problem.template]
                    ?? loaded.directory.appendingPathComponent("templates/\(problem.template).mustache")
                return "\(relative(file)):\(problem.line):\(problem.column): error: \(problem.message)"
            }.joined(separator: "\n"))
        }
    }

    /// The one place the clock is read for a date: the default reference day.
    public static func today(in timeZone: TimeZone) -> EventDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return EventDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
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
