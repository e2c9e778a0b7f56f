import Foundation
import SiteSource

/// The stamps of every content file below some folders, keyed by path. Names that are not
/// content (`ContentNames`: editor locks, swap files, `.DS_Store`) and what is neither a file
/// nor a folder are left out, so they trigger nothing; `static/.well-known/` is watched.
public struct FileSnapshot: Equatable, Sendable {
    var stamps: [String: WatchedFileStamp]

    public static func take(of directories: [URL]) -> FileSnapshot {
        var stamps: [String: WatchedFileStamp] = [:]
        for directory in directories {
            var pending = [(path: directory.path, relative: "")]
            while let (folder, relative) = pending.popLast() {
                for (name, _) in FolderListing.names(in: folder) ?? []
                where !ContentNames.isIgnored(name, atStaticRoot: relative == "static/") {
                    let path = folder + "/" + name
                    var info = stat()
                    guard lstat(path, &info) == 0 else { continue }
                    let isFolder = info.st_mode & S_IFMT == S_IFDIR
                    // A link to a file is watched through; links to folders are not walked (loops),
                    // and a dangling one is skipped.
                    if info.st_mode & S_IFMT == S_IFLNK, stat(path, &info) != 0 { continue }
                    switch isFolder ? S_IFDIR : info.st_mode & S_IFMT {
                    case S_IFDIR: pending.append((path, relative + name + "/"))
                    case S_IFREG:
                        #if canImport(Darwin)
                        let seconds = Double(info.st_mtimespec.tv_sec) + Double(info.st_mtimespec.tv_nsec) / 1e9
                        #else
                        let seconds = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
                        #endif
                        stamps[path] = WatchedFileStamp(modified: Date(timeIntervalSince1970: seconds), size: Int(info.st_size))
                    default: continue
                    }
                }
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
