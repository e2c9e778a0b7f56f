import Foundation

/// A folder's regular files (hidden ones included) as relative path → bytes, for comparing whole trees.
public enum FolderContents {
    public static func read(_ root: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let base = root.standardizedFileURL.resolvingSymlinksInPath().path
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return files
        }
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            let path = url.standardizedFileURL.resolvingSymlinksInPath().path
            files[String(path.dropFirst(base.count + 1))] = FileManager.default.contents(atPath: url.path)
        }
        return files
    }

    /// Replaces `destination` with a copy of `files` (used to refresh golden trees on request).
    public static func write(_ files: [String: Data], to destination: URL) throws {
        try? FileManager.default.removeItem(at: destination)
        for (path, data) in files {
            let url = destination.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
    }
}
