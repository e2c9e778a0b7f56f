import Foundation
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

    /// Stamps of files (with their keys) and of the folders holding them; nil when one is missing.
    /// Those in `unchanged` are taken from there, the others read.
    static func entries(in output: URL, files: [(path: String, key: ContentDigest)], unchanged: UnchangedOutput? = nil)
        -> (files: [BuildManifest.OutputEntry], folders: [BuildManifest.FolderEntry])? {
        let root = output.path
        let folderPaths = folders(of: files.map(\.path))
        let fileStamps = stamps(files.map(\.path), root: root, known: unchanged?.files ?? [:])
        let folderStamps = stamps(folderPaths, root: root, known: unchanged?.folders ?? [:])
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

    /// The stamp of each path relative to `root` ("" is `root`): from `known`, else read.
    private static func stamps(_ paths: [String], root: String, known: [String: FileStamp]) -> [FileStamp?] {
        var result = paths.map { known[$0] }
        let missing = result.indices.filter { result[$0] == nil }
        let read = stamps(missing.map { paths[$0].isEmpty ? root : root + "/" + paths[$0] })
        for (index, stamp) in zip(missing, read) { result[index] = stamp }
        return result
    }

    /// Whether every folder is as recorded (so no file was added or removed) and which files
    /// were touched since (their paths).
    static func check(_ manifest: BuildManifest, in output: URL) -> (foldersIntact: Bool, touchedFiles: Set<String>) {
        let root = output.path
        let folderStamps = stamps(manifest.folders.map { $0.path.isEmpty ? root : root + "/" + $0.path })
        let foldersIntact = zip(manifest.folders, folderStamps).allSatisfy { $0.stamp == $1 }
        guard foldersIntact else { return (false, []) }
        let fileStamps = stamps(manifest.files.map { root + "/" + $0.path })
        var touched: Set<String> = []
        for (entry, stamp) in zip(manifest.files, fileStamps) where entry.stamp != stamp {
            touched.insert(entry.path)
        }
        return (true, touched)
    }

    /// `lstat` of each path, spread over the cores.
    static func stamps(_ paths: [String]) -> [FileStamp?] {
        let results = UnsafeMutableBufferPointer<FileStamp?>.allocate(capacity: paths.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        nonisolated(unsafe) let slots = results
        let chunk = 256
        DispatchQueue.concurrentPerform(iterations: (paths.count + chunk - 1) / chunk) { part in
            for index in part * chunk..<min(paths.count, (part + 1) * chunk) {
                slots[index] = FileStamp(path: paths[index])
            }
        }
        return Array(results)
    }
}
