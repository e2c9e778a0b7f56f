import Concurrency
import ContentHash
import Foundation
import SiteRender
import SiteSource
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Digests of every file under the content folder (hidden ones too, links followed), so that a
/// build can tell what changed since the last one. Reading is spread over the cores.
///
/// As git's index does, a file whose stamp (size, inode, modification and change times to the
/// nanosecond) is the one the last build recorded is not read again: its digest is taken from the
/// manifest. Change times cannot be set back, and every write changes them, except a write in the
/// same tick of the file system's clock as the one before: so a file changed shortly before the
/// last build looked at it (`racyWindow`) is read again anyway (the "racy git" rule).
package struct InputSnapshot {
    /// Path relative to the content folder → digest of the bytes (regular files only).
    package var files: [String: ContentDigest] = [:]
    /// Every entry: files with their digest, links with their target, anything odd by its kind.
    package var treeDigest = ContentDigest(high: 0, low: 0)
    /// What the next build may reuse: each regular file's stamp (taken before reading it) and
    /// digest, in the order the folders were listed.
    package var records: [BuildManifest.ContentEntry] = []
    /// When this snapshot began, in nanoseconds since 1970 (`BuildManifest.contentScanStarted`).
    package var started: Int64 = 0
    /// What `treeDigest` is made of: each entry's path, what it is, and a file's digest.
    private var entries: [(path: String, note: String, digest: ContentDigest?)] = []

    /// A stamp changed less than this before the scan that recorded it does not vouch for the bytes.
    package static let racyWindow: Int64 = 2_000_000_000

    /// `previous`: the records and start of the last build's snapshot, when it is known.
    package init(contentDirectory: URL, previous: (records: [BuildManifest.ContentEntry], started: Int64)? = nil) {
        started = Self.now()
        var entries: [(path: String, note: String, digest: ContentDigest?)] = []
        defer { self.entries = entries }
        var regular: [(path: String, full: String, stamp: FileStamp)] = []
        var pending: [(full: String, relative: String, ancestors: [String])] = [(contentDirectory.path, "", [])]
        while let (full, relative, ancestors) = pending.popLast() {
            let canonical = FileSystem.realPath(full) ?? full
            let atStaticRoot = relative == "static/"
            guard !ancestors.contains(canonical), let names = FolderListing.names(in: full)?.map(\.name)
                .filter({ !ContentNames.isIgnored($0, atStaticRoot: atStaticRoot) }) else {
                entries.append((relative, "unreadable folder", nil))
                continue
            }
            // A section holds a file per edition: their stamps are taken on every core, in order.
            let stamps = FileStamp.stamps(names, under: full)
            for (name, found) in zip(names, stamps) {
                let path = full + "/" + name
                let childRelative = relative + name
                guard var stamp = found else { continue }
                if stamp.isLink {
                    let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
                    entries.append((childRelative, "link " + target, nil))
                    var info = stat()
                    guard stat(path, &info) == 0 else { continue }
                    stamp = FileStamp(info)
                }
                if stamp.isDirectory {
                    pending.append((path, childRelative + "/", ancestors + [canonical]))
                } else if stamp.isRegularFile {
                    regular.append((childRelative, path, stamp))
                } else {
                    entries.append((childRelative, "other", nil))
                }
            }
        }
        var digests = [ContentDigest?](repeating: nil, count: regular.count)
        if let previous {
            let trustedBefore = previous.started - Self.racyWindow
            var recorded: [String: BuildManifest.ContentEntry] = [:]
            recorded.reserveCapacity(previous.records.count)
            for record in previous.records { recorded[record.path] = record }
            for (index, file) in regular.enumerated() {
                guard let record = recorded[file.path], record.stamp == file.stamp,
                      file.stamp.modifiedInstant < trustedBefore, file.stamp.changedInstant < trustedBefore else { continue }
                digests[index] = record.digest
            }
        }
        let toRead = regular.indices.filter { digests[$0] == nil }
        for (index, digest) in zip(toRead, Self.digests(of: toRead.map { regular[$0].full })) { digests[index] = digest }
        records.reserveCapacity(regular.count)
        files.reserveCapacity(regular.count)
        for (index, file) in regular.enumerated() {
            guard let digest = digests[index] else {
                entries.append((file.path, "unreadable", nil))
                continue
            }
            files[file.path] = digest
            records.append(.init(path: file.path, stamp: file.stamp, digest: digest))
            entries.append((file.path, "file", digest))
        }
        treeDigest = Self.digest(of: entries)
    }

    /// `treeDigest`, with editions and news posts counted by their list part
    /// (`MarkdownContent.listDigest`, by path) rather than their bytes. The same shape means a site
    /// with the same files, each showing the same list fields: only bodies may have changed.
    package func shapeDigest(listDigests: [String: ContentDigest]) -> ContentDigest {
        Self.digest(of: entries.map { entry in
            guard let listDigest = listDigests[entry.path] else { return entry }
            return (entry.path, "list part", listDigest)
        })
    }

    /// Each entry as one digest, and those sorted: the same set of entries gives the same digest
    /// whatever the order the folders listed them in, and sorting numbers is cheaper than sorting
    /// paths.
    private static func digest(of entries: [(path: String, note: String, digest: ContentDigest?)]) -> ContentDigest {
        let entryDigests = entries.map { entry in
            var hasher = ContentHasher()
            hasher.add(entry.path)
            hasher.add(entry.note)
            if let digest = entry.digest { hasher.add(digest) }
            return hasher.finish()
        }
        var hasher = ContentHasher()
        for digest in entryDigests.sorted(by: { ($0.high, $0.low) < ($1.high, $1.low) }) { hasher.add(digest) }
        return hasher.finish()
    }

    private static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    private static func digests(of paths: [String]) -> [ContentDigest?] {
        ConcurrentMap.map(paths) { path in FileBytes.read(path).map { ContentDigest.of($0) } }
    }
}
