import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file-system walks the pipeline needs, always in sorted order.
package enum FileSystem {
    package static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Every regular file below `directory`, as `/`-separated relative paths, sorted.
    /// Hidden files (`.DS_Store`, `.gitkeep`) are skipped; a link is taken when it leads to a
    /// regular file inside `directory`, and links to folders are not followed. (By `lstat`, not
    /// `FileManager`'s attributes, which look the owner up in `/etc/passwd` for every file.)
    package static func regularFiles(under directory: URL) -> [String] {
        guard let base = realPath(directory.path) else { return [] }
        var files: [String] = []
        var pending = [(path: directory.path, relative: "")]
        while let (folder, relative) = pending.popLast() {
            guard let listed = FolderListing.names(in: folder) else { continue }
            for (name, _) in listed where !name.hasPrefix(".") {
                let path = folder + "/" + name
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR: pending.append((path, relative + name + "/"))
                case S_IFREG: files.append(relative + name)
                case S_IFLNK:
                    guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
                          let target = realPath(path), target.hasPrefix(base + "/") else { continue }
                    files.append(relative + name)
                default: continue
                }
            }
        }
        return files.sorted()
    }

    /// The absolute path with every link resolved; nil when nothing is there.
    package static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
