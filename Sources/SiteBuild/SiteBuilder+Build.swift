import ContentHash
import Foundation
import Images
import IncrementalBuild
import SiteModel
import SiteRender
import SiteSource

/// `kerne build`, with the build cache when `options.cacheRoot` is set (see `BuildCache`).
extension SiteBuilder {
    /// `build()` once the output folder's lock is held.
    func buildHoldingTheLock() -> BuildReport {
        let started = ContinuousClock.now
        var timer = PhaseTimer()
        let state = options.cacheRoot.map { CacheState(root: $0, options: options, timer: &timer) }
        if let cached = state, var report = reportIfUnchanged(cached) {
            report.steps.append(BuildStep(name: "cache", duration: ContinuousClock.now - started,
                                          detail: "no input changed, the output is as the last build left it"))
            // Freed on this thread, the manifest and the content's records cost 4.5 ms of 19.
            BackgroundRelease.release((consume state, consume cached))
            return report
        }
        let parseCache = state?.parseCache()
        timer.lap("read the parse cache")
        let imageHeaders = ImageHeaderReader()
        var (loadReport, loaded) = load(parseCache: parseCache, imageHeaders: imageHeaders)
        // Saved whatever the load found: the next build reuses what this one parsed.
        let packStamp = parseCache.flatMap { state?.cache.save($0.pack) }
        // Taken out of the optionals, so that the values freed at the end have one reference each.
        guard let site = loaded.take() else { return loadReport }
        // Recorded by every build, so that the next one may plan only what reads a changed body.
        let shapeDigest = parseCache.map { state?.snapshot.shapeDigest(listDigests: $0.loadedListDigests) } ?? nil
        var (report, planResult) = plan(site, report: loadReport, imageHeaders: imageHeaders) { now, themeDigest in
            shapeDigest.flatMap { state?.scope(shapeDigest: $0, optionsDigest: optionsDigest(now: now), themeDigest: themeDigest) }
        }
        timer.lap("load and plan")
        guard report.succeeded, let prepared = planResult.take() else { return report }
        let planned = keyed(prepared, state: state, listDigests: parseCache?.loadedListDigests ?? [:])
        timer.lap("compute keys")
        var written = WriteOutcome(count: 0)
        do throws(BuildError) {
            try OutputGuard(options: options, displayBase: displayBase).check()
            state?.cache.forgetManifest()
            written = try write(planned, state: state, checker: prepared.checker, report: &report)
            report.writtenCount = written.count
        } catch {
            report.errors.append(error.description)
            return report
        }
        timer.lap("render, check and write")
        if report.succeeded, let state {
            record(planned, of: prepared, in: state, shapeDigest: shapeDigest, packStamp: packStamp, written: written,
                   report: report)
        }
        timer.lap("save the manifest")
        // Only after a build that succeeded: a failed one may not have used all it needs.
        if report.succeeded { imageCache?.pruning.pruneIfDue() }
        // The last references to the site, the plan and the caches. Freed on this thread, they
        // cost 4 ms of a 43 ms one-edit rebuild at 1,000 editions (A/B with hyperfine).
        BackgroundRelease.release((consume site, consume prepared, consume planned, consume state, consume parseCache,
                                   consume written))
        return report
    }

    /// The planned files with their keys (`FileKeys`); for a scope, with the other files of the
    /// last build kept as they are. Without a cache, as planned.
    private func keyed(_ prepared: Prepared, state: CacheState?, listDigests: [String: ContentDigest]) -> [PlannedFile] {
        guard let state else { return prepared.files }
        let keys = FileKeys(snapshot: state.snapshot, site: prepared.site, listDigests: listDigests,
                            optionsDigest: optionsDigest(now: prepared.now), themeDigest: prepared.themeDigest)
        var planned = prepared.files
        for (index, key) in keys.keys(for: planned).enumerated() { planned[index].key = key }
        guard prepared.scope != nil, let previous = state.previous else { return planned }
        return PlannedFile.keepingTheRest(of: previous, planned: planned)
    }

    /// Saves the manifest of a build that put its files in place: what it read, what it wrote.
    private func record(_ planned: [PlannedFile], of prepared: Prepared, in state: CacheState, shapeDigest: ContentDigest?,
                        packStamp: FileStamp?, written: WriteOutcome, report: BuildReport) {
        defer { BuildCache.pruneAbandoned(in: state.cache.directory.deletingLastPathComponent()) }
        guard var entries = OutputTree.entries(in: options.outputDirectory, files: PlannedFile.recorded(planned),
                                               known: written.knownStamps) else { return }
        state.snapshot.record(reads: planned, in: &entries.files)
        state.cache.save(BuildManifest(
            optionsDigest: optionsDigest(now: prepared.now), contentDigest: state.snapshot.treeDigest,
            contentFiles: state.snapshot.records, contentScanStarted: state.snapshot.started, shapeDigest: shapeDigest,
            themeDirectory: prepared.themeDirectory.path, themeDigest: prepared.themeDigest,
            timeZoneIdentifier: prepared.site.config.timeZoneIdentifier, packStamp: packStamp,
            summary: .init(diagnostics: report.diagnostics, pageCount: report.pageCount, fileCount: report.fileCount,
                           eventCount: report.eventCount, feedItemCount: report.feedItemCount),
            files: entries.files, folders: entries.folders,
            spare: written.spare.flatMap { SpareTree.stampingItsFolder($0, beside: options.outputDirectory) }))
    }

    /// What `write` did, for the manifest.
    private struct WriteOutcome {
        /// How many files got new bytes.
        var count: Int
        var knownStamps: KnownStamps?
        var spare: SpareRecord?
    }

    /// Renders, checks and, without errors, puts in place: only the files that changed when the
    /// last build's record of the folder still holds, else the whole site.
    private func write(_ planned: [PlannedFile], state cacheState: CacheState?, checker: SiteChecker,
                       report: inout BuildReport) throws(BuildError) -> WriteOutcome {
        let maker = FileMaker(links: checker.links)
        let started = ContinuousClock.now
        if let previous = cacheState?.previous, let state = cacheState?.outputState?.value, state.foldersIntact,
           !state.touchedFiles.contains(OutputMarker.name),
           let comparison = OutputComparison(previous: previous.files, planned: planned) {
            let stale = comparison.stale(in: planned, touched: state.touchedFiles)
            let folders = comparison.samePaths ? previous.folders.map(\.path) : OutputTree.folders(of: planned.map(\.path))
            let updater = OutputUpdater(outputDirectory: options.outputDirectory)
            let counter = ProgressCounter(total: stale.count, report: progress)
            let update = try updater.prepare(stale: stale, removedFiles: comparison.removed, folders: folders,
                                             previous: previous, spare: state.spareAsRecorded ? previous.spare : nil,
                                             maker: maker, progress: counter)
            let committed = try checkThenPutInPlace(
                broken: update.broken, checker: checker, renderStarted: started,
                renderDetail: "\(stale.count) of \(BuildStep.count(planned.count, "file")) rendered again",
                writeDetail: "\(update.changed.count) changed, " + BuildStep.count(update.removedFiles.count, "file") + " removed",
                report: &report, discard: { updater.discard(update) }, commit: { () throws(BuildError) in try updater.commit(update) })
            guard committed else { return WriteOutcome(count: 0) }
            guard update.staging == nil else {
                return WriteOutcome(count: update.changed.count, knownStamps: update.knownStamps, spare: update.spare)
            }
            let known = KnownStamps(inPlaceOver: previous, rendered: stale.map(\.path), removed: update.removedFiles,
                                    folders: folders, newFolders: update.newFolders, removedFolders: update.removedFolders)
            return WriteOutcome(count: update.changed.count, knownStamps: known, spare: update.spare)
        }
        let writer = OutputWriter(outputDirectory: options.outputDirectory)
        let counter = ProgressCounter(total: planned.count, report: progress)
        let staged = try writer.stage(planned, maker: maker, progress: counter)
        let committed = try checkThenPutInPlace(
            broken: staged.broken, checker: checker, renderStarted: started,
            renderDetail: BuildStep.count(report.pageCount, "page") + ", " + BuildStep.count(planned.count, "file"),
            writeDetail: BuildStep.count(planned.count, "file") + ", \(staged.written) changed",
            report: &report, discard: { writer.discard(staged) }, commit: { () throws(BuildError) in try writer.commit(staged) })
        return WriteOutcome(count: committed ? staged.written : 0)
    }

    /// What follows rendering, the same for both ways of writing: the render step is recorded,
    /// the site checks run, then the files are put in place, or dropped on any error. Returns
    /// whether they were put in place.
    private func checkThenPutInPlace(broken: [BrokenReferences], checker: SiteChecker,
                                     renderStarted: ContinuousClock.Instant, renderDetail: String, writeDetail: String,
                                     report: inout BuildReport, discard: () -> Void,
                                     commit: () throws(BuildError) -> Void) throws(BuildError) -> Bool {
        report.steps.append(BuildStep(name: "render", duration: ContinuousClock.now - renderStarted, detail: renderDetail))
        var started = ContinuousClock.now
        addCheck(checker.check(brokenLinks: broken), to: &report, since: started)
        guard report.succeeded else {
            discard()
            return false
        }
        started = ContinuousClock.now
        try commit()
        report.steps.append(BuildStep(name: "write", duration: ContinuousClock.now - started, detail: writeDetail))
        return true
    }

    /// The last build's report when nothing it depended on changed and its output is untouched.
    private func reportIfUnchanged(_ state: CacheState) -> BuildReport? {
        guard let previous = state.previous, previous.contentDigest == state.snapshot.treeDigest else { return nil }
        let now = options.now ?? SiteBuilder.today(in: TimeZone(identifier: previous.timeZoneIdentifier) ?? .gmt)
        guard previous.optionsDigest == optionsDigest(now: now),
              let theme = try? themeLoader.load(from: URL(fileURLWithPath: previous.themeDirectory)),
              ThemeDigest.of(theme.theme) == previous.themeDigest, state.outputUntouched else { return nil }
        var report = BuildReport(diagnostics: previous.summary.diagnostics)
        report.pageCount = previous.summary.pageCount
        report.fileCount = previous.summary.fileCount
        report.eventCount = previous.summary.eventCount
        report.feedItemCount = previous.summary.feedItemCount
        return report
    }

    /// Every option that changes the output or the report, kerne's identity and the reference day.
    private func optionsDigest(now: EventDate) -> ContentDigest {
        var hasher = ContentHasher()
        hasher.add(BuildCache.kerneIdentity)
        hasher.add(options.contentDirectory.standardizedFileURL.path)
        hasher.add(options.outputDirectory.standardizedFileURL.path)
        hasher.add(options.themeDirectory?.standardizedFileURL.path ?? "-")
        hasher.add(options.baseURL ?? "-")
        hasher.add(options.includeDrafts ? 1 : 0)
        hasher.add(options.extraBodyHTML)
        hasher.add(displayBase.standardizedFileURL.path)
        hasher.add(now.description)
        return hasher.finish()
    }
}
