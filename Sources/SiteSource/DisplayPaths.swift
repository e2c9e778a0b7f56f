import Foundation

/// How file paths are printed in diagnostics: relative to a base folder when the file is inside it.
struct DisplayPaths: Sendable {
    let basePrefix: String?

    init(base: URL?) {
        if let base {
            let path = base.standardizedFileURL.path
            basePrefix = path.hasSuffix("/") ? path : path + "/"
        } else {
            basePrefix = nil
        }
    }

    func path(for url: URL) -> String {
        let path = Self.standardizedPath(of: url)
        if let basePrefix, path.hasPrefix(basePrefix), path.utf8.count > basePrefix.utf8.count {
            return String(path.dropFirst(basePrefix.count))
        }
        return path
    }

    /// `standardizedFileURL.path`, which is slow (it is asked once per content file), taken
    /// only when the path may hold a `.` or `..` segment or an empty one.
    private static func standardizedPath(of url: URL) -> String {
        let path = url.path
        var previous: UInt8 = 0
        for byte in path.utf8 {
            if previous == UInt8(ascii: "/"), byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/") {
                return url.standardizedFileURL.path
            }
            previous = byte
        }
        return path
    }
}
