import Concurrency
import Foundation
import IncrementalBuild
import SiteRender
import SiteSource
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Brings an output folder made by the last build up to date: renders only the files whose key
/// changed (or that someone touched) and, when one of them has new bytes or a file goes, stages
/// the whole new site beside the output: new bytes written, every other file hard-linked from the
/// output (same bytes, inode and modification time, so deploys stay small). Only when the site
/// checks passed is the staged folder exchanged with the output, in one step (`OutputWriter.put`);
/// a failure, an interruption or a kill before that leaves the output as it was.
struct OutputUpdater {
    let outputDirectory: URL

    /// An update ready to be put in place.
    struct Prepared {
        /// Files with new bytes.
        let changed: [String]
        let newFolders: [String]
        let removedFiles: [String]
        /// Deepest first.
        let removedFolders: [String]
        let broken: [BrokenReferences]
        /// The staged new site; nil when nothing changes, so that the output is not touched at all.
        let staging: OutputWriter.Folders?
        /// For a staged site, the stamps its manifest may take without an `lstat`.
        let knownStamps: KnownStamps?
        /// What the spare holds once this update is in place; nil when not known.
        let spare: SpareRecord?
    }

    /// `stale`: the files to render again; `removedFiles`: files of the last build the new site
    /// no longer has; `folders`: every folder of the new site, sorted; `spare`: the last build's
    /// record of the spare, when its folders were found as recorded.
    func prepare(stale: [PlannedFile], removedFiles: [String], folders: [String], previous: BuildManifest,
                 spare: SpareRecord?, maker: FileMaker, progress: ProgressCounter) throws(BuildError) -> Prepared {
        let writer = OutputWriter(outputDirectory: outputDirectory)
        let root = outputDirectory.path
        let previousFolders = previous.folders.map(\.path)
        let newFolders = OutputTree.paths(folders, missingFrom: previousFolders)
        let removedFolders = Array(OutputTree.paths(previousFolders, missingFrom: folders).reversed())
        let staged = try writer.begin()
        let staging = staged.staging.path
        do throws(BuildError) {
            var pruned = SpareTree.Pruned(files: .none, missingFolders: folders)
            if SpareTree.take(beside: outputDirectory, into: staging) {
                if let spare {
                    pruned = SpareTree.prune(staging, as: spare, removedFiles: removedFiles, folders: folders)
                } else {
                    let newFiles = Set(previous.files.map(\.path)).subtracting(removedFiles).union(stale.map(\.path))
                    pruned = SpareTree.prune(staging, files: newFiles, folders: folders)
                }
            }
            let madeFolders = pruned.missingFolders
            try writer.makeFolders(madeFolders, in: staging)
            let outcomes = ConcurrentMap.map(stale, startingWith: \.isLong) { file -> Result<(String?, BrokenReferences?), BuildError> in
                defer { progress.increment() }
                do throws(BuildError) {
                    let made = try maker.make(file)
                    let written = WriteTransaction.shared.file { () -> Bool? in
                        if FileBytes.holds(root + "/" + file.path, made.bytes) { return false }
                        unlink(staging + "/" + file.path)
                        return FileBytes.create(staging + "/" + file.path, made.bytes) ? true : nil
                    }
                    guard let written else { throw BuildError("interrupted") }
                    guard let isNew = written else { throw writer.failure(FileBytes.lastError()) }
                    return .success((isNew ? file.path : nil, made.broken))
                } catch {
                    return .failure(error)
                }
            }
            var changed: [String] = []
            var broken: [BrokenReferences] = []
            for outcome in outcomes {
                let (path, found) = try outcome.get()
                if let path { changed.append(path) }
                if let found, !found.references.isEmpty { broken.append(found) }
            }
            guard !changed.isEmpty || !removedFiles.isEmpty || !newFolders.isEmpty || !removedFolders.isEmpty else {
                WriteTransaction.shared.step { SpareTree.keep(staged.staging, beside: outputDirectory) }
                WriteTransaction.shared.end()
                let spareKept = pruned.changedFolders.isEmpty && madeFolders.isEmpty
                return Prepared(changed: [], newFolders: [], removedFiles: [], removedFolders: [], broken: broken,
                                staging: nil, knownStamps: nil, spare: spareKept ? spare : nil)
            }
            // Linked only now, once something is known to change: a link changes the linked
            // file's status time, which the manifest records.
            let rendered = Set(stale.map(\.path))
            var linked: [String] = []
            for entry in previous.files where !pruned.holds(entry) || rendered.contains(entry.path) {
                linked.append(entry.path)
            }
            try linkUnchanged(linked, except: [removedFiles, changed], into: staging, pruned: pruned, writer: writer)
            let redone = rendered.union(linked)
            var changedFolders = pruned.changedFolders.union(madeFolders).union([""])
            for path in redone.union(madeFolders) { changedFolders.insert(OutputTree.parent(of: path)) }
            let knownStamps = KnownStamps(files: previous.files, redoneFiles: redone, folderStamps: pruned.recordedFolders,
                                          changedFolders: changedFolders, folders: folders)
            return Prepared(changed: changed, newFolders: newFolders, removedFiles: removedFiles,
                            removedFolders: removedFolders, broken: broken, staging: staged, knownStamps: knownStamps,
                            spare: SpareTree.record(of: previous, rendered: rendered, removed: removedFiles))
        } catch {
            writer.discard(staged)
            throw error
        }
    }

    /// Hard-links every path of `paths` (sorted) but those of `except` (each sorted) from the
    /// output into the staging folder, on every core, replacing what `pruned` left there.
    private func linkUnchanged(_ paths: [String], except: [[String]], into staging: String, pruned: SpareTree.Pruned,
                               writer: OutputWriter) throws(BuildError) {
        var kept = paths
        for excluded in except where !excluded.isEmpty { kept = OutputTree.paths(kept, missingFrom: excluded) }
        let root = outputDirectory.path
        let chunk = 256
        let outcomes = ConcurrentMap.map(Array(stride(from: 0, to: kept.count, by: chunk))) { start -> (done: Bool?, error: String) in
            WriteTransaction.shared.file { () -> (Bool?, String) in
                for path in kept[start..<min(kept.count, start + chunk)] {
                    if pruned.mayHold(path) { unlink(staging + "/" + path) }
                    if link(root + "/" + path, staging + "/" + path) != 0 { return (false, "'\(path)': " + FileBytes.lastError()) }
                }
                return (true, "")
            } ?? (nil, "")
        }
        for outcome in outcomes {
            guard let done = outcome.done else { throw BuildError("interrupted") }
            guard done else { throw writer.failure(outcome.error) }
        }
    }

    /// Exchanges the staged site with the output, then removes the previous site.
    func commit(_ prepared: Prepared) throws(BuildError) {
        let writer = OutputWriter(outputDirectory: outputDirectory)
        guard let staging = prepared.staging else { return WriteTransaction.shared.end() }
        try writer.put(staging)
        SpareTree.keep(staging.staging, beside: outputDirectory)
    }

    /// Removes the staged site; the output stays as it was.
    func discard(_ prepared: Prepared) {
        if let staging = prepared.staging {
            OutputWriter(outputDirectory: outputDirectory).discard(staging)
        } else {
            WriteTransaction.shared.end()
        }
    }
}
