import Foundation

/// A file or folder found in the content folder, after following symbolic links.
struct ContentEntry: Sendable {
    enum Kind: Sendable {
        case file, directory
    }

    var name: String
    var url: URL
    var kind: Kind
}
