import Foundation

/// A file or folder found in the content folder, after following symbolic links.
struct ContentEntry: Sendable {
    enum Kind: Sendable {
        case file, directory
    }

    var name: String
    /// The path as found (not resolved): the folder's path, then `/` and `name`.
    var path: String
    var kind: Kind

    /// Made on demand: a URL costs more than the path, and most cached files never need one.
    var url: URL { URL(fileURLWithPath: path, isDirectory: kind == .directory) }
}
