import Foundation

/// What the watcher compares for one file: its modification time and its size.
struct WatchedFileStamp: Equatable, Sendable {
    var modified: Date?
    var size: Int?
}
