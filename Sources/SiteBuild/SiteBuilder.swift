import Concurrency
import ContentHash
import Foundation
import Images
import IncrementalBuild
import SiteModel
import SiteRender
import SiteSource

/// The pipeline, as named steps: load the content, plan every output file (theme, options,
/// render jobs), render them on every core while checking the pages, then (for `build`) put the
/// site in place at once, and only when there is no error at all.
public struct SiteBuilder: Sendable {
    public let options: BuildOptions
    /// How diagnostics print paths: relative to this folder (the current folder by default).
    public let displayBase: URL
    /// The content files as read for diagnostics; shared with whoever prints them.
    public let sourceFiles: SourceFiles
    /// Called as files are rendered (from any thread), with how many are done out of how many.
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
        var (report, prepared) = prepare(parseCache: nil)
        guard let prepared else { return report }
        let started = ContinuousClock.now
        let maker = FileMaker(links: prepared.checker.links)
        let counter = ProgressCounter(total: prepared.files.count, report: progress)
        let outcomes = ConcurrentMap.map(prepared.files, startingWith: \.isLong) { file -> Result<BrokenReferences?, BuildError> in
            defer { counter.increment() }
            do throws(BuildError) { return .success(try maker.make(file).broken) } catch { return .failure(error) }
        }
        var broken: [BrokenReferences] = []
        for outcome in outcomes {
            switch outcome {
            case .success(let found): if let found { broken.append(found) }
            case .failure(let error): report.errors.append(error.description)
            }
        }
        report.steps.append(BuildStep(name: "render", duration: ContinuousClock.now - started,
                                      detail: BuildStep.count(report.pageCount, "page") + ", "
                                        + BuildStep.count(prepared.files.count, "file")))
        let checkStarted = ContinuousClock.now
        addCheck(prepared.checker.check(brokenLinks: broken), to: &report, since: checkStarted)
        return report
    }

    /// Loads, renders, checks and, only when there is no error at all, brings the output folder
    /// up to date: nothing when no input changed, only what changed when the build cache knows
    /// the folder, otherwise the whole folder replaced at once. Every way gives the same bytes.
    public func build() -> BuildReport {
        BuildLock.holding(options.outputDirectory) { buildHoldingTheLock() }
    }

    /// A site loaded and planned: every output file as a job or a copy, nothing rendered yet.
    struct Prepared {
        var site: Site
        var files: [PlannedFile]
        var themeDirectory: URL
        var themeDigest: ContentDigest
        var now: EventDate
        var checker: SiteChecker
        /// Set when `files` holds only the files of this scope.
        var scope: PlanScope?
    }

    /// `load`, then `plan`, as `check` does.
    func prepare(parseCache: (any ParseResultCache)?) -> (report: BuildReport, prepared: Prepared?) {
        let imageHeaders = ImageHeaderReader()
        let (report, site) = load(parseCache: parseCache, imageHeaders: imageHeaders)
        guard let site else { return (report, nil) }
        return plan(site, report: report, imageHeaders: imageHeaders)
    }

    /// The content folder read into a site (nil on any error), with its diagnostics and step.
    /// `imageHeaders`: made for one build (files change between builds) and given to `plan` too.
    func load(parseCache: (any ParseResultCache)?, imageHeaders: ImageHeaderReader) -> (report: BuildReport, site: Site?) {
        let started = ContinuousClock.now
        let loaded = SiteLoader(contentDirectory: options.contentDirectory, displayBase: displayBase,
                                cache: parseCache, imageHeaders: imageHeaders).load()
        var report = BuildReport(diagnostics: loaded.diagnostics)
        guard let site = loaded.site, report.succeeded else { return (report, nil) }
        report.steps.append(BuildStep(name: "load", duration: ContinuousClock.now - started, detail: Self.describe(site)))
        return (report, site)
    }

    /// Every output file of `site` as a job or a copy. `scope`: given the reference day and the
    /// theme's digest, which files to plan, or nil for all of them.
    func plan(_ site: Site, report: BuildReport, imageHeaders: ImageHeaderReader,
              scope: ((_ now: EventDate, _ themeDigest: ContentDigest) -> PlanScope?)? = nil)
        -> (report: BuildReport, prepared: Prepared?) {
        let clock = ContinuousClock()
        var report = report
        var site = site
        do throws(BuildError) {
            let started = clock.now
            site = try applyOptions(to: site)
            let themeDirectory = self.themeDirectory(for: site)
            let loadedTheme = try themeLoader.load(from: themeDirectory)
            let theme = try compileTheme(loadedTheme)
            site.config.words = try words(of: loadedTheme, language: site.config.language)
            let now = options.now ?? Self.today(in: site.config.timeZone)
            let themeDigest = ThemeDigest.of(loadedTheme.theme)
            let imagesStarted = clock.now
            let images = publishImages(of: site, theme: loadedTheme.theme, imageHeaders: imageHeaders)
            report.diagnostics = (report.diagnostics + images.diagnostics).sorted()
            guard images.errors.isEmpty else { throw BuildError(images.errors.joined(separator: "\n")) }
            guard report.succeeded else { return (report, nil) }
            site = images.site
            report.steps.append(BuildStep(name: "images", duration: clock.now - imagesStarted,
                                          detail: "\(images.made) made, \(images.reused) from the cache"))
            let context = BuildContext(now: now, extraBodyHTML: options.extraBodyHTML)
            var planScope = scope?(now, themeDigest)
            var jobs = SiteRenderer.jobs(site, theme: theme, context: context, only: planScope?.paths)
            if let narrowed = planScope, jobs.count != narrowed.paths.count {
                // A file of the scope that the site no longer makes: the scope is wrong, plan them all.
                planScope = nil
                jobs = SiteRenderer.jobs(site, theme: theme, context: context)
            }
            let files: [PlannedFile]
            if let planScope {
                files = jobs.map { PlannedFile(path: $0.path, source: .job($0)) }
                report.fileCount = planScope.existing.count
                report.pageCount = planScope.existing.count { $0.hasSuffix(".html") } - site.staticFiles.count { $0.hasSuffix(".html") }
            } else {
                let published = Set(site.images.keys.map { String($0.dropFirst()) })
                files = try merge(jobs, staticFiles: site.staticFiles.filter { !published.contains($0) }, images: images.files)
                report.fileCount = files.count
                report.pageCount = jobs.count { $0.path.hasSuffix(".html") }
            }
            report.eventCount = site.editions.count { $0.date.precision != .month }
            report.feedItemCount = min(site.config.feedItems, site.editions.count + site.news.count)
            // Diagnostic paths of content files, by concatenation: URLs are slow by the thousand.
            let contentPrefix = options.contentDirectory.standardizedFileURL.path == displayBase.standardizedFileURL.path
                ? "" : relative(options.contentDirectory) + "/"
            let checker = SiteChecker(site: site, now: now, files: sourceFiles,
                                      existing: Set(planScope?.existing ?? files.map(\.path)),
                                      contentPath: { contentPrefix + $0 },
                                      themeLabel: relative(themeDirectory.appendingPathComponent("templates")),
                                      injectedHTML: options.extraBodyHTML)
            let planned = planScope.map { "\($0.paths.count) of " + BuildStep.count($0.existing.count, "file")
                + " (only bodies changed)" } ?? BuildStep.count(files.count, "file")
            report.steps.append(BuildStep(name: "plan", duration: clock.now - started, detail: planned))
            return (report, Prepared(site: site, files: files, themeDirectory: themeDirectory,
                                     themeDigest: themeDigest, now: now, checker: checker, scope: planScope))
        } catch {
            report.errors.append(error.description)
            return (report, nil)
        }
    }

    /// Adds the site checks' diagnostics and their step to the report.
    func addCheck(_ found: [Diagnostic], to report: inout BuildReport, since started: ContinuousClock.Instant) {
        report.diagnostics = (report.diagnostics + found).sorted()
        report.steps.append(BuildStep(name: "check", duration: ContinuousClock.now - started,
                                      detail: BuildStep.count(found.filter(\.isError).count, "error") + ", "
                                        + BuildStep.count(found.filter { !$0.isError }.count, "warning")))
    }

    var themeLoader: ThemeLoader {
        let standIn = displayBase.appendingPathComponent("themes").appendingPathComponent(EmbeddedTheme.name)
        return ThemeLoader(fallbackThemes: displayBase.appendingPathComponent("themes"),
                           embeddedStandIn: options.themeDirectory == nil ? standIn : nil, displayPath: relative)
    }

    func themeDirectory(for site: Site) -> URL {
        options.themeDirectory ?? displayBase.appendingPathComponent("themes").appendingPathComponent(site.config.theme)
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

    /// The theme's words in the site's language; an error when the theme has no strings file for
    /// it, or lacks a word that kerne itself writes (titles, dates, feed and calendar phrases).
    private func words(of loaded: LoadedTheme, language: String) throws(BuildError) -> InterfaceWords {
        let folder = relative(loaded.directory.appendingPathComponent("strings"))
        guard let words = ThemeWords.words(from: loaded.theme.strings, language: language) else {
            let known = loaded.theme.strings.keys.sorted().joined(separator: ", ")
            throw BuildError("\(folder): error: the theme has no words for the language '\(language)' of site.yml "
                             + "(it has: \(known.isEmpty ? "none" : known)); add \(folder)/\(ThemeWords.languages(for: language).last ?? language).yml")
        }
        let missing = InterfaceWordKeys.required.filter { words.entries[$0] == nil }
        guard missing.isEmpty else {
            throw BuildError("\(folder): error: no text for " + missing.map { "'\($0)'" }.joined(separator: ", ")
                             + " in the language '\(language)'")
        }
        return words
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

    /// `<cache root>/images/`, shared by every output folder; nil without any cache.
    var imageCache: ImageCache? {
        (options.imageCacheRoot ?? options.cacheRoot).map { ImageCache(directory: $0.appendingPathComponent("images")) }
    }

    /// The photos and cards of `site`, made or read back from `<cache root>/images/`.
    private func publishImages(of site: Site, theme: Theme, imageHeaders: ImageHeaderReader) -> ImagePublisher.Published {
        ImagePublisher(staticDirectory: options.contentDirectory.appendingPathComponent("static"),
                       cache: imageCache,
                       theme: theme, displayPath: relative, imageHeaders: imageHeaders).publish(site)
    }

    /// Generated files plus `content/static/` and the images made for the site; a static file
    /// or an image may not take a generated file's place.
    private func merge(_ jobs: [RenderJob], staticFiles: [String],
                       images: [(path: String, bytes: [UInt8])]) throws(BuildError) -> [PlannedFile] {
        let staticDirectory = options.contentDirectory.appendingPathComponent("static")
        var clashes: [String] = []
        for path in staticFiles where Self.isGenerated(path, by: jobs) || path == OutputWriter.markerName {
            clashes.append("\(relative(staticDirectory.appendingPathComponent(path))): error: this static file would replace the generated '\(path)'; rename or move it")
        }
        let staticSet = Set(staticFiles)
        for image in images where Self.isGenerated(image.path, by: jobs) || staticSet.contains(image.path) {
            clashes.append("error: the image '\(image.path)' made for the site would replace a file of the same name; rename it")
        }
        guard clashes.isEmpty else { throw BuildError(clashes.joined(separator: "\n")) }
        let copies = staticFiles.map { PlannedFile(path: $0, source: .copy(staticDirectory.appendingPathComponent($0))) }
        let made = images.map { PlannedFile(path: $0.path, source: .bytes($0.bytes)) }
        // Both sorted by path, merged in one pass: the jobs are tens of thousands, the static files few.
        var files: [PlannedFile] = []
        files.reserveCapacity(jobs.count + copies.count + made.count)
        var jobIndex = 0
        for file in (copies + made).sorted(by: { $0.path < $1.path }) {
            while jobIndex < jobs.count, jobs[jobIndex].path < file.path {
                files.append(PlannedFile(path: jobs[jobIndex].path, source: .job(jobs[jobIndex])))
                jobIndex += 1
            }
            files.append(file)
        }
        for job in jobs[jobIndex...] { files.append(PlannedFile(path: job.path, source: .job(job))) }
        return files
    }

    /// Whether one of `jobs` (sorted by path, as `SiteRenderer.jobs` gives them) makes `path`.
    private static func isGenerated(_ path: String, by jobs: [RenderJob]) -> Bool {
        var low = 0
        var high = jobs.count
        while low < high {
            let middle = (low + high) / 2
            if jobs[middle].path < path { low = middle + 1 } else { high = middle }
        }
        return low < jobs.count && jobs[low].path == path
    }

    func relative(_ url: URL) -> String {
        let base = displayBase.standardizedFileURL.path + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }
}
