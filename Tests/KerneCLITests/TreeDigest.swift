import Foundation

/// A folder's files (hidden ones included) by path, each with a digest of its bytes, and what
/// else is in it: enough to tell whether two sites are the same without holding their bytes.
/// (Hasher is seeded per process: digests compare within one test run only.)
struct TreeDigest: Equatable, CustomStringConvertible {
    var files: [String: Int] = [:]
    /// Paths of anything that is neither a file nor a folder.
    var others: [String] = []

    init(_ root: URL) {
        let base = root.path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return }
        for case let path as String in enumerator {
            var info = stat()
            guard lstat(base + "/" + path, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: continue
            case S_IFREG:
                var hasher = Hasher()
                let data = FileManager.default.contents(atPath: base + "/" + path) ?? Data()
                data.withUnsafeBytes { hasher.combine(bytes: $0) }
                files[path] = hasher.finalize()
            default: others.append(path)
            }
        }
    }

    var description: String { "\(files.count) files, \(others.count) others" }

    /// The paths whose bytes differ, or that only one of the two has (a few, for messages).
    func differences(from other: TreeDigest) -> [String] {
        Array(Set(files.keys).union(other.files.keys).filter { files[$0] != other.files[$0] }.sorted().prefix(5))
    }
}
