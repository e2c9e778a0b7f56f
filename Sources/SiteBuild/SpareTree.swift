import Concurrency
import Foundation
import IncrementalBuild
import SiteRender
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The site a swap took out of the output, kept beside it as `.<output>.kerne-spare` rather than
/// removed: the next update stages into it, so it makes only the folders that are new and
/// relinks only the files that differ, instead of making every folder again. (Measured at 1,000
/// editions, 1,530 folders: a `mkdir` costs 0.14 to 0.5 ms on this ext4, so a tree made from
/// nothing took 0.2 to 0.9 s, more than the one-edit rebuild's whole budget.) Anything may be in
/// a spare: it is pruned to the new site's folders, and a file is kept only when it is the very
/// file (same inode) the output holds. What a spare holds is known without listing it when the
/// build that kept it recorded it (`SpareRecord`) and its folders' stamps are still the recorded
/// ones (checked on another core while the content is read).
enum SpareTree {
    static func url(beside output: URL) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).kerne-spare")
    }

    /// Moves the spare of `output` to `staging`; false when there is none.
    static func take(beside output: URL, into staging: String) -> Bool {
        var info = stat()
        let spare = url(beside: output).path
        guard lstat(spare, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return false }
        return rename(spare, staging) == 0
    }

    /// Keeps `folder` (a previous site) as the spare of `output`, or removes it: a folder kerne
    /// did not make (replaced with `--force`) is removed, as asked.
    static func keep(_ folder: URL, beside output: URL) {
        let spare = url(beside: output)
        var info = stat()
        guard lstat(folder.path + "/" + OutputWriter.markerName, &info) == 0 else {
            try? FileManager.default.removeItem(at: folder)
            return
        }
        if rename(folder.path, spare.path) == 0 { return }
        try? FileManager.default.removeItem(at: spare)
        if rename(folder.path, spare.path) != 0 { try? FileManager.default.removeItem(at: folder) }
    }

    /// Whether the spare beside `output` still holds what `record` says: every folder's stamp is
    /// the recorded one.
    static func holds(_ record: SpareRecord, beside output: URL) -> Bool {
        let root = url(beside: output).path
        guard let top = record.folders.first, top.path.isEmpty, FileStamp(path: root) == top.stamp else { return false }
        let rest = record.folders.dropFirst()
        let stamps = FileStamp.stamps(rest.map(\.path), under: root, onOneThread: true)
        return zip(rest, stamps).allSatisfy { $0.stamp == $1 }
    }

    /// `record` with the stamp the spare beside `output` has now for its own folder, which moving
    /// it changed; nil when there is no spare.
    static func stampingItsFolder(_ record: SpareRecord, beside output: URL) -> SpareRecord? {
        var stamped = record
        guard stamped.folders.first?.path == "", let stamp = FileStamp(path: url(beside: output).path),
              stamp.isDirectory else { return nil }
        stamped.folders[0].stamp = stamp
        return stamped
    }

    /// What the spare holds once a swap took out the output `previous` records (its folders found
    /// as recorded): that output's files, whose inodes the new output shares, but for those
    /// rendered again or removed (any inode: a touched file is rendered again). A file linked
    /// again from the output has the same inode in both.
    static func record(of previous: BuildManifest, rendered: Set<String>, removed: [String]) -> SpareRecord {
        SpareRecord(folders: previous.folders, unknownFiles: rendered.union(removed).sorted())
    }

    /// `prune` without a listing: the spare at `root` holds what `record` says (`holds`), that is,
    /// the last output's files (`removedFiles`: those the new site no longer has) but for the
    /// record's unknown ones, and the recorded folders. `folders`: the new site's, sorted.
    static func prune(_ root: String, as record: SpareRecord, removedFiles: [String], folders: [String]) -> Pruned {
        let recordedPaths = record.folders.map(\.path)
        var changedFolders: Set<String> = []
        // Sorted, so a folder comes before what it holds: removing that fails, and says nothing.
        for path in OutputTree.paths(recordedPaths, missingFrom: folders)
        where (try? FileManager.default.removeItem(atPath: root + "/" + path)) != nil {
            changedFolders.insert(OutputTree.parent(of: path))
        }
        // A file the new site has at one of these paths is linked or written after.
        for path in record.unknownFiles + removedFiles where unlink(root + "/" + path) == 0 {
            changedFolders.insert(OutputTree.parent(of: path))
        }
        return Pruned(files: .asRecorded(unknown: Set(record.unknownFiles)),
                      missingFolders: OutputTree.paths(folders, missingFrom: recordedPaths),
                      recordedFolders: record.folders, changedFolders: changedFolders)
    }

    /// Removes from the tree at `root` every folder not in `folders` (the new site's, sorted) and
    /// every entry that is neither one of them nor a regular file of `files`; notes the inode
    /// number of each file kept (as the folder listing tells it; a wrong one only costs a link
    /// made again).
    static func prune(_ root: String, files: Set<String>, folders sortedFolders: [String]) -> Pruned {
        let folders = Set(sortedFolders)
        var kept: [String: UInt64] = [:]
        var keptFolders: Set<String> = [""]
        // Level by level, the folders of one level on every core (a site has a folder per edition).
        var level = [""]
        while !level.isEmpty {
            let listed = ConcurrentMap.map(level) { prune(folder: $0, in: root, files: files, folders: folders) }
            level = []
            for (found, subfolders) in listed {
                kept.merge(found) { first, _ in first }
                level += subfolders
            }
            keptFolders.formUnion(level)
        }
        return Pruned(files: .listed(kept), missingFolders: sortedFolders.filter { !keptFolders.contains($0) })
    }

    /// One folder of `prune`: the files kept with their inode numbers, and the subfolders kept.
    private static func prune(folder relative: String, in root: String, files: Set<String>, folders: Set<String>)
        -> ([String: UInt64], [String]) {
        var kept: [String: UInt64] = [:]
        var subfolders: [String] = []
        let folder = relative.isEmpty ? root : root + "/" + relative
        guard let stream = opendir(folder) else { return (kept, subfolders) }
        defer { closedir(stream) }
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            guard name != ".", name != ".." else { continue }
            let path = relative.isEmpty ? name : relative + "/" + name
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) {
                var info = stat()
                guard lstat(root + "/" + path, &info) == 0 else { continue }
                type = info.st_mode & S_IFMT == S_IFDIR ? UInt8(DT_DIR) : info.st_mode & S_IFMT == S_IFREG ? UInt8(DT_REG) : 0
            }
            if type == UInt8(DT_DIR), folders.contains(path) {
                subfolders.append(path)
            } else if type == UInt8(DT_REG), files.contains(path) {
                kept[path] = UInt64(entry.pointee.d_ino)
            } else if type == UInt8(DT_DIR) {
                try? FileManager.default.removeItem(atPath: root + "/" + path)
            } else {
                unlink(root + "/" + path)
            }
        }
        return (kept, subfolders)
    }
}
