import Foundation

/// The one write of an output folder in progress, shared with the signal handler: the writer
/// holds the lock for each step, so an interruption always finds the folders in a known state
/// and can put the previous output back before the process ends.
final class WriteTransaction: @unchecked Sendable {
    static let shared = WriteTransaction()

    struct Folders {
        var output: URL
        var staging: URL
        var retired: URL
    }

    private let lock = NSLock()
    private var active: Folders?

    func begin(_ folders: Folders) {
        step { active = folders }
    }

    func end() {
        step { active = nil }
    }

    /// Runs one step of the write; an interruption waits for it to finish.
    func step<Value>(_ body: () throws -> Value) rethrows -> Value {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Called on SIGINT/SIGTERM: waits for the current step, undoes the write and ends the
    /// process. The lock is never released, so the writer makes no further step.
    func abandon(exitStatus: Int32) -> Never {
        lock.lock()
        var message = "kerne: interrupted; nothing was written\n"
        if let active {
            Self.restore(active)
            message = "kerne: interrupted; '\(active.output.path)' was left as it was\n"
        }
        FileHandle.standardError.write(Data(message.utf8))
        _exit(exitStatus)
    }

    /// Removes the staging folder; puts the previous output back if the swap was half done.
    static func restore(_ folders: Folders) {
        let manager = FileManager.default
        try? manager.removeItem(at: folders.staging)
        if !manager.fileExists(atPath: folders.output.path), manager.fileExists(atPath: folders.retired.path) {
            try? manager.moveItem(at: folders.retired, to: folders.output)
        } else {
            try? manager.removeItem(at: folders.retired)
        }
    }
}
