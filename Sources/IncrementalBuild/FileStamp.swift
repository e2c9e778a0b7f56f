import Concurrency
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat` says about a file or folder of the output: if any of it changed, someone touched it.
/// The change time cannot be set back by anyone, so a file whose stamp is the same still holds
/// the bytes kerne wrote.
package struct FileStamp: Equatable, Sendable {
    package var kind: UInt32
    package var size: Int64
    package var inode: UInt64
    package var modified: Int64
    package var modifiedNanoseconds: Int64
    package var changed: Int64
    package var changedNanoseconds: Int64

    package init(kind: UInt32, size: Int64, inode: UInt64, modified: Int64, modifiedNanoseconds: Int64, changed: Int64,
         changedNanoseconds: Int64) {
        self.kind = kind
        self.size = size
        self.inode = inode
        self.modified = modified
        self.modifiedNanoseconds = modifiedNanoseconds
        self.changed = changed
        self.changedNanoseconds = changedNanoseconds
    }

    /// Nil when nothing is there (links are not followed).
    package init?(path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// `path` relative to an open folder; nil when nothing is there (links are not followed).
    /// Cheaper than a whole path: the folder's own path is not walked again.
    package init?(in folder: Int32, path: String) {
        var info = stat()
        guard fstatat(folder, path, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        self.init(info)
    }

    /// The stamp of an open file.
    package init?(descriptor: Int32) {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        self.init(info)
    }

    package init(_ info: stat) {
        kind = UInt32(info.st_mode & S_IFMT)
        size = Int64(info.st_size)
        inode = UInt64(info.st_ino)
        #if canImport(Darwin)
        modified = Int64(info.st_mtimespec.tv_sec)
        modifiedNanoseconds = Int64(info.st_mtimespec.tv_nsec)
        changed = Int64(info.st_ctimespec.tv_sec)
        changedNanoseconds = Int64(info.st_ctimespec.tv_nsec)
        #else
        modified = Int64(info.st_mtim.tv_sec)
        modifiedNanoseconds = Int64(info.st_mtim.tv_nsec)
        changed = Int64(info.st_ctim.tv_sec)
        changedNanoseconds = Int64(info.st_ctim.tv_nsec)
        #endif
    }

    /// Nanoseconds since 1970.
    package var modifiedInstant: Int64 { modified &* 1_000_000_000 &+ modifiedNanoseconds }
    package var changedInstant: Int64 { changed &* 1_000_000_000 &+ changedNanoseconds }

    package var isDirectory: Bool { kind == UInt32(S_IFDIR) }
    package var isRegularFile: Bool { kind == UInt32(S_IFREG) }
    package var isLink: Bool { kind == UInt32(S_IFLNK) }

    /// `lstat` of each path relative to `root` ("" is `root` itself), spread over the cores
    /// unless `onOneThread`.
    package static func stamps(_ paths: [String], under root: String, onOneThread: Bool = false) -> [FileStamp?] {
        let folder = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if folder >= 0 { close(folder) } }
        @Sendable func stamp(_ path: String) -> FileStamp? {
            if path.isEmpty { return FileStamp(path: root) }
            return folder >= 0 ? FileStamp(in: folder, path: path) : nil
        }
        if onOneThread { return paths.map(stamp) }
        return ConcurrentMap.map(paths, chunkSize: 256, stamp)
    }
}

