import Foundation

/// Polls folders for changes: portable, and cheap for a site of a few hundred files.
public struct FileWatcher: Sendable {
    public let directories: [URL]
    public let interval: Duration

    public init(directories: [URL], interval: Duration = .milliseconds(300)) {
        self.directories = directories
        self.interval = interval
    }

    public func snapshot() -> FileSnapshot {
        FileSnapshot.take(of: directories)
    }

    /// Waits until the files differ from `previous`, then until they stay the same for one
    /// interval (an editor saving several files, a `git checkout`), and returns the new state.
    /// A folder that never settles still gets a rebuild after ten intervals.
    /// Throws `CancellationError` when the task is cancelled.
    public func nextChange(after previous: FileSnapshot) async throws -> FileSnapshot {
        var current = previous
        while current == previous {
            try await Task.sleep(for: interval)
            current = snapshot()
        }
        for _ in 0..<10 {
            try await Task.sleep(for: interval)
            let settled = snapshot()
            if settled == current { break }
            current = settled
        }
        return current
    }
}
