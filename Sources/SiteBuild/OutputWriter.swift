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

/// Writes a whole site into a temporary folder beside the output folder, then swaps it in,
/// so that the output folder is always either the previous site or the new one, never half.
/// Files are rendered and written on every core. Files whose bytes did not change are
/// hard-linked from the previous site, which keeps their modification times (small deploys).
struct OutputWriter {
    /// A file every output folder made by kerne contains, so that kerne knows it may replace it.
    static let markerName = OutputMarker.name
    static let markerText = "made by kerne; this folder is replaced on every build\n"

    let outputDirectory: URL

    struct Folders: Sendable {
        var output: URL
        var staging: URL
        var retired: URL
    }

    /// A site written into the staging folder, not yet in place.
    struct Staged {
        let folders: Folders
        /// Files whose bytes are new (not linked from the previous site).
        let written: Int
        let broken: [BrokenReferences]
    }

    func stage(_ files: [PlannedFile], maker: FileMaker, progress: ProgressCounter) throws(BuildError) -> Staged {
        let parent = outputDirectory.deletingLastPathComponent()
        let name = outputDirectory.lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        let folders = Folders(output: outputDirectory,
                              staging: parent.appendingPathComponent(".\(name).kerne-new-\(pid)"),
                              retired: parent.appendingPathComponent(".\(name).kerne-old-\(pid)"))
        StaleStaging.clean(beside: outputDirectory)
        WriteTransaction.shared.begin(output: outputDirectory) { Self.restore(folders) }
        do throws(BuildError) {
            let staging = folders.staging.path
            try? FileManager.default.removeItem(at: folders.staging)
            try? FileManager.default.removeItem(at: folders.retired)
            try? FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            // Level by level, parents before children; the folders of one level on every core
            // (a site has a folder per edition).
            for level in Self.levels(of: OutputTree.folders(of: files.map(\.path))) {
                let outcomes = ConcurrentMap.map(level) { folder -> (made: Bool?, error: String) in
                    let made = WriteTransaction.shared.file { mkdir(folder.isEmpty ? staging : staging + "/" + folder, 0o755) == 0 }
                    return (made, made == false ? FileBytes.lastError() : "")
                }
                for outcome in outcomes {
                    guard let made = outcome.made else { throw BuildError("interrupted") }
                    guard made else { throw BuildError("cannot write the site into '\(outputDirectory.path)': \(outcome.error)") }
                }
            }
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
                    guard let isNew = written else {
                        throw BuildError("cannot write the site into '\(outputDirectory.path)': \(FileBytes.lastError())")
                    }
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
            guard marked else {
                throw BuildError("cannot write the site into '\(outputDirectory.path)': \(FileBytes.lastError())")
            }
            return Staged(folders: folders, written: written, broken: broken)
        } catch {
            discard(folders)
            throw error
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
        let folders = staged.folders
        let manager = FileManager.default
        do {
            try WriteTransaction.shared.step {
                if manager.fileExists(atPath: outputDirectory.path) {
                    try manager.moveItem(at: outputDirectory, to: folders.retired)
                }
                try manager.moveItem(at: folders.staging, to: outputDirectory)
            }
        } catch {
            discard(folders)
            throw BuildError("cannot write the site into '\(outputDirectory.path)': \(Self.describe(error))")
        }
        WriteTransaction.shared.end()
        // The previous site is no longer the output; a kill here leaves it to `StaleStaging`.
        try? manager.removeItem(at: folders.retired)
    }

    /// Removes the staged site; the output stays as it was.
    func discard(_ staged: Staged) {
        discard(staged.folders)
    }

    private func discard(_ folders: Folders) {
        WriteTransaction.shared.step { Self.restore(folders) }
        WriteTransaction.shared.end()
    }

    /// Removes the staging folder; puts the previous output back if the swap was half done.
    static func restore(_ folders: Folders) {
        let manager = FileManager.default
        try? manager.removeItem(at: folders.staging)
        if !manager.fileExists(atPath: folders.output.path), manager.fileExists(atPath: folders.retired.path) {
            try? manager.moveItem(at: folders.retired, to: folders.output)
        } else {
            try? manager.removeItem(at: folders.retired)
        }
    }

    /// The system's reason (« No space left on device ») rather than Foundation's generic sentence.
    static func describe(_ error: any Error) -> String {
        let posix = (error as? POSIXError) ?? ((error as NSError).userInfo[NSUnderlyingErrorKey] as? POSIXError)
        if let posix { return String(cString: strerror(posix.code.rawValue)) }
        return error.localizedDescription
    }
}
