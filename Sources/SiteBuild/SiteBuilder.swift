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
        prepare(parseCache: nil).report
    }

    /// Loads, renders and, only when there is no error at all, brings the output folder up to
    /// date: nothing when no input changed, only what changed when the build cache knows the
    /// folder, otherwise the whole folder replaced at once.
    public func build() -> BuildReport {
        CachedBuild(builder: self).run()
    }

    /// A site loaded and planned: every output file as a job or a copy, nothing rendered yet.
    struct Prepared {
        var site: Site
        var files: [PlannedFile]
        var themeDirectory: URL
        var themeDigest: ContentDigest
        var now: EventDate
    }

    struct PlannedFile {
        var path: String
        var source: OutputUpdater.Source
    }

    func prepare(parseCache: (any ParseCache)?) -> (report: BuildReport, prepared: Prepared?) {
        var timer = PhaseTimer()
        let loaded = SiteLoader(contentDirectory: options.contentDirectory, displayBase: displayBase,
                                cache: parseCache).load()
        timer.lap("load the content")
        var report = BuildReport(diagnostics: loaded.diagnostics)
        guard var site = loaded.site, report.succeeded else { return (report, nil) }
        do throws(BuildError) {
            site = try applyOptions(to: site)
            let themeDirectory = self.themeDirectory(for: site)
            let theme = try ThemeLoader.load(from: themeDirectory)
            let compiled = try compileTheme(theme, in: themeDirectory)
            let now = options.now ?? Self.today(in: site.config.timeZone)
            let jobs = SiteRenderer.jobs(site, theme: compiled,
                                         context: BuildContext(now: now, extraBodyHTML: options.extraBodyHTML))
            let files = try merge(jobs, staticFiles: site.staticFiles)
            report.fileCount = files.count
            report.pageCount = jobs.filter { $0.path.hasSuffix(".html") }.count
            report.eventCount = site.editions.filter { $0.date.precision != .month }.count
            report.feedItemCount = min(site.config.feedItems, site.editions.count + site.news.count)
            return (report, Prepared(site: site, files: files, themeDirectory: themeDirectory,
                                     themeDigest: Self.digest(of: theme), now: now))
        } catch {
            report.errors.append(error.description)
            return (report, nil)
        }
    }

    func themeDirectory(for site: Site) -> URL {
        options.themeDirectory ?? displayBase.appendingPathComponent("themes").appendingPathComponent(site.config.theme)
    }

    static func digest(of theme: Theme) -> ContentDigest {
        var hasher = DigestHasher()
        for name in theme.templates.keys.sorted() {
            hasher.add(name)
            hasher.add(theme.templates[name] ?? "")
        }
        hasher.add("assets")
        for path in theme.assets.keys.sorted() {
            hasher.add(path)
            hasher.add(bytes: theme.assets[path] ?? [])
        }
        return hasher.finish()
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
                  url.host?.isEmpty == false else {
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
    private func merge(_ jobs: [RenderJob], staticFiles: [String]) throws(BuildError) -> [PlannedFile] {
        var files = jobs.map { PlannedFile(path: $0.path, source: .job($0)) }
        let generated = Set(jobs.map(\.path))
        let staticDirectory = options.contentDirectory.appendingPathComponent("static")
        var clashes: [String] = []
        for path in staticFiles {
            if generated.contains(path) || path == OutputWriter.markerName {
                clashes.append("\(relative(staticDirectory.appendingPathComponent(path))): error: this static file would replace the generated '\(path)'; rename or move it")
            }
            files.append(PlannedFile(path: path, source: .copy(staticDirectory.appendingPathComponent(path))))
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
