import ContentHash
import Foundation
import IncrementalBuild
import SiteSource

/// The files and folders of an output folder as the build cache remembers them.
enum OutputTree {
    /// Every folder holding one of `paths` (and the output folder itself, ""), sorted.
    static func folders(of paths: [String]) -> [String] {
        var folders: Set<String> = [""]
        for path in paths {
            var folder = parent(of: path)
            while !folder.isEmpty, folders.insert(folder).inserted {
                folder = parent(of: folder)
            }
        }
        return folders.sorted()
    }

    /// `a/b/c.html` → `a/b`; `c.html` → "".
    static func parent(of path: String) -> String {
        let utf8 = path.utf8
        guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    /// Stamps of files (with their keys, sorted by path) and of the folders holding them; nil when
    /// one is missing. Those `known` gives are taken from it, the others read.
    static func entries(in output: URL, files: [(path: String, key: ContentDigest)], known: KnownStamps? = nil)
        -> (files: [BuildManifest.OutputEntry], folders: [BuildManifest.FolderEntry])? {
        let root = output.path
        let filePaths = files.map(\.path)
        let folderPaths = known?.folders ?? folders(of: filePaths)
        let fileStamps = stamps(filePaths, root: root, known: known.map { known in
            recordedStamps(for: filePaths, in: known.files, path: { $0.path }, stamp: { $0.stamp },
                           except: known.redoneFiles)
        })
        let folderStamps = stamps(folderPaths, root: root, known: known.map { known in
            recordedStamps(for: folderPaths, in: known.folderStamps, path: { $0.path }, stamp: { $0.stamp },
                           except: known.changedFolders)
        })
        var fileEntries: [BuildManifest.OutputEntry] = []
        fileEntries.reserveCapacity(files.count)
        for (index, file) in files.enumerated() {
            guard let stamp = fileStamps[index], stamp.isRegularFile else { return nil }
            fileEntries.append(.init(path: file.path, key: file.key, stamp: stamp))
        }
        var folderEntries: [BuildManifest.FolderEntry] = []
        folderEntries.reserveCapacity(folderPaths.count)
        for (index, path) in folderPaths.enumerated() {
            guard let stamp = folderStamps[index], stamp.isDirectory else { return nil }
            folderEntries.append(.init(path: path, stamp: stamp))
        }
        return (fileEntries, folderEntries)
    }

    /// The stamp each of `paths` has in `recorded`, both sorted by path: nil where `recorded` has
    /// none or `except` holds the path.
    private static func recordedStamps<Entry>(for paths: [String], in recorded: [Entry], path: (Entry) -> String,
                                              stamp: (Entry) -> FileStamp, except: Set<String>) -> [FileStamp?] {
        var result = [FileStamp?](repeating: nil, count: paths.count)
        var next = 0
        for (index, wanted) in paths.enumerated() {
            while next < recorded.count, path(recorded[next]) < wanted { next += 1 }
            if next < recorded.count, path(recorded[next]) == wanted, !except.contains(wanted) {
                result[index] = stamp(recorded[next])
            }
        }
        return result
    }

    /// The stamp of each path relative to `root` ("" is `root`): from `known`, else read.
    private static func stamps(_ paths: [String], root: String, known: [FileStamp?]?) -> [FileStamp?] {
        var result = known ?? [FileStamp?](repeating: nil, count: paths.count)
        let missing = result.indices.filter { result[$0] == nil }
        let read = FileStamp.stamps(missing.map { paths[$0] }, under: root)
        for (index, stamp) in zip(missing, read) { result[index] = stamp }
        return result
    }

    /// Whether every path comes after the one before it.
    static func isSorted(_ paths: [String]) -> Bool {
        zip(paths, paths.dropFirst()).allSatisfy { $0 < $1 }
    }

    /// The paths of `paths` that `other` lacks, both sorted.
    static func paths(_ paths: [String], missingFrom other: [String]) -> [String] {
        var missing: [String] = []
        var next = 0
        for path in paths {
            while next < other.count, other[next] < path { next += 1 }
            if next == other.count || other[next] != path { missing.append(path) }
        }
        return missing
    }

    /// What `check` found.
    struct State: Sendable {
        var foldersIntact: Bool
        var touchedFiles: Set<String>
        /// Whether the spare beside the output holds what the manifest's record says (`SpareTree.holds`).
        var spareAsRecorded = false
    }

    /// Whether every folder is as recorded (so no file was added or removed) and which files
    /// were touched since (their paths). `onOneThread`: for a check made while other work runs.
    static func check(_ manifest: BuildManifest, in output: URL, onOneThread: Bool = false) -> State {
        let root = output.path
        let folderStamps = FileStamp.stamps(manifest.folders.map(\.path), under: root, onOneThread: onOneThread)
        let foldersIntact = zip(manifest.folders, folderStamps).allSatisfy { $0.stamp == $1 }
        guard foldersIntact else { return State(foldersIntact: false, touchedFiles: []) }
        let fileStamps = FileStamp.stamps(manifest.files.map(\.path), under: root, onOneThread: onOneThread)
        var touched: Set<String> = []
        for (entry, stamp) in zip(manifest.files, fileStamps) where entry.stamp != stamp {
            touched.insert(entry.path)
        }
        return State(foldersIntact: true, touchedFiles: touched)
    }
}
