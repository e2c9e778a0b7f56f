import Foundation
import SiteModel
import SiteRender
import SiteSource

/// `kerne build` with the build cache (see `BuildCache`): stops early when no input changed and
/// the output folder is as the last build left it; updates only what changed when the cache
/// knows the folder; otherwise writes the whole site. Every way gives the same bytes.
struct CachedBuild {
    let builder: SiteBuilder
    var options: BuildOptions { builder.options }

    func run() -> BuildReport {
        var timer = PhaseTimer()
        let cache = BuildCache(outputDirectory: options.outputDirectory)
        let previous = cache.loadManifest()
        timer.lap("read the cache manifest")
        let snapshot = InputSnapshot(contentDirectory: options.contentDirectory)
        timer.lap("hash the content")
        if let previous, let report = reportIfUnchanged(previous, snapshot: snapshot) {
            timer.lap("check the output")
            return report
        }
        let pack = cache.parsePack()
        timer.lap("read the parse cache")
        let (report, prepared) = builder.prepare(parseCache: pack)
        timer.lap("load and plan")
        cache.save(pack)
        timer.lap("save the parse cache")
        guard report.succeeded, let prepared else { return report }
        let optionsDigest = optionsDigest(now: prepared.now)
        let keys = FileKeys(snapshot: snapshot, site: prepared.site, optionsDigest: optionsDigest,
                            themeDigest: prepared.themeDigest)
        let planned = prepared.files.map { file in
            OutputUpdater.Planned(path: file.path, key: keys.key(for: file), source: file.source)
        }
        var result = report
        do throws(BuildError) {
            try OutputGuard(options: options).check()
            cache.forgetManifest()
            timer.lap("compute keys")
            result.writtenCount = try write(planned, previous: previous)
            timer.lap("render and write")
        } catch {
            result.errors.append(error.description)
            return result
        }
        let recorded = planned.map { (path: $0.path, key: $0.key) } + [(path: OutputWriter.markerName, key: FileKeys.markerKey)]
        if let entries = OutputTree.entries(in: options.outputDirectory, files: recorded.sorted { $0.path < $1.path }) {
            cache.save(BuildManifest(
                optionsDigest: optionsDigest, contentDigest: snapshot.treeDigest,
                themeDirectory: prepared.themeDirectory.path, themeDigest: prepared.themeDigest,
                timeZoneIdentifier: prepared.site.config.timeZoneIdentifier,
                summary: .init(diagnostics: result.diagnostics, pageCount: result.pageCount, fileCount: result.fileCount,
                               eventCount: result.eventCount, feedItemCount: result.feedItemCount),
                files: entries.files, folders: entries.folders))
        }
        timer.lap("save the manifest")
        return result
    }

    /// In place when the last build's record of the folder still holds, else the whole site at once.
    private func write(_ planned: [OutputUpdater.Planned], previous: BuildManifest?) throws(BuildError) -> Int {
        if let previous {
            let state = OutputTree.check(previous, in: options.outputDirectory)
            if state.foldersIntact, !state.touchedFiles.contains(OutputWriter.markerName),
               let written = OutputUpdater(outputDirectory: options.outputDirectory)
                .update(planned, previous: previous, touched: state.touchedFiles) {
                return written
            }
        }
        let files = planned.map { file -> (path: String, source: OutputWriter.Source) in
            switch file.source {
            case .job(let job): return (file.path, .job(job))
            case .copy(let url): return (file.path, .copy(url))
            }
        }
        return try OutputWriter(outputDirectory: options.outputDirectory).write(files)
    }

    /// The last build's report when nothing it depended on changed and its output is untouched.
    private func reportIfUnchanged(_ previous: BuildManifest, snapshot: InputSnapshot) -> BuildReport? {
        guard previous.contentDigest == snapshot.treeDigest else { return nil }
        let now = options.now ?? SiteBuilder.today(in: TimeZone(identifier: previous.timeZoneIdentifier) ?? .gmt)
        guard previous.optionsDigest == optionsDigest(now: now),
              let theme = try? ThemeLoader.load(from: URL(fileURLWithPath: previous.themeDirectory)),
              SiteBuilder.digest(of: theme) == previous.themeDigest else { return nil }
        let state = OutputTree.check(previous, in: options.outputDirectory)
        guard state.foldersIntact, state.touchedFiles.isEmpty else { return nil }
        var report = BuildReport(diagnostics: previous.summary.diagnostics)
        report.pageCount = previous.summary.pageCount
        report.fileCount = previous.summary.fileCount
        report.eventCount = previous.summary.eventCount
        report.feedItemCount = previous.summary.feedItemCount
        return report
    }

    /// Every option that changes the output or the report, kerne's identity and the reference day.
    private func optionsDigest(now: EventDate) -> ContentDigest {
        var hasher = DigestHasher()
        hasher.add(BuildCache.kerneIdentity)
        hasher.add(options.contentDirectory.standardizedFileURL.path)
        hasher.add(options.outputDirectory.standardizedFileURL.path)
        hasher.add(options.themeDirectory?.standardizedFileURL.path ?? "-")
        hasher.add(options.baseURL ?? "-")
        hasher.add(options.includeDrafts ? 1 : 0)
        hasher.add(options.extraBodyHTML)
        hasher.add(builder.displayBase.standardizedFileURL.path)
        hasher.add(now.description)
        return hasher.finish()
    }
}
