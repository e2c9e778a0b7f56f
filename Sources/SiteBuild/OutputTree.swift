import Foundation
import SiteSource

/// The files and folders of an output folder as the build cache remembers them.
enum OutputTree {
    /// Every folder holding one of `paths` (and the output folder itself, ""), sorted.
    static func folders(of paths: [String]) -> [String] {
        func parent(_ path: Substring) -> Substring {
            path.lastIndex(of: "/").map { path[..<$0] } ?? ""
        }
        var folders: Set<Substring> = [""]
        for path in paths {
            var folder = parent(path[...])
            while !folder.isEmpty, folders.insert(folder).inserted {
                folder = parent(folder)
            }
        }
        return folders.map(String.init).sorted()
    }

    /// Stamps of files (with their keys) and of the folders holding them; nil when one is missing.
    static func entries(in output: URL, files: [(path: String, key: ContentDigest)])
        -> (files: [BuildManifest.OutputEntry], folders: [BuildManifest.FolderEntry])? {
        let root = output.path
        let fileStamps = stamps(files.map { root + "/" + $0.path })
        let folderPaths = folders(of: files.map(\.path))
        let folderStamps = stamps(folderPaths.map { $0.isEmpty ? root : root + "/" + $0 })
        var fileEntries: [BuildManifest.OutputEntry] = []
        for (index, file) in files.enumerated() {
            guard let stamp = fileStamps[index], stamp.isRegularFile else { return nil }
            fileEntries.append(.init(path: file.path, key: file.key, stamp: stamp))
        }
        var folderEntries: [BuildManifest.FolderEntry] = []
        for (index, path) in folderPaths.enumerated() {
            guard let stamp = folderStamps[index], stamp.isDirectory else { return nil }
            folderEntries.append(.init(path: path, stamp: stamp))
        }
        return (fileEntries, folderEntries)
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
