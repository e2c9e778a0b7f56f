import ContentHash
import Foundation
import IncrementalBuild

/// What the build cache knows as a build starts: the last build's manifest, whether someone
/// touched the output or its spare since (their thousands of `lstat`s made on another core while
/// the content is read and planned), and the content as it is now.
struct CacheState {
    let cache: BuildCache
    let previous: BuildManifest?
    let outputState: BackgroundValue<OutputTree.State>?
    let snapshot: InputSnapshot

    init(root: URL, options: BuildOptions, timer: inout PhaseTimer) {
        cache = BuildCache(root: root, outputDirectory: options.outputDirectory)
        let previous = cache.loadManifest()
        self.previous = previous
        timer.lap("read the manifest")
        let outputDirectory = options.outputDirectory
        outputState = previous.map { manifest in
            BackgroundValue {
                var state = OutputTree.check(manifest, in: outputDirectory, onOneThread: true)
                state.spareAsRecorded = state.foldersIntact
                    && manifest.spare.map { SpareTree.holds($0, beside: outputDirectory) } ?? false
                return state
            }
        }
        snapshot = InputSnapshot(contentDirectory: options.contentDirectory,
                                 previous: previous.map { ($0.contentFiles, $0.contentScanStarted) })
        timer.lap("hash the content")
    }

    /// Whether the output folder is as the last build left it (waits for the check).
    var outputUntouched: Bool {
        guard let state = outputState?.value else { return false }
        return state.foldersIntact && state.touchedFiles.isEmpty
    }

    /// The parse cache for this build's load.
    func parseCache() -> ParseCacheUse {
        cache.parsePack(trusted: previous?.packStamp).use(knownDigests: snapshot.files)
    }

    /// The files to plan again when only bodies changed (`PlanScope.ofBodyChanges`), else nil.
    func scope(shapeDigest: ContentDigest, optionsDigest: ContentDigest, themeDigest: ContentDigest) -> PlanScope? {
        guard let previous else { return nil }
        return PlanScope.ofBodyChanges(previous: previous, snapshot: snapshot, shapeDigest: shapeDigest,
                                       optionsDigest: optionsDigest, themeDigest: themeDigest,
                                       outputUntouched: outputUntouched)
    }
}
