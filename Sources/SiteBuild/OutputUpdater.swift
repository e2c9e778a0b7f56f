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

/// Brings an output folder made by the last build up to date in place: renders only the files
/// whose key changed (or that someone touched), and of those writes only the ones whose bytes
/// changed. New bytes go to temporary files beside their targets first; only when every file is
/// ready (and the site checks passed) are they renamed into place and the files the site no
/// longer has removed, in one step that an interruption waits for. A failure or an
/// interruption before that removes the temporary files: the output stays as it was.
struct OutputUpdater {
    static let temporarySuffix = ".kerne-tmp"

    let outputDirectory: URL

    /// An update ready to be put in place.
    struct Prepared {
        /// Files with new bytes, waiting as `<path>.kerne-tmp`.
        let changed: [String]
        let newFolders: [String]
        let removedFiles: [String]
        /// Deepest first.
        let removedFolders: [String]
        let broken: [BrokenReferences]
    }

    /// `stale`: the files to render again; `removedFiles`: files of the last build the new site
    /// no longer has; `folders`: every folder of the new site, sorted.
    func prepare(stale: [PlannedFile], removedFiles: [String], folders: [String], previous: BuildManifest,
                 maker: FileMaker, progress: ProgressCounter) throws(BuildError) -> Prepared {
        let root = outputDirectory.path
        let previousFolders = previous.folders.map(\.path)
        let newFolders = OutputTree.paths(folders, missingFrom: previousFolders)
        let removedFolders = OutputTree.paths(previousFolders, missingFrom: folders).reversed()
        let temporaries = stale.map { root + "/" + $0.path + Self.temporarySuffix }
        let undo: @Sendable () -> Void = {
            for path in temporaries { unlink(path) }
            for folder in newFolders.reversed() { rmdir(root + "/" + folder) }
        }
        WriteTransaction.shared.begin(output: outputDirectory, undo: undo)
        do throws(BuildError) {
            for folder in newFolders {
                let made = WriteTransaction.shared.file { mkdir(root + "/" + folder, 0o755) == 0 || errno == EEXIST }
                guard let made else { throw BuildError("interrupted") }
                guard made else { throw failure() }
            }
            let outcomes = ConcurrentMap.map(stale, startingWith: \.isLong) { file -> Result<(String?, BrokenReferences?), BuildError> in
                defer { progress.increment() }
                do throws(BuildError) {
                    let made = try maker.make(file)
                    let target = root + "/" + file.path
                    let written = WriteTransaction.shared.file { () -> Bool? in
                        if FileBytes.holds(target, made.bytes) { return false }
                        unlink(target + Self.temporarySuffix)
                        return FileBytes.create(target + Self.temporarySuffix, made.bytes) ? true : nil
                    }
                    guard let written else { throw BuildError("interrupted") }
                    guard let isNew = written else { throw failure() }
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
            return Prepared(changed: changed, newFolders: newFolders, removedFiles: removedFiles,
                            removedFolders: Array(removedFolders), broken: broken)
        } catch {
            WriteTransaction.shared.step(undo)
            WriteTransaction.shared.end()
            throw error
        }
    }

    /// Renames every new file into place and removes what the site no longer has.
    func commit(_ prepared: Prepared) throws(BuildError) {
        let root = outputDirectory.path
        let renamed: Bool = WriteTransaction.shared.step {
            for path in prepared.changed where rename(root + "/" + path + Self.temporarySuffix, root + "/" + path) != 0 {
                return false
            }
            for path in prepared.removedFiles { unlink(root + "/" + path) }
            for folder in prepared.removedFolders { rmdir(root + "/" + folder) }
            return true
        }
        if !renamed {
            let error = failure()
            discard(prepared)
            throw error
        }
        WriteTransaction.shared.end()
    }

    /// Removes the temporary files and new folders; the output stays as it was.
    func discard(_ prepared: Prepared) {
        let root = outputDirectory.path
        WriteTransaction.shared.step {
            for path in prepared.changed { unlink(root + "/" + path + Self.temporarySuffix) }
            for folder in prepared.newFolders.reversed() { rmdir(root + "/" + folder) }
        }
        WriteTransaction.shared.end()
    }

    private func failure() -> BuildError {
        BuildError("cannot write the site into '\(outputDirectory.path)': \(FileBytes.lastError())")
    }
}
