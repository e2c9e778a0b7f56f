import Foundation
import Synchronization

/// The one write of an output folder in progress, shared with the signal handler. Every write
/// stages a whole site beside the output and exchanges the two folders in one step, so a kill at
/// any instant leaves the previous site or the new one. The writer holds the lock alone for the
/// exchange (`step`) and shares it while writing each file (`file`), so that an interruption
/// waits for the files being written, lets no other begin, removes the staging folder and says
/// truly what the output then holds.
final class WriteTransaction: @unchecked Sendable {
    static let shared = WriteTransaction()

    private struct Active {
        var output: URL
        var undo: @Sendable () -> Void
    }

    private let lock: UnsafeMutablePointer<pthread_rwlock_t> = {
        let lock = UnsafeMutablePointer<pthread_rwlock_t>.allocate(capacity: 1)
        pthread_rwlock_init(lock, nil)
        return lock
    }()
    private let abandoned = Atomic<Bool>(false)
    private var active: Active?
    /// The output this process last replaced with a new site.
    private var replaced: URL?

    /// `undo` removes what the write prepared; the output itself is not touched before `commit`.
    func begin(output: URL, undo: @escaping @Sendable () -> Void) {
        step {
            active = Active(output: output, undo: undo)
            replaced = nil
        }
    }

    /// Puts the staged site in place with `body` (true when it did); an interruption waits for it.
    func commit(_ body: () -> Bool) -> Bool {
        step {
            let done = body()
            if done, let active { replaced = active.output }
            active = nil
            return done
        }
    }

    func end() {
        step { active = nil }
    }

    /// Runs one step of the write; an interruption waits for it to finish.
    func step<Value>(_ body: () throws -> Value) rethrows -> Value {
        pthread_rwlock_wrlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        return try body()
    }

    /// Writes one file, alongside other threads; nil (and nothing done) once interrupted.
    func file<Value>(_ body: () throws -> Value) rethrows -> Value? {
        guard !abandoned.load(ordering: .acquiring) else { return nil }
        pthread_rwlock_rdlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        guard !abandoned.load(ordering: .acquiring) else { return nil }
        return try body()
    }

    /// Called on SIGINT/SIGTERM: waits for the current step, removes the staging folder and ends
    /// the process. The lock is never released, so the writer makes no further step.
    func abandon(exitStatus: Int32) -> Never {
        abandoned.store(true, ordering: .releasing)
        pthread_rwlock_wrlock(lock)
        var message = "kerne: interrupted; nothing was written\n"
        if let active {
            active.undo()
            message = "kerne: interrupted; '\(active.output.path)' was left as it was\n"
        } else if let replaced {
            message = "kerne: interrupted; '\(replaced.path)' already holds the new site\n"
        }
        // The lock dies with the process; its file goes too, so that nothing is left beside the output.
        HeldLockFiles.unlinkAll()
        Self.sayWithoutWaiting(message)
        _exit(exitStatus)
    }

    /// Writes `message` to the standard error unless that takes more than a moment: a reader
    /// that stopped reading a full pipe must not keep the process alive.
    private static func sayWithoutWaiting(_ message: String) {
        let written = DispatchSemaphore(value: 0)
        let thread = Thread {
            FileHandle.standardError.write(Data(message.utf8))
            written.signal()
        }
        thread.start()
        _ = written.wait(timeout: .now() + .milliseconds(200))
    }
}
