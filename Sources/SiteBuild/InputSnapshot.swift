import Foundation
import SiteSource
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Digests of every file under the content folder (hidden ones too, links followed), so that a
/// build can tell what changed since the last one. Reading is spread over the cores.
struct InputSnapshot {
    /// Path relative to the content folder → digest of the bytes (regular files only).
    var files: [String: ContentDigest] = [:]
    /// Every entry: files with their digest, links with their target, anything odd by its kind.
    var treeDigest = ContentDigest(high: 0, low: 0)

    init(contentDirectory: URL) {
        var entries: [(path: String, note: String)] = []
        var regular: [(path: String, full: String)] = []
        var pending: [(full: String, relative: String, ancestors: [String])] = [(contentDirectory.path, "", [])]
        while let (full, relative, ancestors) = pending.popLast() {
            let canonical = Self.canonical(full) ?? full
            guard !ancestors.contains(canonical),
                  let names = try? FileManager.default.contentsOfDirectory(atPath: full) else {
                entries.append((relative, "unreadable folder"))
                continue
            }
            for name in names {
                let path = full + "/" + name
                let childRelative = relative + name
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                if info.st_mode & S_IFMT == S_IFLNK {
                    let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
                    entries.append((childRelative, "link " + target))
                    guard stat(path, &info) == 0 else { continue }
                }
                switch info.st_mode & S_IFMT {
                case S_IFDIR: pending.append((path, childRelative + "/", ancestors + [canonical]))
                case S_IFREG: regular.append((childRelative, path))
                default: entries.append((childRelative, "other"))
                }
            }
        }
        let digests = Self.digests(of: regular.map(\.full))
        for (index, file) in regular.enumerated() {
            guard let digest = digests[index] else {
                entries.append((file.path, "unreadable"))
                continue
            }
            files[file.path] = digest
            entries.append((file.path, "file " + digest.description))
        }
        var hasher = DigestHasher()
        for entry in entries.sorted(by: { ($0.path, $0.note) < ($1.path, $1.note) }) {
            hasher.add(entry.path)
            hasher.add(entry.note)
        }
        treeDigest = hasher.finish()
    }

    private static func digests(of paths: [String]) -> [ContentDigest?] {
        let results = UnsafeMutableBufferPointer<ContentDigest?>.allocate(capacity: paths.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        nonisolated(unsafe) let slots = results
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            slots[index] = FileBytes.read(paths[index]).map { ContentDigest.of($0) }
        }
        return Array(results)
    }

    private static func canonical(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
