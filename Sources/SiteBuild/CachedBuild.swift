import Foundation
import SiteModel
import SiteRender
import SiteSource

/// `kerne build`, with the build cache when `options.cacheRoot` is set (see `BuildCache`): it
/// stops early when no input changed and the output folder is as the last build left it; it
/// renders and rewrites only what changed when the cache knows the folder; otherwise it writes
/// the whole site. Every way gives the same bytes, and the output is replaced only when the
/// build has no error.
struct CachedBuild {
    let builder: SiteBuilder
    var options: BuildOptions { builder.options }

    func run() -> BuildReport {
        let (report, values) = runKeepingValues()
        // The site and its files (hundreds of thousands of objects) are freed on another thread:
        // neither the end of the command nor the next build of `kerne serve` waits for that.
        BackgroundRelease.hand(over: values)
        return report
    }

    /// `run`, also handing back the big values it made, so that they are not freed here.
    private func runKeepingValues() -> (BuildReport, [Any]) {
        let started = ContinuousClock.now
        var values: [Any] = []
        var timer = PhaseTimer()
        let cache = options.cacheRoot.map { BuildCache(root: $0, outputDirectory: options.outputDirectory) }
        let previous = cache?.loadManifest()
        timer.lap("read the manifest")
        // Whether someone touched the output since the last build: its thousands of `lstat`s are
        // made on another core while the content is read and the site planned.
        let outputDirectory = options.outputDirectory
        let outputState = previous.map { manifest in
            BackgroundValue { OutputTree.check(manifest, in: outputDirectory, onOneThread: true) }
        }
        let snapshot = cache.map { _ in
            InputSnapshot(contentDirectory: options.contentDirectory,
                          previous: previous.map { ($0.contentFiles, $0.contentScanStarted) })
        }
        timer.lap("hash the content")
        if let previous, let snapshot, let outputState,
           var report = reportIfUnchanged(previous, snapshot: snapshot, outputState: outputState) {
            report.steps.append(BuildStep(name: "cache", duration: ContinuousClock.now - started,
                                          detail: "no input changed, the output is as the last build left it"))
            return (report, values)
        }
        let pack = cache?.parsePack(trusted: previous?.packStamp)
        timer.lap("read the parse cache")
        // The shape is recorded by every build, so that the next one may plan only what reads a changed body.
        var shapeDigest: ContentDigest?
        let scope = { (listDigests: [String: ContentDigest], now: EventDate, themeDigest: ContentDigest) -> PlanScope? in
            guard let snapshot else { return nil }
            let shape = snapshot.shapeDigest(listDigests: listDigests)
            shapeDigest = shape
            guard let previous, let outputState else { return nil }
            return PlanScope.ofBodyChanges(previous: previous, snapshot: snapshot, shapeDigest: shape,
                                           optionsDigest: self.optionsDigest(now: now), themeDigest: themeDigest,
                                           outputState: outputState.value)
        }
        var (report, prepared) = builder.prepare(parseCache: pack, knownDigests: snapshot?.files ?? [:], scope: scope)
        timer.lap("load and plan")
        let packStamp = pack.flatMap { cache?.save($0) }
        timer.lap("save the parse cache")
        guard report.succeeded, var prepared else { return (report, values) }
        // Taken out, so that setting the keys below does not copy all the planned files first.
        var planned = prepared.files
        prepared.files = []
        values.append(prepared)
        let optionsDigest = optionsDigest(now: prepared.now)
        if let snapshot {
            let keys = FileKeys(snapshot: snapshot, site: prepared.site, listDigests: prepared.listDigests,
                                optionsDigest: optionsDigest,
                                themeDigest: prepared.themeDigest)
            let computed = keys.keys(for: planned)
            for index in planned.indices { planned[index].key = computed[index] }
        }
        // The files of a scope, then the others as the last build left them.
        if prepared.scope != nil, let previous { planned = Self.keepingTheRest(of: previous, planned: planned) }
        timer.lap("compute keys")
        var unchanged: UnchangedOutput?
        do throws(BuildError) {
            try OutputGuard(options: options, displayBase: builder.displayBase).check()
            cache?.forgetManifest()
            (report.writtenCount, unchanged) = try write(planned, previous: previous, outputState: outputState?.value,
                                                         checker: prepared.checker, report: &report)
        } catch {
            report.errors.append(error.description)
            return (report, values + [planned])
        }
        timer.lap("render, check and write")
        values.append(planned)
        guard report.succeeded, let cache, let snapshot else { return (report, values) }
        // `planned` is sorted: the marker goes in its place, without sorting thousands of paths again.
        var recorded = planned.map { (path: $0.path, key: $0.key) }
        let markerPlace = recorded.firstIndex { $0.path > OutputWriter.markerName } ?? recorded.count
        recorded.insert((path: OutputWriter.markerName, key: FileKeys.markerKey), at: markerPlace)
        if var entries = OutputTree.entries(in: options.outputDirectory, files: recorded, unchanged: unchanged) {
            Self.record(reads: planned, of: snapshot, in: &entries.files)
            cache.save(BuildManifest(
                optionsDigest: optionsDigest, contentDigest: snapshot.treeDigest,
                contentFiles: snapshot.records, contentScanStarted: snapshot.started, shapeDigest: shapeDigest,
                themeDirectory: prepared.themeDirectory.path, themeDigest: prepared.themeDigest,
                timeZoneIdentifier: prepared.site.config.timeZoneIdentifier, packStamp: packStamp,
                summary: .init(diagnostics: report.diagnostics, pageCount: report.pageCount, fileCount: report.fileCount,
                               eventCount: report.eventCount, feedItemCount: report.feedItemCount),
                files: entries.files, folders: entries.folders))
        }
        timer.lap("save the manifest")
        BuildCache.pruneAbandoned(in: cache.directory.deletingLastPathComponent())
        values.append(snapshot)
        return (report, values)
    }

    /// Every file of the last build, sorted by path: those `planned` (a `PlanScope`'s, sorted) as
    /// planned, the others kept with the key and reads the last build recorded.
    private static func keepingTheRest(of previous: BuildManifest, planned: [PlannedFile]) -> [PlannedFile] {
        var files: [PlannedFile] = []
        files.reserveCapacity(previous.files.count)
        var next = 0
        for entry in previous.files where entry.path != OutputWriter.markerName {
            if next < planned.count, planned[next].path == entry.path {
                files.append(planned[next])
                next += 1
            } else {
                files.append(PlannedFile(path: entry.path, source: .kept(reads: entry.reads.map { previous.contentFiles[$0].path }),
                                         key: entry.key))
            }
        }
        return files
    }

    /// Sets the reads of each output entry from `planned`, both sorted by path (the entries have
    /// the marker too): positions in the snapshot's records of the files it reads whole.
    private static func record(reads planned: [PlannedFile], of snapshot: InputSnapshot,
                               in entries: inout [BuildManifest.OutputEntry]) {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(snapshot.records.count)
        for (position, record) in snapshot.records.enumerated() { positions[record.path] = position }
        var next = 0
        for index in entries.indices {
            while next < planned.count, planned[next].path < entries[index].path { next += 1 }
            guard next < planned.count, planned[next].path == entries[index].path else { continue }
            let reads = planned[next].reads
            // A file read whole but missing from the records is one the snapshot could not read:
            // reading everything makes the next rebuild plan this file again.
            let known = reads.compactMap { positions[$0] }
            entries[index].reads = known
            entries[index].readsEverything = known.count != reads.count
            if case .job(let job) = planned[next].source, job.sources.everything { entries[index].readsEverything = true }
        }
    }

    /// Renders, checks and, without errors, puts in place: in place when the last build's record
    /// of the folder still holds, else the whole site at once. Returns how many files got new bytes
    /// and, for an update in place, what it left as it was.
    private func write(_ planned: [PlannedFile], previous: BuildManifest?, outputState: OutputTree.State?,
                       checker: SiteChecker, report: inout BuildReport)
        throws(BuildError) -> (written: Int, unchanged: UnchangedOutput?) {
        let maker = FileMaker(links: checker.links)
        let started = ContinuousClock.now
        if let previous, let state = outputState, state.foldersIntact, !state.touchedFiles.contains(OutputWriter.markerName),
           let comparison = OutputComparison(previous: previous.files, planned: planned) {
            // Pages not rendered again were checked against the last site; that holds only if
            // every file the last site had is still there.
            var isStale = [Bool](repeating: !comparison.removed.isEmpty, count: planned.count)
            for position in comparison.changedKeys { isStale[position] = true }
            if !state.touchedFiles.isEmpty {
                for (position, file) in planned.enumerated() where state.touchedFiles.contains(file.path) {
                    isStale[position] = true
                }
            }
            let stale = planned.indices.filter { isStale[$0] }.map { planned[$0] }
            let folders = comparison.samePaths ? previous.folders.map(\.path) : OutputTree.folders(of: planned.map(\.path))
            let updater = OutputUpdater(outputDirectory: options.outputDirectory)
            let counter = ProgressCounter(total: stale.count, report: builder.progress)
            let update = try updater.prepare(stale: stale, removedFiles: comparison.removed, folders: folders,
                                             previous: previous, maker: maker, progress: counter)
            let committed = try checkThenPutInPlace(
                broken: update.broken, checker: checker, renderStarted: started,
                renderDetail: "\(stale.count) of \(BuildStep.count(planned.count, "file")) rendered again",
                writeDetail: "\(update.changed.count) changed, " + BuildStep.count(update.removedFiles.count, "file") + " removed",
                report: &report, discard: { updater.discard(update) }, commit: { () throws(BuildError) in try updater.commit(update) })
            guard committed else { return (0, nil) }
            // A swapped-in site is all new folders, and linking changed every file's status time.
            guard update.staging == nil else { return (update.changed.count, nil) }
            return (update.changed.count,
                    UnchangedOutput(previous: previous, rendered: stale.map(\.path), removed: update.removedFiles,
                                    folders: folders, newFolders: update.newFolders, removedFolders: update.removedFolders))
        }
        let writer = OutputWriter(outputDirectory: options.outputDirectory)
        let counter = ProgressCounter(total: planned.count, report: builder.progress)
        let staged = try writer.stage(planned, maker: maker, progress: counter)
        let committed = try checkThenPutInPlace(
            broken: staged.broken, checker: checker, renderStarted: started,
            renderDetail: BuildStep.count(report.pageCount, "page") + ", " + BuildStep.count(planned.count, "file"),
            writeDetail: BuildStep.count(planned.count, "file") + ", \(staged.written) changed",
            report: &report, discard: { writer.discard(staged) }, commit: { () throws(BuildError) in try writer.commit(staged) })
        return (committed ? staged.written : 0, nil)
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
        builder.addCheck(checker.check(brokenLinks: broken), to: &report, since: started)
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
    private func reportIfUnchanged(_ previous: BuildManifest, snapshot: InputSnapshot,
                                   outputState: BackgroundValue<OutputTree.State>) -> BuildReport? {
        guard previous.contentDigest == snapshot.treeDigest else { return nil }
        let now = options.now ?? SiteBuilder.today(in: TimeZone(identifier: previous.timeZoneIdentifier) ?? .gmt)
        guard previous.optionsDigest == optionsDigest(now: now),
              let theme = try? builder.themeLoader.load(from: URL(fileURLWithPath: previous.themeDirectory)),
              SiteBuilder.digest(of: theme.theme) == previous.themeDigest else { return nil }
        let state = outputState.value
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
