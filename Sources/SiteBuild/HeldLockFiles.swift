import Foundation

/// The lock files this process holds, for an interruption to remove before the process ends.
/// Several builds may hold locks at once in one process (`kerne serve`, the tests), each on its
/// own thread: the set is guarded by a lock.
enum HeldLockFiles {
    private static let guardLock = NSLock()
    nonisolated(unsafe) private static var paths: Set<String> = []

    static func insert(_ path: String) {
        guardLock.withLock { _ = paths.insert(path) }
    }

    static func remove(_ path: String) {
        guardLock.withLock { _ = paths.remove(path) }
    }

    /// Removes every held lock file, from the interruption handler.
    static func unlinkAll() {
        guardLock.withLock {
            for path in paths { unlink(path) }
        }
    }
}
