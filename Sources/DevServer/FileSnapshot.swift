import Foundation

/// The stamps of every visible regular file below some folders, keyed by path.
/// Hidden files (editor swap files, `.DS_Store`) are left out, so they trigger nothing.
public struct FileSnapshot: Equatable, Sendable {
    var stamps: [String: WatchedFileStamp]

    public static func take(of directories: [URL]) -> FileSnapshot {
        var stamps: [String: WatchedFileStamp] = [:]
        let keys: [URLResourceKey] = [.isRegularFileKey, .contentModificationDateKey, .fileSizeKey]
        for directory in directories {
            guard let enumerator = FileManager.default.enumerator(
                at: directory, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles]) else { continue }
            for case let url as URL in enumerator {
                guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else { continue }
                stamps[url.path] = WatchedFileStamp(modified: values.contentModificationDate, size: values.fileSize)
            }
        }
        return FileSnapshot(stamps: stamps)
    }

    public var fileCount: Int { stamps.count }
}

extension FileSnapshot {
    /// Files added, removed or changed between `earlier` and this snapshot, sorted.
    public func changedPaths(since earlier: FileSnapshot) -> [String] {
        let paths = Set(stamps.keys).union(earlier.stamps.keys)
        return paths.filter { stamps[$0] != earlier.stamps[$0] }.sorted()
    }
}
