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

/// Writes a whole site into a staging folder beside the output folder, then exchanges the two
/// in one step, so that the output folder is always either the previous site or the new one,
/// never half. Files are rendered and written on every core. Files whose bytes did not change are
/// hard-linked from the previous site, which keeps their modification times (small deploys).
struct OutputWriter {
    /// A file every output folder made by kerne contains, so that kerne knows it may replace it.
    static let markerName = OutputMarker.name
    static let markerText = "made by kerne; this folder is replaced on every build\n"

    let outputDirectory: URL

    struct Folders: Sendable {
        var output: URL
        /// `.<output>.kerne-new-<pid>`: the new site, and once exchanged, the previous one.
        var staging: URL

        init(output: URL) {
            self.output = output
            staging = output.deletingLastPathComponent()
                .appendingPathComponent(".\(output.lastPathComponent).kerne-new-\(ProcessInfo.processInfo.processIdentifier)")
        }
    }

    /// A site written into the staging folder, not yet in place.
    struct Staged {
        let folders: Folders
        /// Files whose bytes are new (not linked from the previous site).
        let written: Int
        let broken: [BrokenReferences]
    }

    func stage(_ files: [PlannedFile], maker: FileMaker, progress: ProgressCounter) throws(BuildError) -> Staged {
        let folders = try begin()
        do throws(BuildError) {
            let staging = folders.staging.path
            try makeFolders(OutputTree.folders(of: files.map(\.path)), in: staging)
            let outcomes = ConcurrentMap.map(files, startingWith: \.isLong) { file -> Result<(Bool, BrokenReferences?), BuildError> in
                defer { progress.increment() }
                do throws(BuildError) {
                    let made = try maker.make(file)
                    let previous = outputDirectory.path + "/" + file.path
                    let target = staging + "/" + file.path
                    let written = WriteTransaction.shared.file { () -> Bool? in
                        if FileBytes.holds(previous, made.bytes), link(previous, target) == 0 { return false }
                        return FileBytes.create(target, made.bytes) ? true : nil
                    }
                    guard let written else { throw BuildError("interrupted") }
                    guard let isNew = written else { throw failure(FileBytes.lastError()) }
                    return .success((isNew, made.broken))
                } catch {
                    return .failure(error)
                }
            }
            var written = 0
            var broken: [BrokenReferences] = []
            for outcome in outcomes {
                let (isNew, found) = try outcome.get()
                if isNew { written += 1 }
                if let found, !found.references.isEmpty { broken.append(found) }
            }
            let marked = WriteTransaction.shared.file { FileBytes.create(staging + "/" + Self.markerName, Array(Self.markerText.utf8)) }
            guard let marked else { throw BuildError("interrupted") }
            guard marked else { throw failure(FileBytes.lastError()) }
            return Staged(folders: folders, written: written, broken: broken)
        } catch {
            discard(folders)
            throw error
        }
    }

    /// Removes what a killed build left, then starts a write into a fresh staging folder.
    func begin() throws(BuildError) -> Folders {
        let folders = Folders(output: outputDirectory)
        StaleStaging.clean(beside: outputDirectory)
        try? FileManager.default.removeItem(at: folders.staging)
        try? FileManager.default.createDirectory(at: outputDirectory.deletingLastPathComponent(),
                                                 withIntermediateDirectories: true)
        WriteTransaction.shared.begin(output: outputDirectory) { Self.remove(folders.staging) }
        return folders
    }

    /// Makes `folders` (sorted, "" the staging folder itself) level by level, parents before
    /// children; the folders of one level on every core (a site has a folder per edition).
    func makeFolders(_ folders: [String], in staging: String) throws(BuildError) {
        for level in Self.levels(of: folders) {
            let outcomes = ConcurrentMap.map(level) { folder -> (made: Bool?, error: String) in
                let made = WriteTransaction.shared.file { mkdir(folder.isEmpty ? staging : staging + "/" + folder, 0o755) == 0 }
                return (made, made == false ? FileBytes.lastError() : "")
            }
            for outcome in outcomes {
                guard let made = outcome.made else { throw BuildError("interrupted") }
                guard made else { throw failure(outcome.error) }
            }
        }
    }

    /// Folders grouped by depth (`""`, the folder itself, first), each group in the given order.
    static func levels(of folders: [String]) -> [[String]] {
        var levels: [[String]] = []
        for folder in folders {
            let depth = folder.isEmpty ? 0 : folder.utf8.count(where: { $0 == UInt8(ascii: "/") }) + 1
            while levels.count <= depth { levels.append([]) }
            levels[depth].append(folder)
        }
        return levels
    }

    /// Swaps the staged site in: the one step an interruption waits for.
    func commit(_ staged: Staged) throws(BuildError) {
        try put(staged.folders)
        SpareTree.keep(staged.folders.staging, beside: outputDirectory)
    }

    /// Exchanges the staging folder with the output (or renames it there when there is none yet).
    /// Afterwards the staging folder holds the previous site, which the caller removes; a kill
    /// before that leaves it to `StaleStaging`.
    func put(_ folders: Folders) throws(BuildError) {
        let output = folders.output.path, staging = folders.staging.path
        var reason = ""
        let done = WriteTransaction.shared.commit {
            var info = stat()
            let done = lstat(output, &info) == 0 ? FolderSwap.exchange(staging, output) : rename(staging, output) == 0
            if !done { reason = FileBytes.lastError() }
            return done
        }
        guard done else {
            Self.remove(folders.staging)
            throw failure(reason)
        }
    }

    /// Removes the staged site; the output stays as it was.
    func discard(_ staged: Staged) {
        discard(staged.folders)
    }

    func discard(_ folders: Folders) {
        WriteTransaction.shared.step { Self.remove(folders.staging) }
        WriteTransaction.shared.end()
    }

    static func remove(_ folder: URL) {
        try? FileManager.default.removeItem(at: folder)
    }

    func failure(_ reason: String) -> BuildError {
        BuildError("cannot write the site into '\(outputDirectory.path)': \(reason)")
    }
}
