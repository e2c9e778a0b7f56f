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
        let path = url.standardizedFileURL.path
        if let basePrefix, path.hasPrefix(basePrefix), path.count > basePrefix.count {
            return String(path.dropFirst(basePrefix.count))
        }
        return path
    }
}
